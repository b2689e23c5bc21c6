package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.InMemoryBriefingStore;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.junit.jupiter.api.Test;

class ReaderWindowViewModelTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final Briefing newer = TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.of(LocalDate.of(2021, 3, 1)), 2);
    private final ReaderWindowViewModel model = new ReaderWindowViewModel(
            new LibraryService(new InMemoryBriefingStore(seed, newer)), new InlineBackgroundRunner());

    @Test
    void openingShowsTheWantedBriefingInTheReader() {
        model.open(Optional.of(seed.id()));

        assertThat(model.reader().titleProperty().get()).isEqualTo(seed.title());
        assertThat(model.reader().sectionsProperty()).hasSize(7);
    }

    @Test
    void openingWithoutAWishShowsTheFirstBriefing() {
        model.open(Optional.empty());

        assertThat(model.reader().titleProperty().get()).isEqualTo(newer.title());
    }

    @Test
    void selectingABriefingChangesTheReadersContent() {
        model.open(Optional.empty());

        model.library().select(seed.id());

        assertThat(model.reader().briefingIdProperty().get()).isEqualTo(seed.id());
        assertThat(model.reader().summaryProperty()).hasSize(3);
    }

    @Test
    void clearingTheSelectionEmptiesTheReader() {
        model.open(Optional.empty());

        model.library().select((org.briefingreader.ui.library.LibraryEntry) null);

        assertThat(model.reader().showingProperty().get()).isFalse();
    }

    @Test
    void openingBriefingsPutsThemAtTheFrontOfTheRecentList() {
        model.open(Optional.of(seed.id()));
        model.library().select(newer.id());
        model.library().select(seed.id());

        assertThat(model.recentIds()).containsExactly(seed.id(), newer.id());
        assertThat(model.recentEntries()).extracting(e -> e.title()).containsExactly(seed.title(), newer.title());
    }

    @Test
    void theRecentListKeepsTheTenLatest() {
        java.util.List<Briefing> many = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> TestBriefings.simple("Briefing " + i, Optional.of(LocalDate.of(2020, 1, 1 + i)), 1))
                .toList();
        ReaderWindowViewModel window = new ReaderWindowViewModel(
                new LibraryService(new InMemoryBriefingStore(many.toArray(Briefing[]::new))),
                new InlineBackgroundRunner());
        window.open(Optional.empty());

        many.forEach(b -> window.library().select(b.id()));

        assertThat(window.recentIds()).hasSize(org.briefingreader.domain.state.ReaderState.MAX_RECENT)
                .startsWith(many.get(11).id()).doesNotContain(many.get(0).id(), many.get(1).id());
    }

    @Test
    void recentBriefingsGoneFromTheLibraryAreNotListedAndSaySoWhenOpened() {
        model.recentIds().setAll("gone-2017", seed.id());
        model.open(Optional.of(newer.id()));

        assertThat(model.recentEntries()).extracting(e -> e.id()).containsExactly(newer.id(), seed.id());
        assertThat(model.openRecent("gone-2017")).isFalse();
        assertThat(model.statusBar().messageProperty().get()).isEqualTo("That briefing is no longer in the library.");
        assertThat(model.recentIds()).doesNotContain("gone-2017");

        assertThat(model.openRecent(seed.id())).isTrue();
        assertThat(model.reader().briefingIdProperty().get()).isEqualTo(seed.id());
    }
}
