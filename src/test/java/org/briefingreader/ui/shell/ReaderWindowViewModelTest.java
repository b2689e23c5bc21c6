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
}
