package org.briefingreader.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a library keeps its files, per platform convention, all moved together by one override.
 *
 * <p>Resolution order: the {@code --library DIR} flag, then the {@code BRIEFING_READER_HOME} variable, then the
 * folder chosen in Preferences ({@link LibraryChoice}, read from the platform config folder), then the platform
 * default ({@link LibraryLocation} says which decided). With an override every folder lives under that one directory:
 * {@code DIR/data}, {@code DIR/config}, {@code DIR/state}, {@code DIR/state/logs}, {@code DIR/cache}.
 *
 * <table>
 *   <caption>Default folders</caption>
 *   <tr><th>OS</th><th>data</th><th>config</th><th>state</th><th>logs</th><th>cache</th></tr>
 *   <tr><td>Linux (XDG)</td><td>$XDG_DATA_HOME/briefing-reader (~/.local/share)</td>
 *       <td>$XDG_CONFIG_HOME/briefing-reader (~/.config)</td><td>$XDG_STATE_HOME/briefing-reader
 *       (~/.local/state)</td><td>state/logs</td><td>$XDG_CACHE_HOME/briefing-reader (~/.cache)</td></tr>
 *   <tr><td>macOS</td><td>~/Library/Application Support/Briefing Reader</td>
 *       <td>~/Library/Preferences/Briefing Reader</td><td>~/Library/Application Support/Briefing Reader/State</td>
 *       <td>~/Library/Logs/Briefing Reader</td><td>~/Library/Caches/Briefing Reader</td></tr>
 *   <tr><td>Windows</td><td>%APPDATA%\Briefing Reader\Data</td><td>%APPDATA%\Briefing Reader\Config</td>
 *       <td>%LOCALAPPDATA%\Briefing Reader\State</td><td>%LOCALAPPDATA%\Briefing Reader\Logs</td>
 *       <td>%LOCALAPPDATA%\Briefing Reader\Cache</td></tr>
 * </table>
 *
 * @param data   briefings and, later, annotations: what must never be lost
 * @param config settings the user chose
 * @param state  window state and other things worth keeping but not precious
 * @param logs   log files
 * @param cache  rebuildable data, such as the search index
 */
public record LibraryPaths(Path data, Path config, Path state, Path logs, Path cache) {
    /** The environment variable that moves every folder under one directory. */
    public static final String HOME_VARIABLE = "BRIEFING_READER_HOME";

    private static final String DIR_NAME = "briefing-reader";
    private static final String APP_NAME = "Briefing Reader";

    public LibraryPaths {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(cache, "cache");
    }

    /** The folder holding one JSON file per briefing. */
    public Path briefings() {
        return data.resolve("briefings");
    }

    /** The folder holding one JSON file of annotations per annotated briefing. */
    public Path annotations() {
        return data.resolve("annotations");
    }

    /** The user's categories; absent until the user changes the defaults. */
    public Path categories() {
        return data.resolve("categories.json");
    }

    /** Every folder under one directory, as {@code --library DIR} and {@code BRIEFING_READER_HOME} ask. */
    public static LibraryPaths under(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        Path state = dir.resolve("state");
        return new LibraryPaths(dir.resolve("data"), dir.resolve("config"), state, state.resolve("logs"),
                dir.resolve("cache"));
    }

    /** Resolves for this process: flag over variable over the chosen folder over the platform default. */
    public static LibraryPaths resolve(Optional<Path> flag) {
        return LibraryLocation.resolve(flag).paths();
    }

    /** Resolves from explicit inputs, so every platform's table is testable on any machine. */
    public static LibraryPaths resolve(Optional<Path> flag, Map<String, String> env, String osName, Path home) {
        return LibraryLocation.resolve(flag, env, osName, home).paths();
    }

    /** The platform's folders, ignoring every override and choice. */
    static LibraryPaths platformDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windows(env, home);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return mac(home);
        }
        return xdg(env, home);
    }

    private static LibraryPaths xdg(Map<String, String> env, Path home) {
        Path state = xdgDir(env, "XDG_STATE_HOME", home.resolve(".local/state"));
        return new LibraryPaths(
                xdgDir(env, "XDG_DATA_HOME", home.resolve(".local/share")),
                xdgDir(env, "XDG_CONFIG_HOME", home.resolve(".config")),
                state,
                state.resolve("logs"),
                xdgDir(env, "XDG_CACHE_HOME", home.resolve(".cache")));
    }

    /** XDG says a relative value is invalid and must be ignored. */
    private static Path xdgDir(Map<String, String> env, String variable, Path fallback) {
        Path base = nonBlank(env.get(variable)).map(Path::of).filter(Path::isAbsolute).orElse(fallback);
        return base.resolve(DIR_NAME);
    }

    private static LibraryPaths mac(Path home) {
        Path library = home.resolve("Library");
        Path support = library.resolve("Application Support").resolve(APP_NAME);
        return new LibraryPaths(support, library.resolve("Preferences").resolve(APP_NAME), support.resolve("State"),
                library.resolve("Logs").resolve(APP_NAME), library.resolve("Caches").resolve(APP_NAME));
    }

    private static LibraryPaths windows(Map<String, String> env, Path home) {
        Path roaming = nonBlank(env.get("APPDATA")).map(Path::of).orElse(home.resolve("AppData/Roaming"))
                .resolve(APP_NAME);
        Path local = nonBlank(env.get("LOCALAPPDATA")).map(Path::of).orElse(home.resolve("AppData/Local"))
                .resolve(APP_NAME);
        return new LibraryPaths(roaming.resolve("Data"), roaming.resolve("Config"), local.resolve("State"),
                local.resolve("Logs"), local.resolve("Cache"));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
