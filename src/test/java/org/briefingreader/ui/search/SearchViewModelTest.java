package org.briefingreader.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.briefingreader.ui.support.ManualScheduler;
import org.briefingreader.ui.support.QueuedBackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search as you type against a real index on disk; time moves only when the test says. */
class SearchViewModelTest {
    private static final String NO_PROGRESS = "Why There's Been No Progress";

    @TempDir
    Path home;

    private SearchFixture library;
    private String crimeaNotesId;
    private final ManualScheduler clock = new ManualScheduler();
    private final StringProperty shownBriefing = new SimpleStringProperty(TestBriefings.JAPAN_RUSSIA_ID);
    private final List<String> shownHits = new ArrayList<>();
    private int returns;

    @BeforeEach
    void open() throws Exception {
        library = new SearchFixture(home);
        crimeaNotesId = library.add("crimea-notes.txt", SearchFixture.CRIMEA_NOTES);
    }

    @AfterEach
    void close() throws IOException {
        library.close();
    }

    private SearchViewModel model(SearchAccess access, org.briefingreader.ui.support.BackgroundRunner runner) {
        SearchViewModel model = new SearchViewModel(new SearchParts(access, runner, clock), shownBriefing);
        model.setNavigator(new HitNavigator() {
            @Override
            public void show(SearchHit hit) {
                shownHits.add(hit.briefingId() + "/" + hit.unitId());
            }

            @Override
            public void open(String briefingId, Optional<String> unitId) {
                shownHits.add("open " + briefingId + "/" + unitId.orElse(""));
            }

            @Override
            public void returnToReading() {
                returns++;
            }
        });
        return model;
    }

    private SearchViewModel model() {
        return model(library.access(), new InlineBackgroundRunner());
    }

    private static List<SearchHit> hits(SearchViewModel model) {
        return model.rowsProperty().stream().filter(ResultRow.HitRow.class::isInstance)
                .map(row -> ((ResultRow.HitRow) row).hit()).toList();
    }

    private static String shownQuery(SearchViewModel model) {
        return model.shownProperty().get().map(o -> o.request().query()).orElse("");
    }

    @Test
    void aKeyAfterAPauseSearchesTheLibraryAtOnce() {
        SearchViewModel model = model();
        model.queryProperty().set("crimea");

        assertThat(library.searches()).isEqualTo(1);
        assertThat(hits(model)).extracting(SearchHit::briefingId)
                .contains(TestBriefings.JAPAN_RUSSIA_ID, crimeaNotesId);
        assertThat(model.rowsProperty()).contains(new ResultRow.SectionRow(NO_PROGRESS));
        assertThat(model.rowsProperty()).filteredOn(ResultRow.BriefingRow.class::isInstance).hasSize(2);
        assertThat(model.statusProperty().get()).isEqualTo("2 matches in 2 briefings.");
    }

    @Test
    void keysAtATypistsPaceEachSearch() {
        SearchViewModel model = model();
        for (String typed : List.of("c", "cr", "cri")) {
            model.queryProperty().set(typed);
            clock.advance(SearchViewModel.TYPING_PAUSE.multipliedBy(2));
        }

        assertThat(library.searches()).isEqualTo(3);
        assertThat(shownQuery(model)).isEqualTo("cri");
    }

    @Test
    void aBurstOfKeysSearchesItsFirstKeyAndThenOnceForTheLastText() {
        SearchViewModel model = model();
        for (String typed : List.of("c", "cr", "cri", "crim", "crime", "crimea")) {
            model.queryProperty().set(typed);
            clock.advance(SearchViewModel.TYPING_PAUSE.dividedBy(2));
        }
        assertThat(library.searches()).isEqualTo(1);
        assertThat(shownQuery(model)).isEqualTo("c");

        clock.advance(SearchViewModel.TYPING_PAUSE);

        assertThat(library.searches()).isEqualTo(2);
        assertThat(shownQuery(model)).isEqualTo("crimea");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void anAnswerToAnOlderQueryNeverReplacesTheNewerOne() {
        QueuedBackgroundRunner slow = new QueuedBackgroundRunner();
        SearchViewModel model = model(library.access(), slow);
        model.queryProperty().set("japan");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        model.queryProperty().set("crimea");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        assertThat(slow.waiting()).isEqualTo(2);

        slow.runAll();

        assertThat(shownQuery(model)).isEqualTo("crimea");
        assertThat(hits(model)).allSatisfy(hit -> assertThat(hit.text()).containsIgnoringCase("crimea"));
        assertThat(library.searches()).as("the overtaken request is not run").isEqualTo(1);
    }

    @Test
    void anAnswerArrivingAfterTheBoxWasEmptiedIsDropped() {
        QueuedBackgroundRunner slow = new QueuedBackgroundRunner();
        SearchViewModel model = model(library.access(), slow);
        model.queryProperty().set("crimea");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        model.queryProperty().set("");
        slow.runAll();

        assertThat(model.rowsProperty()).isEmpty();
        assertThat(model.shownProperty().get()).isEmpty();
    }

    @Test
    void thisBriefingScopeListsOnlyTheReadersBriefingWithoutABriefingRow() {
        SearchViewModel model = model();
        model.searchIn(SearchScope.BRIEFING);
        model.queryProperty().set("crimea OR tokyo");
        clock.advance(SearchViewModel.TYPING_PAUSE);

        assertThat(hits(model)).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.briefingId()).isEqualTo(TestBriefings.JAPAN_RUSSIA_ID));
        assertThat(model.rowsProperty()).noneMatch(ResultRow.BriefingRow.class::isInstance);
        assertThat(model.statusProperty().get()).endsWith("in this briefing.");

