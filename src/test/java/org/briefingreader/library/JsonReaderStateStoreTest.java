package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.domain.state.ReaderStateLoad;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.domain.state.WindowPlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reader settings survive a restart, and a bad settings file costs the settings, never the start. */
class JsonReaderStateStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T14:58:23Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config").resolve(JsonReaderStateStore.FILE_NAME);
    }

    private JsonReaderStateStore store() {
        return new JsonReaderStateStore(file(), CLOCK, AtomicFiles.NONE);
    }

    private static ReaderState everyFieldSet() {
        return ReaderState.defaults()
                .withWindow(new WindowPlacement(-1280.5, 40, 1200, 800.25, true))
                .withDividers(List.of(0.25, 0.7))
                .withTheme(Theme.DARK)
                .withFontSize(19.5)
                .withOpened("tokyo-2018")
                .withOpened("japan-russia-2018")
                .withPosition("tokyo-2018", "s2-p4")
                .withPosition("japan-russia-2018", "s1");
    }

    @Test
    void everyFieldSurvivesARoundTripThroughTheConfigFolder() throws IOException {
        LibraryPaths paths = LibraryPaths.under(dir);
        ReaderState state = everyFieldSet();
        new JsonReaderStateStore(paths).save(state);
        assertThat(paths.config().resolve("reader-state.json")).isRegularFile();
        ReaderStateLoad load = new JsonReaderStateStore(paths).load();
        assertThat(load.warning()).isEmpty();
        assertThat(load.state()).isEqualTo(state);
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).contains("\"schemaVersion\" : 1")
                .contains("\"theme\" : \"dark\"").endsWith("\n");
    }

    @Test
    void noFileYetMeansDefaultsWithoutAWarning() {
        ReaderStateLoad load = store().load();
        assertThat(load.state()).isEqualTo(ReaderState.defaults());
        assertThat(load.warning()).isEmpty();
    }

    @Test
    void missingFieldsTakeTheirDefaultsAndUnknownFieldsAreIgnored() throws IOException {
        write("{\"schemaVersion\": 1, \"fontSize\": 20, \"addedLater\": {\"x\": [1]}}");
        ReaderStateLoad load = store().load();
        assertThat(load.warning()).isEmpty();
        assertThat(load.state()).isEqualTo(ReaderState.defaults().withFontSize(20));
        assertThat(file()).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"schemaVersion\": 1, \"fontSize\": ",
        "",
        "[1, 2]",
        "{\"schemaVersion\": 1, \"fontSize\": \"big\"}",
        "{\"schemaVersion\": 1, \"fontSize\": 40}",
        "{\"schemaVersion\": 1, \"theme\": \"purple\"}",
        "{\"schemaVersion\": 1, \"recent\": \"b1\"}",
        "{\"schemaVersion\": 1, \"positions\": [{\"briefing\": \"b1\", \"unit\": 3}]}",
        "{\"schemaVersion\": 1, \"window\": {\"x\": 0, \"y\": 0, \"width\": -5, \"height\": 10}}",
        "{\"fontSize\": 16}",
        "{\"schemaVersion\": 2, \"fontSize\": 16}",
    })
    void anUnusableFileGivesDefaultsAndAOneLineWarningAndIsKeptAside(String content) throws IOException {
        write(content);
        ReaderStateLoad load = store().load();
        assertThat(load.state()).isEqualTo(ReaderState.defaults());
        Path aside = file().resolveSibling("reader-state.json.corrupt-20261130T145823Z");
        assertThat(load.warning()).hasValueSatisfying(w -> assertThat(w)
                .startsWith("Ignored the saved reader settings " + file() + ": ")
                .endsWith("; using the defaults (the file was kept as " + aside.getFileName() + ")")
                .doesNotContain("\n"));
        assertThat(file()).doesNotExist();
        assertThat(Files.readString(aside, StandardCharsets.UTF_8)).isEqualTo(content);
        assertThat(load.leaveFile()).as("set aside, so the next save may write in its place").isFalse();
    }

    @Test
    void theWarningSaysWhatIsWrong() throws IOException {
        write("{\"schemaVersion\": 2}");
        assertThat(store().load().warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("schemaVersion 2 is newer than this version reads (1)"));
        write("{\"schemaVersion\": 1, \"fontSize\": \"big\"}");
        assertThat(store().load().warning()).hasValueSatisfying(w -> assertThat(w)
                .contains(": fontSize must be a number;"));
        write("{\n  \"schemaVersion\": 1,\n  \"fontSize\": }");
        assertThat(store().load().warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("not valid JSON at line 3, column 15"));
    }

    @Test
    void aSecondBadFileInTheSameSecondDoesNotReplaceTheFirstOneKeptAside() throws IOException {
        write("first");
        store().load();
        write("second");
        assertThat(store().load().warning()).hasValueSatisfying(w -> assertThat(w)
                .endsWith("kept as reader-state.json.corrupt-20261130T145823Z-2)"));
        assertThat(Files.readString(file().resolveSibling("reader-state.json.corrupt-20261130T145823Z"),
                StandardCharsets.UTF_8)).isEqualTo("first");
        assertThat(Files.readString(file().resolveSibling("reader-state.json.corrupt-20261130T145823Z-2"),
                StandardCharsets.UTF_8)).isEqualTo("second");
    }

    @Test
    void aFileThatCannotBeReadGivesDefaultsAndIsLeftWhereItIs() throws IOException {
        Files.createDirectories(file()); // a folder where the file should be: reading fails, content unknown
        ReaderStateLoad load = store().load();
        assertThat(load.state()).isEqualTo(ReaderState.defaults());
        assertThat(load.warning()).hasValueSatisfying(w -> assertThat(w)
                .startsWith("Could not read the saved reader settings " + file() + " (")
                .endsWith("); using the defaults").doesNotContain("\n").doesNotContain("java.io"));
        assertThat(load.leaveFile()).as("the next save must not replace it").isTrue();
        assertThat(file()).isDirectory();
    }

    @Test
    void aSaveLeavesNoTemporaryFilesAndAFailingSaveLeavesTheOldFile() throws IOException {
        ReaderState old = everyFieldSet();
        store().save(old);
        store().save(old.withFontSize(12));
        assertThat(namesInConfig()).containsExactly("reader-state.json");
        byte[] before = Files.readAllBytes(file());

        JsonReaderStateStore failing = new JsonReaderStateStore(file(), CLOCK, temp -> {
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> failing.save(old.withFontSize(30))).hasMessage("No space left on device");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(namesInConfig()).containsExactly("reader-state.json");
        assertThat(store().load().state().fontSize()).isEqualTo(12);
    }

    private List<String> namesInConfig() throws IOException {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private void write(String content) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content, StandardCharsets.UTF_8);
    }
}
