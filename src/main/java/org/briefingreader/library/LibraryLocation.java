package org.briefingreader.library;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which library this run opens, and what decided it: the {@code --library} flag, then the
 * {@code BRIEFING_READER_HOME} variable, then the folder chosen in Preferences ({@link LibraryChoice}), then the
 * platform default.
 *
 * @param paths  the library's folders
 * @param origin what decided them
 * @param folder the one folder to show the user: the folder given or chosen, or the default data folder
 */
public record LibraryLocation(LibraryPaths paths, Origin origin, Path folder) {
    /** What decided the library, strongest first. */
    public enum Origin {
        FLAG, VARIABLE, CHOSEN, DEFAULT
    }

    public LibraryLocation {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(folder, "folder");
    }

    /** Resolves for this process. */
    public static LibraryLocation resolve(Optional<Path> flag) {
        return resolve(flag, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** Resolves from explicit inputs; the choice file is the one of {@code home} on {@code osName}. */
    public static LibraryLocation resolve(Optional<Path> flag, Map<String, String> env, String osName, Path home) {
        if (flag.isPresent()) {
            return under(flag.get(), Origin.FLAG);
        }
        String variable = env.get(LibraryPaths.HOME_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return under(Path.of(variable), Origin.VARIABLE);
        }
        Optional<Path> chosen = LibraryChoice.forUser(env, osName, home).readOrDefault();
        if (chosen.isPresent()) {
            return under(chosen.get(), Origin.CHOSEN);
        }
        LibraryPaths platform = LibraryPaths.platformDefault(env, osName, home);
        return new LibraryLocation(platform, Origin.DEFAULT, platform.data());
    }

    private static LibraryLocation under(Path root, Origin origin) {
        return new LibraryLocation(LibraryPaths.under(root), origin, root.toAbsolutePath().normalize());
    }
}
