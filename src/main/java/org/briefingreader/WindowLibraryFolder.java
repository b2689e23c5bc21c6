package org.briefingreader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.library.LibraryChoice;
import org.briefingreader.library.LibraryLocation;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.prefs.LibraryFolderAccess;

/** Preferences' library folder, over the library layer: this run's folder, and the choice file for the next. */
final class WindowLibraryFolder implements LibraryFolderAccess {
    private final LibraryLocation location;
    private final LibraryChoice choice;

    WindowLibraryFolder(LibraryLocation location, LibraryChoice choice) {
        this.location = Objects.requireNonNull(location, "location");
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    @Override
    public Optional<Path> current() {
        return Optional.of(location.folder());
    }

    @Override
    public Optional<String> override() {
        return switch (location.origin()) {
            case FLAG -> Optional.of("the --library option");
            case VARIABLE -> Optional.of("the " + LibraryPaths.HOME_VARIABLE + " variable");
            case CHOSEN, DEFAULT -> Optional.empty();
        };
    }

    @Override
    public void choose(Path folder) throws IOException {
        choice.record(folder);
    }
}
