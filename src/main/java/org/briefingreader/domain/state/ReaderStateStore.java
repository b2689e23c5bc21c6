package org.briefingreader.domain.state;

import java.io.IOException;

/** Port: where the reader window's remembered state (settings and reading positions) lives between runs. */
public interface ReaderStateStore {
    /**
     * The saved state; {@link ReaderState#defaults()} when nothing was saved yet, and the defaults with a warning
     * when the saved state cannot be read or used. Never throws for a bad file: settings are not worth refusing
     * to start over.
     */
    ReaderStateLoad load();

    /** Saves atomically: after a crash the old or the new state is there, never half of one. */
    void save(ReaderState state) throws IOException;
}
