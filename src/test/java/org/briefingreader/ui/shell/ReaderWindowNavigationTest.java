package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.reader.ReaderPlace;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.briefingreader.ui.support.QueuedBackgroundRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Back, forward and places, on a real briefing store in a temporary folder, without a toolkit. */
class ReaderWindowNavigationTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final Briefing arctic = TestBriefings.simple("Arctic Shipping Lanes Open Up",
            Optional.of(LocalDate.of(2021, 3, 1)), 2);

    @TempDir
    Path dir;

    private LibraryService library;
    private ReaderWindowViewModel model;

    @BeforeEach
    void store() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(LibraryPaths.under(dir).briefings());
        store.save(seed);
        store.save(arctic);
        library = new LibraryService(store);
        model = new ReaderWindowViewModel(library, new InlineBackgroundRunner());
    }

    private ReaderPlace place() {
        return model.reader().position().place().orElseThrow();
    }

    @Test
    void backAndForwardWalkOutlineJumpsWithinABriefing() {
        model.open(Optional.of(seed.id()));
        assertThat(model.canGoBackProperty().get()).isFalse();
        assertThat(model.back()).isFalse();

        model.reader().jumpToSection("the-history");
        assertThat(model.canGoBackProperty().get()).isTrue();
        model.reader().firstVisibleUnitChanged("the-history.p1"); // scrolled on a little

        assertThat(model.back()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(seed.id(), "title"));
        assertThat(model.canGoForwardProperty().get()).isTrue();
        assertThat(model.forward()).isTrue();
        assertThat(place()).as("forward returns where back was pressed").isEqualTo(
                ReaderPlace.of(seed.id(), "the-history.p1"));
        assertThat(model.forward()).isFalse();
    }

    @Test
    void steppingThroughSectionsIsNoJump() {
        model.open(Optional.of(seed.id()));

        model.reader().nextSection();
        model.reader().nextSection();
        model.reader().previousSection();

        assertThat(model.canGoBackProperty().get()).isFalse();
    }

    @Test
    void choosingAnotherBriefingIsAJumpAndBackReturnsAcrossBriefings() {
        model.open(Optional.of(seed.id()));
        model.reader().jumpToSection("little-progress");

        model.library().select(arctic.id());
        model.reader().jumpToSection("part-2");

        assertThat(model.back()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(arctic.id(), "title"));
        assertThat(model.back()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(seed.id(), "little-progress"));
        assertThat(model.library().selectedProperty().get().id()).isEqualTo(seed.id());
        assertThat(model.back()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(seed.id(), "title"));

        assertThat(model.forward()).isTrue();
        assertThat(model.forward()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(arctic.id(), "title"));
        assertThat(model.forward()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(arctic.id(), "part-2"));
    }

    @Test
    void arrowingThroughTheListRecordsOnlyBriefingsActuallyRead() throws IOException {
        Briefing baltic = TestBriefings.simple("Baltic Ports Expand", Optional.of(LocalDate.of(2020, 1, 1)), 1);
        new JsonBriefingStore(LibraryPaths.under(dir).briefings()).save(baltic);
        model.open(Optional.of(seed.id()));
        model.reader().jumpToSection("little-progress");

        model.library().select(arctic.id());
        model.library().select(baltic.id()); // passed through the Arctic briefing without reading it
        assertThat(model.back()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(seed.id(), "little-progress"));

        model.library().select(arctic.id());
        model.reader().firstVisibleUnitChanged("part-1.p1"); // read on a little: now worth returning to
        model.library().select(baltic.id());
        assertThat(model.back()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(arctic.id(), "part-1.p1"));
    }

    @Test
    void aNewJumpAfterGoingBackDropsTheForwardPlaces() {
        model.open(Optional.of(seed.id()));
        model.reader().jumpToSection("the-history");
        model.back();
        assertThat(model.canGoForwardProperty().get()).isTrue();

        model.reader().jumpToSection("little-progress");

        assertThat(model.canGoForwardProperty().get()).isFalse();
        assertThat(model.forward()).isFalse();
    }

    @Test
    void openPlaceSelectsTheBriefingScrollsToTheUnitAndCanBeUndoneWithBack() {
        model.open(Optional.of(seed.id()));

        assertThat(model.openPlace(arctic.id(), Optional.of("part-2.p1"))).isTrue();

        assertThat(model.library().selectedProperty().get().id()).isEqualTo(arctic.id());
        assertThat(place()).isEqualTo(ReaderPlace.of(arctic.id(), "part-2.p1"));
        assertThat(model.reader().currentSectionProperty().get()).isEqualTo("part-2");
        assertThat(model.back()).isTrue();
        assertThat(place()).isEqualTo(ReaderPlace.of(seed.id(), "title"));
    }

    @Test
    void aMissingBriefingOrUnitIsSaidNotFailed() {
        model.open(Optional.of(seed.id()));

        assertThat(model.openPlace("no-such-briefing", Optional.empty())).isFalse();
        assertThat(model.placeMessageProperty().get()).contains("no-such-briefing");
        assertThat(model.openPlace("Not An Id!", Optional.empty())).isFalse();
        assertThat(place().briefingId()).isEqualTo(seed.id());

        assertThat(model.openPlace(arctic.id(), Optional.of("part-9.p9"))).isTrue();
        assertThat(model.placeMessageProperty().get()).contains("part-9.p9");
        assertThat(place()).isEqualTo(ReaderPlace.of(arctic.id(), "title"));
    }

    @Test
    void aPlaceAskedBeforeTheListIsLoadedIsShownOnceItIs() {
        QueuedBackgroundRunner runner = new QueuedBackgroundRunner();
        ReaderWindowViewModel slow = new ReaderWindowViewModel(library, runner);
        slow.open(Optional.empty()); // would show the newest briefing, the Arctic one

        assertThat(slow.openPlace(seed.id(), Optional.of("the-history.p1"))).isTrue();
        assertThat(slow.reader().showingProperty().get()).isFalse();
        runner.runAll();

        assertThat(slow.library().selectedProperty().get().id()).isEqualTo(seed.id());
        assertThat(slow.reader().position().place()).contains(ReaderPlace.of(seed.id(), "the-history.p1"));
        assertThat(slow.canGoBackProperty().get()).as("nothing was left: nothing was shown").isFalse();
    }

    @Test
    void aPlaceAskedBeforeAnyListingStartsOne() {
        QueuedBackgroundRunner runner = new QueuedBackgroundRunner();
        ReaderWindowViewModel idle = new ReaderWindowViewModel(library, runner);

        idle.openPlace(arctic.id(), Optional.of("part-1.p2"));
        assertThat(runner.waiting()).isEqualTo(1);
        runner.runAll();

        assertThat(idle.reader().position().place()).contains(ReaderPlace.of(arctic.id(), "part-1.p2"));
    }

    @Test
    void openingAtAPlaceShowsItsUnit() {
        model.open(ReaderPlace.of(seed.id(), "why-theres-been-no-progress.p2"));

        assertThat(place()).isEqualTo(ReaderPlace.of(seed.id(), "why-theres-been-no-progress.p2"));
        assertThat(model.reader().currentSectionProperty().get()).isEqualTo("why-theres-been-no-progress");
    }
}
