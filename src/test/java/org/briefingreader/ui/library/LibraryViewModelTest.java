package org.briefingreader.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.Optional;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.InMemoryBriefingStore;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.junit.jupiter.api.Test;

class LibraryViewModelTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final Briefing newer = TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.of(LocalDate.of(2021, 3, 1)), 2);
    private final Briefing undated = TestBriefings.simple("Notes Without a Date", Optional.empty(), 1);

    private LibraryViewModel model(InMemoryBriefingStore store) {
        return new LibraryViewModel(new LibraryService(store), new InlineBackgroundRunner());
    }

    @Test
    void loadingListsBriefingsInTheOrderTheServiceGives() throws IOException {
        InMemoryBriefingStore store = new InMemoryBriefingStore(undated, seed, newer);
        LibraryViewModel model = model(store);

        model.load(Optional.empty());

        assertThat(model.entriesProperty()).extracting(LibraryEntry::id)
                .containsExactlyElementsOf(new LibraryService(store).list().stream().map(Briefing::id).toList())
                .containsExactly(newer.id(), seed.id(), undated.id());
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("3 briefings in the library.");
    }

    @Test
    void aBriefingWithoutSectionsShowsNoSectionCount() {
        LibraryViewModel model = model(new InMemoryBriefingStore(
                TestBriefings.simple("Headline Only", Optional.empty(), 0)));

        model.load(Optional.empty());

        assertThat(model.entriesProperty()).extracting(LibraryEntry::detail).containsExactly("Undated · Test Desk");
    }

    @Test
    void entryShowsTitleOverDateSourceAndSectionCount() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, undated));

        model.load(Optional.empty());

        assertThat(model.entriesProperty()).extracting(LibraryEntry::title, LibraryEntry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TestBriefings.JAPAN_RUSSIA_TITLE, "May 25, 2018 · Stratfor · 7 sections"),
                org.assertj.core.groups.Tuple.tuple("Notes Without a Date", "Undated · Test Desk · 1 section"));
    }

    @Test
    void firstBriefingIsSelectedWhenNoneIsWanted() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, newer));

        model.load(Optional.empty());

        assertThat(model.selectedProperty().get().id()).isEqualTo(newer.id());
    }

    @Test
    void wantedBriefingIsSelectedOnceLoaded() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, newer, undated));

        model.load(Optional.of(seed.id()));

        assertThat(model.selectedProperty().get().briefing()).isEqualTo(seed);
    }

    @Test
    void theRememberedBriefingIsSelectedWhenNoneIsAskedFor() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, newer));

        model.load(Optional.empty(), Optional.of(seed.id()));

        assertThat(model.selectedProperty().get().briefing()).isEqualTo(seed);
    }

    @Test
    void aRememberedBriefingDeletedSinceFallsBackToTheFirstWithoutASentence() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, newer));

        model.load(Optional.empty(), Optional.of("deleted-since"));

        assertThat(model.selectedProperty().get().id()).isEqualTo(newer.id());
        assertThat(model.statusProperty().get()).isEqualTo("2 briefings in the library.");
    }

    @Test
    void anAskedBriefingComesBeforeTheRememberedOne() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, newer, undated));

        model.load(Optional.of(undated.id()), Optional.of(seed.id()));

        assertThat(model.selectedProperty().get().briefing()).isEqualTo(undated);
    }

    @Test
    void unknownWantedBriefingFallsBackToTheFirstAndSaysSo() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, newer));

        model.load(Optional.of("no-such-briefing"));

        assertThat(model.selectedProperty().get().id()).isEqualTo(newer.id());
        assertThat(model.statusProperty().get())
                .isEqualTo("There is no briefing 'no-such-briefing' in the library. 2 briefings in the library.");
    }

    @Test
    void reloadKeepsTheSelectionTheUserMade() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, newer, undated));
        model.load(Optional.empty());
        assertThat(model.select(undated.id())).isTrue();

        model.load(Optional.empty());

        assertThat(model.selectedProperty().get().id()).isEqualTo(undated.id());
    }

    @Test
    void selectingAnUnknownIdKeepsTheSelection() {
        LibraryViewModel model = model(new InMemoryBriefingStore(seed, newer));
        model.load(Optional.empty());

        assertThat(model.select("missing")).isFalse();
        assertThat(model.selectedProperty().get().id()).isEqualTo(newer.id());
    }

    @Test
    void emptyLibrarySelectsNothingAndSaysItIsEmpty() {
        LibraryViewModel model = model(new InMemoryBriefingStore());

        model.load(Optional.empty());

        assertThat(model.entriesProperty()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("The library is empty.");
    }

    @Test
    void unreadableFilesAppearInTheStatusAndAsProblems() {
        InMemoryBriefingStore store = new InMemoryBriefingStore(seed).reportProblems(
                "broken.json:3:14: unexpected character '}'", "other.json: not a briefing");
        LibraryViewModel model = model(store);

        model.load(Optional.empty());

        assertThat(model.problemsProperty()).containsExactly(
                "broken.json:3:14: unexpected character '}'", "other.json: not a briefing");
        assertThat(model.statusProperty().get()).isEqualTo("1 briefing in the library. 2 files could not be read,"
                + " first: broken.json:3:14: unexpected character '}'");
        assertThat(model.failedProperty().get()).isFalse();
    }

    @Test
    void loadErrorSurfacesAsAPlainSentence() {
        InMemoryBriefingStore store = new InMemoryBriefingStore(seed)
                .failListingWith(new NoSuchFileException("/home/ann/.local/share/briefing-reader/library"));
        LibraryViewModel model = model(store);

        model.load(Optional.empty());

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("The library could not be read: "
                + "/home/ann/.local/share/briefing-reader/library does not exist.");
        assertThat(model.entriesProperty()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void aSuccessfulReloadClearsAnEarlierFailure() {
        InMemoryBriefingStore store = new InMemoryBriefingStore(seed).failListingWith(new IOException("disk gone"));
        LibraryViewModel model = model(store);
        model.load(Optional.empty());
        assertThat(model.statusProperty().get()).isEqualTo("The library could not be read: disk gone.");

        store.failListingWith(null);
        model.load(Optional.empty());

        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.selectedProperty().get().id()).isEqualTo(seed.id());
    }
}
