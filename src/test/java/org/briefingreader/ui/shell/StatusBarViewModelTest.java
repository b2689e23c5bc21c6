package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.InMemoryBriefingStore;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private static LibraryViewModel library(Briefing... briefings) {
        return new LibraryViewModel(new LibraryService(new InMemoryBriefingStore(briefings)),
                new InlineBackgroundRunner());
    }

    @Test
    void oneBriefingIsCountedInTheSingular() {
        LibraryViewModel library = library(TestBriefings.japanRussia());
        StatusBarViewModel status = new StatusBarViewModel(library);
        assertThat(status.librarySizeProperty().get()).as("before the first listing").isEmpty();

        library.load(Optional.empty());

        assertThat(status.librarySizeProperty().get()).isEqualTo("1 briefing");
        assertThat(status.messageProperty().get()).isEqualTo("1 briefing in the library.");
        assertThat(status.failedProperty().get()).isFalse();
    }

    @Test
    void aLargeLibraryIsCountedWithThousandsSeparators() {
        Briefing[] many = IntStream.range(0, 2098)
                .mapToObj(i -> TestBriefings.simple("Briefing " + i, Optional.of(LocalDate.of(2020, 1, 1)
                        .plusDays(i)), 1))
                .toArray(Briefing[]::new);
        LibraryViewModel library = library(many);
        StatusBarViewModel status = new StatusBarViewModel(library);

        library.load(Optional.empty());

        assertThat(status.librarySizeProperty().get()).isEqualTo("2,098 briefings");
    }

    @Test
    void indexStatesReadAsShortPhrases() {
        StatusBarViewModel status = new StatusBarViewModel(library());
        assertThat(status.indexProperty().get()).isEmpty();

        status.indexChanged(IndexState.OPENING);
        assertThat(status.indexProperty().get()).isEqualTo("Index: opening\u2026");
        status.indexChanged(IndexState.rebuilding(40, 100));
        assertThat(status.indexProperty().get()).isEqualTo("Index: rebuilding 40%");
        status.indexChanged(IndexState.rebuilding(2, 3));
        assertThat(status.indexProperty().get()).isEqualTo("Index: rebuilding 66%");
        status.indexChanged(IndexState.READY);
        assertThat(status.indexProperty().get()).isEqualTo("Index: ready");
        assertThat(status.failedProperty().get()).isFalse();
    }

    @Test
    void anUnavailableIndexIsAlsoAFailureWithItsReason() {
        StatusBarViewModel status = new StatusBarViewModel(library());

        status.indexChanged(IndexState.unavailable("The index folder is locked by another process."));

        assertThat(status.indexProperty().get()).isEqualTo("Index: unavailable");
        assertThat(status.messageProperty().get())
                .isEqualTo("Search is unavailable: The index folder is locked by another process.");
        assertThat(status.failedProperty().get()).isTrue();
        assertThat(status.detailsProperty().get()).contains("locked");
    }

    @Test
    void impossibleProgressIsRefused() {
        assertThatThrownBy(() -> IndexState.rebuilding(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexState.rebuilding(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(((IndexState.Rebuilding) IndexState.rebuilding(0, 0)).percent()).isEqualTo(100);
    }

    @Test
    void aFailureIsOnePlainSentenceWithTheCauseChainAsDetails() {
        StatusBarViewModel status = new StatusBarViewModel(library());

        status.fail("Could not export the notes", new UncheckedIOException("writing notes.json failed",
                new NoSuchFileException("/home/ann/exports")));

        assertThat(status.messageProperty().get())
                .isEqualTo("Could not export the notes: writing notes.json failed.");
        assertThat(status.failedProperty().get()).isTrue();
        assertThat(status.detailsProperty().get()).isEqualTo("""
                UncheckedIOException: writing notes.json failed
                caused by NoSuchFileException: /home/ann/exports""");
        assertThat(status.messageProperty().get()).doesNotContain("\n").doesNotContain("at org.");

        status.say("Exported 3 notes.");
        assertThat(status.failedProperty().get()).isFalse();
        assertThat(status.detailsProperty().get()).isEmpty();
    }

    @Test
    void anUncaughtExceptionSaysTheWindowStillWorks() {
        StatusBarViewModel status = new StatusBarViewModel(library());

        status.failUnexpectedly(new IllegalStateException());

        assertThat(status.messageProperty().get()).isEqualTo(
                "Something went wrong (an unexpected IllegalStateException); the window is still usable.");
        assertThat(status.detailsProperty().get()).isEqualTo("IllegalStateException: (no message)");
    }
}
