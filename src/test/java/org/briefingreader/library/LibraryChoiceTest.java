package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefingreader.library.LibraryLocation.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library folder chosen in Preferences: recorded outside any library, read at the next start, outranked. */
class LibraryChoiceTest {
    @TempDir
    Path home;

    private LibraryLocation resolve(Optional<Path> flag, Map<String, String> env) {
        return LibraryLocation.resolve(flag, env, "Linux", home);
    }

    @Test
    void aRecordedFolderIsReadBackFromThePlatformConfigFolder() throws Exception {
        LibraryChoice choice = LibraryChoice.forUser(Map.of(), "Linux", home);
        assertThat(choice.file()).isEqualTo(home.resolve(".config/briefing-reader/library-choice.json"));
        assertThat(choice.read()).isEmpty();

        choice.record(home.resolve("Bibliothèque/../Bibliothèque"));

        assertThat(choice.read()).contains(home.resolve("Bibliothèque"));
        assertThat(Files.readString(choice.file(), StandardCharsets.UTF_8)).contains("\"library\" : \""
                + home.resolve("Bibliothèque") + "\"");
        try (Stream<Path> left = Files.list(choice.file().getParent())) {
            assertThat(left).as("written atomically: no temporary file left").containsExactly(choice.file());
        }
    }

    @Test
    void theFlagOutranksTheVariableWhichOutranksTheChoiceWhichOutranksTheDefault() throws Exception {
        Path chosen = home.resolve("chosen");
        LibraryChoice.forUser(Map.of(), "Linux", home).record(chosen);
        Map<String, String> variable = Map.of(LibraryPaths.HOME_VARIABLE, home.resolve("variable").toString());

        LibraryLocation byFlag = resolve(Optional.of(home.resolve("flag")), variable);
        assertThat(byFlag.origin()).isEqualTo(Origin.FLAG);
        assertThat(byFlag.paths()).isEqualTo(LibraryPaths.under(home.resolve("flag")));

        LibraryLocation byVariable = resolve(Optional.empty(), variable);
        assertThat(byVariable.origin()).isEqualTo(Origin.VARIABLE);
        assertThat(byVariable.folder()).isEqualTo(home.resolve("variable"));

        LibraryLocation byChoice = resolve(Optional.empty(), Map.of());
        assertThat(byChoice.origin()).isEqualTo(Origin.CHOSEN);
        assertThat(byChoice.folder()).isEqualTo(chosen);
        assertThat(byChoice.paths()).isEqualTo(LibraryPaths.under(chosen));
        assertThat(LibraryPaths.resolve(Optional.empty(), Map.of(), "Linux", home)).as("LibraryPaths agrees")
                .isEqualTo(LibraryPaths.under(chosen));
    }

    @Test
    void withoutAChoiceThePlatformDefaultIsUsedAndShownAsItsDataFolder() {
        LibraryLocation location = resolve(Optional.empty(), Map.of());
        assertThat(location.origin()).isEqualTo(Origin.DEFAULT);
        assertThat(location.folder()).isEqualTo(home.resolve(".local/share/briefing-reader"));
        assertThat(location.paths().data()).isEqualTo(location.folder());
    }

    @Test
    void theChoiceFileStaysInThePlatformConfigFolderWhateverMovesTheLibrary() {
        Map<String, String> env = Map.of(LibraryPaths.HOME_VARIABLE, home.resolve("elsewhere").toString(),
                "XDG_CONFIG_HOME", home.resolve("xdg").toString());
        assertThat(LibraryChoice.forUser(env, "Linux", home).file())
                .isEqualTo(home.resolve("xdg/briefing-reader/library-choice.json"));
        assertThat(LibraryChoice.forUser(Map.of(), "Mac OS X", home).file())
                .isEqualTo(home.resolve("Library/Preferences/Briefing Reader/library-choice.json"));
    }

    @Test
    void aDamagedChoiceFileIsNamedAndTheDefaultLibraryOpensInstead() throws Exception {
        LibraryChoice choice = LibraryChoice.forUser(Map.of(), "Linux", home);
        Files.createDirectories(choice.file().getParent());
        Files.writeString(choice.file(), "{\"library\": ", StandardCharsets.UTF_8);

        assertThatThrownBy(choice::read).isInstanceOf(IOException.class)
                .hasMessageStartingWith(choice.file() + " is not valid JSON");
        assertThat(resolve(Optional.empty(), Map.of()).origin()).isEqualTo(Origin.DEFAULT);

        Files.writeString(choice.file(), "{\"library\": \"relative/dir\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(choice::read).hasMessage(choice.file() + " names a relative folder: relative/dir");
        Files.writeString(choice.file(), "{\"folder\": \"/x\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(choice::read).hasMessage(choice.file() + " has no \"library\" folder name");
    }
}
