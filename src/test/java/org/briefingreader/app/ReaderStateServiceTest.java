package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.domain.state.WindowPlacement;
import org.briefingreader.library.JsonReaderStateStore;
import org.briefingreader.library.LibraryPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader state is loaded once, changed in memory and written only when it changed. */
class ReaderStateServiceTest {
    @TempDir
    Path dir;

    private ReaderStateService service() {
        return new ReaderStateService(new JsonReaderStateStore(LibraryPaths.under(dir)));
    }

    private Path file() {
        return LibraryPaths.under(dir).config().resolve(JsonReaderStateStore.FILE_NAME);
    }

    @Test
    void changesSavedInOneRunAreThereInTheNext() throws IOException {
        ReaderStateService first = service();
        assertThat(first.load()).isEmpty();
        first.update(s -> s.withWindow(new WindowPlacement(10, 20, 1000, 700, false)).withTheme(Theme.DARK)
                .withOpened("b1").withPosition("b1", "p7"));
        assertThat(first.saveIfChanged()).isTrue();

        ReaderStateService next = service();
        assertThat(next.load()).isEmpty();
        assertThat(next.state()).isEqualTo(first.state());
        assertThat(next.state().positionIn("b1")).contains("p7");
    }

    @Test
    void nothingChangedMeansNothingWritten() throws IOException {
        ReaderStateService service = service();
        service.load();
        assertThat(service.hasChanges()).isFalse();
        assertThat(service.saveIfChanged()).isFalse();
        assertThat(file()).doesNotExist();

        service.update(s -> s.withFontSize(20));
        assertThat(service.hasChanges()).isTrue();
        assertThat(service.saveIfChanged()).isTrue();
        assertThat(service.saveIfChanged()).isFalse();
        // Changing and changing back is no change.
        service.update(s -> s.withFontSize(22));
        service.update(s -> s.withFontSize(20));
        assertThat(service.saveIfChanged()).isFalse();
    }

    @Test
    void aBadFileWarnsOnceAndTheNextSaveWritesTheDefaultsInItsPlace() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{broken", StandardCharsets.UTF_8);
        ReaderStateService service = service();
        assertThat(service.load()).hasValueSatisfying(w -> assertThat(w).contains("Ignored the saved reader"));
        assertThat(service.load()).isEmpty();
        assertThat(service.state()).isEqualTo(ReaderState.defaults());
        assertThat(service.saveIfChanged()).isTrue();
        assertThat(service().load()).isEmpty();
    }

    @Test
    void aSettingsFileThatCouldNotBeReadIsNeverWrittenOverThisRun() throws IOException {
        Files.createDirectories(file()); // unreadable as a file, like one this user may not read
        ReaderStateService service = service();
        assertThat(service.load()).hasValueSatisfying(w -> assertThat(w).contains("Could not read"));

        service.update(s -> s.withFontSize(22));
        assertThat(service.hasChanges()).isFalse();
        assertThat(service.saveIfChanged()).isFalse();
        assertThat(file()).isDirectory();
        try (var left = Files.list(file().getParent())) {
            assertThat(left).containsExactly(file());
        }
    }

    @Test
    void savingBeforeLoadingIsRefusedSoTheFileIsNotOverwrittenWithDefaults() throws IOException {
        ReaderStateService earlier = service();
        earlier.load();
        earlier.update(s -> s.withFontSize(24));
        earlier.saveIfChanged();

        ReaderStateService service = service();
        assertThatThrownBy(service::saveIfChanged).isInstanceOf(IllegalStateException.class);
        assertThat(service().load()).isEmpty();
        ReaderStateService check = service();
        check.load();
        assertThat(check.state().fontSize()).isEqualTo(24);
    }

    @Test
    void aRefusedChangeLeavesTheStateAsItWas() {
        ReaderStateService service = service();
        service.load();
        ReaderState before = service.update(s -> s.withOpened("b1"));
        assertThatThrownBy(() -> service.update(s -> s.withOpened(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.state()).isEqualTo(before);
    }
}
