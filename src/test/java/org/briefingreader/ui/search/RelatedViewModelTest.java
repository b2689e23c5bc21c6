package org.briefingreader.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderDocument;
import org.briefingreader.ui.support.BackgroundRunner;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.briefingreader.ui.support.ManualScheduler;
import org.briefingreader.ui.support.QueuedBackgroundRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Related tab's model over a real library and a real Lucene index; time and threads are the test's. */
class RelatedViewModelTest {
    /** Shared: no test changes the library, and building it with its index is most of a test's time. */
    @TempDir
    static Path home;

    private static RelatedLibrary library;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final BriefingViewModel reader = new BriefingViewModel();
    private final AtomicInteger searches = new AtomicInteger();
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void openLibrary() throws Exception {
        library = RelatedLibrary.create(home);
    }

    @AfterAll
    static void closeLibrary() throws IOException {
        library.close();
    }

    /** A model whose every search is counted, reading {@code briefing}. */
    private RelatedViewModel model(BackgroundRunner runner, Briefing briefing) {
        SearchAccess counting = () -> {
            searches.incrementAndGet();
            return library.search;
        };
        RelatedViewModel model = new RelatedViewModel(new SearchParts(counting, runner, scheduler), reader,
                (id, unit) -> opened.add(id + "#" + unit));
        reader.show(briefing);
        return model;
    }

    private RelatedViewModel activeModel(Briefing briefing) {
        RelatedViewModel model = model(new InlineBackgroundRunner(), briefing);
        model.setActive(true);
        return model;
    }

    private void settle() {
        scheduler.advance(RelatedViewModel.DEBOUNCE);
    }

    /** The hits the service itself gives for that unit, as briefing#unit. */
    private List<String> relatedTo(Briefing briefing, String unitId) throws IOException {
        return places(library.search.related(briefing.id(), unitId, RelatedViewModel.LIMIT));
    }

    private static List<String> places(List<SearchHit> hits) {
        return hits.stream().map(h -> h.briefingId() + "#" + h.unitId()).toList();
    }

    private int offsetOf(Briefing briefing, String unitId) {
        ReaderDocument document = ReaderDocument.of(briefing);
        int start = 0;
        for (var unit : document.units()) {
            if (unit.id().equals(unitId)) {
                return start + unit.text().length() / 2;
            }
            start += unit.text().length() + 2;
        }
        throw new IllegalArgumentException(unitId);
    }

    @Test
    void followsTheUnitAtTheTopOfThePane() throws Exception {
        RelatedViewModel model = activeModel(library.seed);

        reader.firstVisibleUnitChanged("the-history.p1");
        settle();

        assertThat(places(model.passages())).isEqualTo(relatedTo(library.seed, "the-history.p1")).isNotEmpty();
        assertThat(model.passages().get(0).briefingId()).as("the Kuril islands briefing").isEqualTo(library.kurils.id());
        assertThat(model.aboutProperty().get()).isEqualTo("Passages like \u201CAbe has been here before, having \u2026\u201D (The History)");
        assertThat(model.statusProperty().get()).isEmpty();

        reader.firstVisibleUnitChanged("why-theres-been-no-progress.p2");
        settle();
        assertThat(model.passages().get(0).briefingId()).as("the Crimea sanctions briefing")
                .isEqualTo(library.sanctions.id());
    }

    @Test
    void theCaretWinsWhenItMovedLastAndTheTopWhenItDid() throws Exception {
        RelatedViewModel model = activeModel(library.seed);
        reader.firstVisibleUnitChanged("the-history.p1");
        settle();

        model.caretMoved(offsetOf(library.seed, "why-theres-been-no-progress.p2"));
        settle();
        assertThat(places(model.passages())).isEqualTo(relatedTo(library.seed, "why-theres-been-no-progress.p2"));
        assertThat(model.aboutProperty().get()).endsWith("(Why There's Been No Progress)");

        reader.firstVisibleUnitChanged("tokyos-unambitious-plan.p1");
        settle();
        assertThat(places(model.passages())).isEqualTo(relatedTo(library.seed, "tokyos-unambitious-plan.p1"));
    }

