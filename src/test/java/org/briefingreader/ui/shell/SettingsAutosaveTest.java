package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.library.JsonReaderStateStore;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** The half-minute save of the reader settings, driven by hand (its timer needs the toolkit, hence the extension). */
@ExtendWith(ApplicationExtension.class)
class SettingsAutosaveTest {
    @TempDir
    Path home;

    private final InlineBackgroundRunner runner = new InlineBackgroundRunner();

    @Test
    void aChangedStateIsWrittenAndAnUnchangedOneIsNot() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        ReaderStateService state = new ReaderStateService(new JsonReaderStateStore(paths));
        state.load();
        SettingsAutosave autosave = new SettingsAutosave(state, runner, status(paths));
        Path file = paths.config().resolve("reader-state.json");

        autosave.saveNow();
        assertThat(file).doesNotExist();

        state.update(s -> s.withFontSize(20).withTheme(Theme.DARK));
        autosave.saveNow();
        ReaderStateService nextRun = new ReaderStateService(new JsonReaderStateStore(paths));
        nextRun.load();
        assertThat(nextRun.state().fontSize()).isEqualTo(20);
        assertThat(nextRun.state().theme()).isEqualTo(Theme.DARK);
        assertThat(state.hasChanges()).isFalse();
    }

    @Test
    void aFailedSaveIsSaidOnceAndTriedAgainNextTime() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        ReaderStateService state = new ReaderStateService(new JsonReaderStateStore(paths));
        state.load();
        StatusBarViewModel status = status(paths);
        SettingsAutosave autosave = new SettingsAutosave(state, runner, status);
        // A file where the settings folder should be: every write fails, as on a full or read-only disk.
        Files.createDirectories(paths.config().getParent());
        deleteRecursively(paths.config());
        Files.writeString(paths.config(), "not a folder", StandardCharsets.UTF_8);

        state.update(s -> s.withFontSize(20));
        autosave.saveNow();
        assertThat(status.messageProperty().get()).startsWith("Your reader settings could not be saved");
        assertThat(status.failedProperty().get()).isTrue();

        status.say("Something else happened.");
        autosave.saveNow();
        assertThat(status.messageProperty().get()).as("said once, not every half minute")
                .isEqualTo("Something else happened.");
        assertThat(state.hasChanges()).isTrue();

        Files.delete(paths.config());
        autosave.saveNow();
        assertThat(state.hasChanges()).isFalse();
    }

    private StatusBarViewModel status(LibraryPaths paths) throws Exception {
        return new StatusBarViewModel(new LibraryViewModel(new LibraryService(LibraryFolder.open(paths)), runner));
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                for (Path entry : entries.toList()) {
                    deleteRecursively(entry);
                }
            }
        }
        Files.deleteIfExists(dir);
    }
}