        shownBriefing.set(crimeaNotesId);

        assertThat(hits(model)).isNotEmpty().allSatisfy(hit -> assertThat(hit.briefingId()).isEqualTo(crimeaNotesId));
    }

    @Test
    void thisBriefingScopeWithNoBriefingOpenSaysWhatToDo() {
        shownBriefing.set("");
        SearchViewModel model = model();
        model.searchIn(SearchScope.BRIEFING);
        model.queryProperty().set("crimea");
        clock.advance(SearchViewModel.TYPING_PAUSE);

        assertThat(library.searches()).isZero();
        assertThat(model.statusProperty().get()).startsWith("Open a briefing to search it");
    }

    @Test
    void aMisspellingOffersACorrectionThatFindsTheHits() {
        SearchViewModel model = model();
        model.queryProperty().set("crimia");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        assertThat(model.rowsProperty()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("No matches.");
        assertThat(model.didYouMeanProperty().get()).isEqualTo("crimea");

        assertThat(model.acceptCorrection()).isTrue();

        assertThat(model.queryProperty().get()).isEqualTo("crimea");
        assertThat(hits(model)).hasSize(2);
        assertThat(model.didYouMeanProperty().get()).isEmpty();
    }

    @Test
    void aKindChipFiltersTheHitsWhileEveryChipKeepsItsCount() {
        SearchViewModel model = model();
        model.queryProperty().set("russia");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        long all = model.shownProperty().get().orElseThrow().results().total();
        var counts = model.shownProperty().get().orElseThrow().kindCounts();
        assertThat(counts).containsKey(SectionKind.HISTORY).containsKey(SectionKind.OUTLOOK);

        model.kindProperty().set(Optional.of(SectionKind.HISTORY));

        assertThat(hits(model)).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.kind()).contains(SectionKind.HISTORY));
        assertThat(model.shownProperty().get().orElseThrow().results().total())
                .isEqualTo(counts.get(SectionKind.HISTORY)).isLessThan(all);
        assertThat(model.shownProperty().get().orElseThrow().kindCounts()).isEqualTo(counts);
        assertThat(model.shownProperty().get().orElseThrow().allMatches()).as("the All chip").isEqualTo(all);
    }

    @Test
    void nextAndPreviousWalkTheHitsInListedOrderAndWrap() {
        SearchViewModel model = model();
        model.queryProperty().set("crimea");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        List<String> listed = hits(model).stream().map(h -> h.briefingId() + "/" + h.unitId()).toList();

        model.next();
        model.next();
        model.next();
        model.previous();

        assertThat(shownHits).containsExactly(listed.get(0), listed.get(1), listed.get(0), listed.get(1));
        assertThat(model.currentProperty().get()).isEqualTo(1);
        assertThat(model.currentHit()).isPresent();
    }

    @Test
    void leavingForgetsTheCurrentHitKeepsTheResultsAndHandsTheReaderBack() {
        SearchViewModel model = model();
        model.queryProperty().set("crimea");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        model.next();

        model.leave();

        assertThat(returns).isEqualTo(1);
        assertThat(model.currentProperty().get()).isEqualTo(-1);
        assertThat(model.currentHit()).isEmpty();
        assertThat(hits(model)).hasSize(2);
    }

    @Test
    void walkingWithNoHitsDoesNothing() {
        SearchViewModel model = model();
        assertThat(model.next()).isFalse();
        assertThat(model.previous()).isFalse();
        assertThat(shownHits).isEmpty();
    }

    @Test
    void typingOffersCompletionsAndChoosingOneSearchesItWithoutCompletingAgain() {
        SearchViewModel model = model();
        model.queryProperty().set("sovereig");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        assertThat(model.suggestionsProperty()).extracting(s -> s.text()).contains("sovereignty");

        model.choose(model.suggestionsProperty().stream().filter(s -> s.text().equals("sovereignty")).findFirst()
                .orElseThrow());
        clock.advance(SearchViewModel.TYPING_PAUSE);

        assertThat(model.queryProperty().get()).isEqualTo("sovereignty");
        assertThat(shownQuery(model)).isEqualTo("sovereignty");
        assertThat(model.suggestionsProperty()).isEmpty();
        assertThat(hits(model)).isNotEmpty();
    }

    @Test
    void aFailedSearchSaysSoInOneLine() {
        SearchViewModel model = model(SearchAccess.NONE, new InlineBackgroundRunner());
        model.queryProperty().set("crimea");
        clock.advance(SearchViewModel.TYPING_PAUSE);

        assertThat(model.statusProperty().get()).isEqualTo("Search failed: Search is not available in this window.")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(model.rowsProperty()).isEmpty();
    }

    @Test
    void theQueryLanguagesNotesAreSaidAfterTheCount() {
        SearchViewModel model = model();
        model.queryProperty().set("\"crimea");
        clock.advance(SearchViewModel.TYPING_PAUSE);

        assertThat(model.statusProperty().get()).startsWith("2 matches in 2 briefings. ").contains("quote");
    }

    @Test
    void choosingAHeadingCompletionAlsoOpensItsSection() {
        SearchViewModel model = model();
        model.queryProperty().set("little prog");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        var heading = model.suggestionsProperty().stream()
                .filter(s -> s.kind() == org.briefingreader.domain.Suggestion.Kind.HEADING).findFirst().orElseThrow();
        assertThat(heading.text()).isEqualTo("Little Progress");

        model.choose(heading);

        assertThat(shownHits).containsExactly("open " + TestBriefings.JAPAN_RUSSIA_ID + "/little-progress");
        assertThat(model.queryProperty().get()).isEqualTo("Little Progress");
    }

    @Test
    void aWordStillBeingTypedFindsWhatItStartsWhenItFindsNothingAsItIs() {
        SearchViewModel model = model();
        model.queryProperty().set("islands sovereig");
        clock.advance(SearchViewModel.TYPING_PAUSE);

        SearchOutcome shown = model.shownProperty().get().orElseThrow();
        assertThat(shown.answered()).isEqualTo("islands sovereig*");
        assertThat(hits(model)).isNotEmpty().allSatisfy(hit -> assertThat(hit.text()).containsIgnoringCase("sovereign"));
        assertThat(model.statusProperty().get()).startsWith("Nothing for the word as typed; words starting with it: ");
        assertThat(model.didYouMeanProperty().get()).isEmpty();
    }

    @Test
    void aChosenOrOperatorEndedQueryIsNeverTakenAsAPrefix() {
        SearchViewModel model = model();
        model.queryProperty().set("zzzqqq OR");
        clock.advance(SearchViewModel.TYPING_PAUSE);
        assertThat(model.shownProperty().get().orElseThrow().asPrefix()).isEmpty();

        model.choose(new org.briefingreader.domain.Suggestion("sovereig", org.briefingreader.domain.Suggestion.Kind.WORD,
                Optional.empty(), Optional.empty(), List.of()));

        assertThat(model.shownProperty().get().orElseThrow().asPrefix()).as("a chosen text is searched as it is")
                .isEmpty();
        assertThat(model.rowsProperty()).isEmpty();
    }

    @Test
    void aLongListEndsWithAMoreRowThatListsTheNextHits() throws Exception {
        for (int i = 1; i <= 60; i++) {
            library.add("talk-" + i + ".txt", "Talk " + i + "\n\nMoscow and Tokyo met again, round " + i + ".\n");
        }
        SearchViewModel model = model();
        model.queryProperty().set("russia OR moscow");
        SearchOutcome first = model.shownProperty().get().orElseThrow();
        long total = first.results().total();
        assertThat(total).as("more than one page").isGreaterThan(SearchOutcome.PAGE);
        assertThat(hits(model)).hasSize(SearchOutcome.PAGE);
        assertThat(model.rowsProperty().get(model.rowsProperty().size() - 1))
                .isEqualTo(new ResultRow.MoreRow((int) Math.min(SearchOutcome.MORE, total - SearchOutcome.PAGE)));
        assertThat(model.statusProperty().get()).startsWith("The first 50 of ");

        assertThat(model.showMore()).isTrue();

        assertThat((long) hits(model).size()).isEqualTo(Math.min(total, SearchOutcome.PAGE + SearchOutcome.MORE));
        assertThat(model.rowsProperty()).noneMatch(ResultRow.MoreRow.class::isInstance);
        assertThat(model.showMore()).isFalse();
    }
}
