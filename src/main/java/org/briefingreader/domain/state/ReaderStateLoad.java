package org.briefingreader.domain.state;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ReaderStateStore#load()} found: the state to use and, when the file could not be used, a one-line
 * warning for the user (the state is then {@link ReaderState#defaults()}).
 *
 * @param state   the remembered state, or the defaults
 * @param warning why the saved file was not used; empty when it was used or there was none
 */
public record ReaderStateLoad(ReaderState state, Optional<String> warning) {
    public ReaderStateLoad {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(warning, "warning");
    }
}
