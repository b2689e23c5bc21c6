package org.briefingreader.ui.prefs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How Preferences reaches the library's location: the composition root implements it over the library layer (the
 * window never touches it directly). {@link #choose} is called off the FX thread.
 */
public interface LibraryFolderAccess {
    /** A window that cannot tell or change its library folder (tests, embedded uses). */
    LibraryFolderAccess NONE = new LibraryFolderAccess() {
        @Override
        public Optional<Path> current() {
            return Optional.empty();
        }

        @Override
        public Optional<String> override() {
            return Optional.empty();
        }

        @Override
        public void choose(Path folder) throws IOException {
            throw new IOException("The library folder cannot be changed from this window.");
        }
    };

    /** The folder this run's library is in, when known. */
    Optional<Path> current();

    /**
     * What would outrank a chosen folder at the next start, in words ("the --library option"), when this run was
     * started with it; empty when a choice will take effect.
     */
    Optional<String> override();

    /** Records {@code folder} as the library of the next start. */
    void choose(Path folder) throws IOException;
}
