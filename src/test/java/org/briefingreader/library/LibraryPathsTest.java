package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibraryPathsTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxFollowsXdgDefaults() {
        LibraryPaths p = LibraryPaths.resolve(Optional.empty(), Map.of(), "Linux", HOME);
        assertThat(p.data()).isEqualTo(Path.of("/home/ana/.local/share/briefing-reader"));
        assertThat(p.config()).isEqualTo(Path.of("/home/ana/.config/briefing-reader"));
        assertThat(p.state()).isEqualTo(Path.of("/home/ana/.local/state/briefing-reader"));
        assertThat(p.logs()).isEqualTo(Path.of("/home/ana/.local/state/briefing-reader/logs"));
        assertThat(p.cache()).isEqualTo(Path.of("/home/ana/.cache/briefing-reader"));
        assertThat(p.briefings()).isEqualTo(Path.of("/home/ana/.local/share/briefing-reader/briefings"));
        assertThat(p.annotations()).isEqualTo(Path.of("/home/ana/.local/share/briefing-reader/annotations"));
        assertThat(p.categories()).isEqualTo(Path.of("/home/ana/.local/share/briefing-reader/categories.json"));
    }

    @Test
    void linuxHonoursXdgVariablesButIgnoresRelativeOnes() {
        LibraryPaths p = LibraryPaths.resolve(Optional.empty(),
                Map.of("XDG_DATA_HOME", "/data", "XDG_CACHE_HOME", "relative/cache", "XDG_CONFIG_HOME", " "),
                "Linux", HOME);
        assertThat(p.data()).isEqualTo(Path.of("/data/briefing-reader"));
        assertThat(p.cache()).isEqualTo(Path.of("/home/ana/.cache/briefing-reader"));
        assertThat(p.config()).isEqualTo(Path.of("/home/ana/.config/briefing-reader"));
    }

    @Test
    void macUsesLibraryFolders() {
        LibraryPaths p = LibraryPaths.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME);
        assertThat(p.data()).isEqualTo(Path.of("/home/ana/Library/Application Support/Briefing Reader"));
        assertThat(p.logs()).isEqualTo(Path.of("/home/ana/Library/Logs/Briefing Reader"));
        assertThat(p.cache()).isEqualTo(Path.of("/home/ana/Library/Caches/Briefing Reader"));
        assertThat(p.config()).isEqualTo(Path.of("/home/ana/Library/Preferences/Briefing Reader"));
    }

    @Test
    void windowsPutsPreciousDataInRoamingAndCachesInLocal() {
        LibraryPaths p = LibraryPaths.resolve(Optional.empty(),
                Map.of("APPDATA", "/u/AppData/Roaming", "LOCALAPPDATA", "/u/AppData/Local"), "Windows 11", HOME);
        assertThat(p.data()).isEqualTo(Path.of("/u/AppData/Roaming/Briefing Reader/Data"));
        assertThat(p.config()).isEqualTo(Path.of("/u/AppData/Roaming/Briefing Reader/Config"));
        assertThat(p.state()).isEqualTo(Path.of("/u/AppData/Local/Briefing Reader/State"));
        assertThat(p.cache()).isEqualTo(Path.of("/u/AppData/Local/Briefing Reader/Cache"));
        assertThat(p.logs()).isEqualTo(Path.of("/u/AppData/Local/Briefing Reader/Logs"));
    }

    @Test
    void variableMovesEveryFolderTogether() {
        LibraryPaths p = LibraryPaths.resolve(Optional.empty(),
                Map.of(LibraryPaths.HOME_VARIABLE, "/lib", "XDG_DATA_HOME", "/data"), "Linux", HOME);
        assertThat(p).isEqualTo(LibraryPaths.under(Path.of("/lib")));
        assertThat(p.data()).isEqualTo(Path.of("/lib/data"));
        assertThat(p.config()).isEqualTo(Path.of("/lib/config"));
        assertThat(p.logs()).isEqualTo(Path.of("/lib/state/logs"));
        assertThat(p.cache()).isEqualTo(Path.of("/lib/cache"));
    }

    @Test
    void flagWinsOverVariable() {
        LibraryPaths p = LibraryPaths.resolve(Optional.of(Path.of("/flag")),
                Map.of(LibraryPaths.HOME_VARIABLE, "/lib"), "Windows 10", HOME);
        assertThat(p.data()).isEqualTo(Path.of("/flag/data"));
    }
}