    @Test
    void aHeadingStandsForTheParagraphAfterItAndAShortParagraphForTheNextLongOne() throws Exception {
        RelatedViewModel model = activeModel(library.seed);
        reader.firstVisibleUnitChanged("the-history");
        settle();
        assertThat(places(model.passages())).isEqualTo(relatedTo(library.seed, "the-history.p1"));
        assertThat(model.aboutProperty().get()).startsWith("Passages like \u201CAbe has been here before");

        reader.show(library.kurils);
        model.caretMoved(offsetOf(library.kurils, "outlook.p1"));
        settle();
        assertThat(ReaderDocument.of(library.kurils).unit("outlook.p1").orElseThrow().text())
                .isEqualTo("Talks resume in June.");
        assertThat(places(model.passages())).isEqualTo(relatedTo(library.kurils, "outlook.p2")).isNotEmpty();
        assertThat(model.aboutProperty().get()).startsWith("Passages like \u201CNeither side is likely");
    }

    @Test
    void nothingIsSearchedWhileInactiveAndTheCurrentPassageAtOnceWhenActive() throws Exception {
        RelatedViewModel model = model(new InlineBackgroundRunner(), library.seed);
        reader.firstVisibleUnitChanged("the-history.p1");
        model.caretMoved(offsetOf(library.seed, "little-progress.p1"));
        settle();
        assertThat(searches).hasValue(0);
        assertThat(model.passages()).isEmpty();

        model.setActive(true);
        assertThat(searches).as("at once, without waiting for the debounce").hasValue(1);
        assertThat(places(model.passages())).isEqualTo(relatedTo(library.seed, "little-progress.p1"));

        model.setActive(false);
        reader.firstVisibleUnitChanged("the-history.p1");
        settle();
        assertThat(searches).hasValue(1);
    }

    @Test
    void rapidMovesAreSearchedOnceWhereTheyStop() throws Exception {
        RelatedViewModel model = activeModel(library.seed);
        int before = searches.get();
        for (String unit : List.of("the-big-picture.p1", "the-history.p1", "what-japan-and-russia-want.p1",
                "tokyos-unambitious-plan.p1", "little-progress.p1")) {
            reader.firstVisibleUnitChanged(unit);
            scheduler.advance(Duration.ofMillis(100));
        }
        assertThat(searches).hasValue(before);

        settle();
        assertThat(searches).hasValue(before + 1);
        assertThat(places(model.passages())).isEqualTo(relatedTo(library.seed, "little-progress.p1"));

        reader.firstVisibleUnitChanged("little-progress");
        settle();
        assertThat(searches).as("the heading stands for the passage already shown").hasValue(before + 1);
    }

    @Test
    void anAnswerForAnOlderPassageNeverReplacesANewerOne() throws Exception {
        QueuedBackgroundRunner runner = new QueuedBackgroundRunner();
        RelatedViewModel model = model(runner, library.seed);
        model.setActive(true);
        reader.firstVisibleUnitChanged("the-history.p1");
        settle();
        reader.firstVisibleUnitChanged("why-theres-been-no-progress.p2");
        settle();
        List<String> shown = new ArrayList<>();
        model.aboutProperty().addListener((obs, old, about) -> shown.add(about));
        assertThat(runner.waiting()).isEqualTo(3);

        runner.runAll();

        assertThat(shown).singleElement().asString().endsWith("(Why There's Been No Progress)");
        assertThat(places(model.passages())).isEqualTo(relatedTo(library.seed, "why-theres-been-no-progress.p2"));
    }

    @Test
    void aFailureIsOnePlainSentence() {
        SearchAccess broken = () -> {
            throw new IOException("The index folder\n  is locked by another program");
        };
        RelatedViewModel model = new RelatedViewModel(new SearchParts(broken, new InlineBackgroundRunner(),
                scheduler), reader, (id, unit) -> { });
        reader.show(library.seed);
        model.setActive(true);

        assertThat(model.statusProperty().get()).isEqualTo("The index folder is locked by another program.");
        assertThat(model.passages()).isEmpty();
        assertThat(model.aboutProperty().get()).isEmpty();
    }

    @Test
    void saysWhenThereIsNoBriefingOrNothingAlike() throws Exception {
        RelatedViewModel model = model(new InlineBackgroundRunner(), library.seed);
        reader.clear();
        model.setActive(true);
        assertThat(model.statusProperty().get()).isEqualTo("Open a briefing to see related passages.");

        reader.show(library.glaciers);
        settle();
        assertThat(relatedTo(library.glaciers, "lede.p1")).isEmpty();
        assertThat(model.passages()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("No similar passages in other briefings.");
    }

    @Test
    void openingAPassageHandsOverItsBriefingAndUnit() {
        RelatedViewModel model = activeModel(library.seed);
        reader.firstVisibleUnitChanged("the-history.p1");
        settle();

        model.open(model.passages().get(0));

        assertThat(opened).containsExactly(model.passages().get(0).briefingId() + "#"
                + model.passages().get(0).unitId());
    }
}
