package org.briefingreader.domain.state;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ReaderStateStore#load()} found: the state to use and, when the file could not be used, a one-line
 * warning for the user (the state is then {@link ReaderState#defaults()}).
 *
 * @param state     the remembered state, or the defaults
 * @param warning   why the saved file was not used; empty when it was used or there was none
 * @param leaveFile true when the saved file is still in place but could not be used (unreadable, or it could
 *                  not be renamed aside): this run must not write over it, so a file that only this process
 *                  could not read (permissions) is not replaced by defaults
 */
public record ReaderStateLoad(ReaderState state, Optional<String> warning, boolean leaveFile) {
    public ReaderStateLoad {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(warning, "warning");
        if (leaveFile && warning.isEmpty()) {
            throw new IllegalArgumentException("a file left alone needs a warning saying why");
        }
    }

    /** A load whose file, if any, may be replaced by the next save. */
    public ReaderStateLoad(ReaderState state, Optional<String> warning) {
        this(state, warning, false);
    }
}
