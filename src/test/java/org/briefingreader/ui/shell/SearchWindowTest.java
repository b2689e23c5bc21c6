package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.search.ResultRow;
import org.briefingreader.ui.search.SearchAccess;
import org.briefingreader.ui.search.SearchFixture;
import org.briefingreader.ui.search.SearchOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Searching in the real window, headless: a real library folder and a real Lucene index on disk, keys typed by the
 * robot, the debounce on the FX timer as in the product.
 */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {
    private static final long TIMEOUT_SECONDS = 15;
    private static final String NO_PROGRESS = "Why There's Been No Progress";

    @TempDir
    Path home;

    private SearchFixture fixture;
    private ReaderApp app;
    /** The first search waits for this when {@link #holdFirstSearch} is set: an answer that arrives late. */
    private final CountDownLatch firstSearchMayAnswer = new CountDownLatch(1);
    private volatile boolean holdFirstSearch;
    private final AtomicInteger searchesStarted = new AtomicInteger();
    private final List<String> shownQueries = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fixture = new SearchFixture(home);
        fixture.add("spring-notes.txt", SearchFixture.CRIMEA_NOTES);
        SearchAccess real = fixture.access();
        SearchAccess access = () -> {
            if (searchesStarted.incrementAndGet() == 1 && holdFirstSearch) {
                try {
                    firstSearchMayAnswer.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.open();
        };
        app = new ReaderApp(new WindowContext(new LibraryService(fixture.store()),
                Optional.of(TestBriefings.JAPAN_RUSSIA_ID)).withSearch(access));
        app.start(stage);
        app.model().search().shownProperty().addListener((obs, old, shown) ->
                shownQueries.add(shown.map(o -> o.request().query()).orElse("")));
    }

    @Stop
    void stop() {
        app.stop();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void awaitBriefing() throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> app.model().reader().titleProperty().get().equals(TestBriefings.JAPAN_RUSSIA_TITLE));
    }

    private void awaitResultsFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.model().search().shownProperty().get()
                .map(SearchOutcome::request).map(r -> r.query().equals(query)).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<ResultRow> results(FxRobot robot) {
        return robot.lookup("#search-results").queryListView();
    }

    @Test
    void crimeaInTheLibraryIsListedUnderItsSectionAndEnterShowsIt(FxRobot robot) throws Exception {
        awaitBriefing();
        robot.clickOn(app.window().briefingView().textArea());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(app.window().searchView().box().isFocused()).isTrue();

        robot.write("Crimea");
        awaitResultsFor("Crimea");

        List<ResultRow> rows = results(robot).getItems();
        int section = rows.indexOf(new ResultRow.SectionRow(NO_PROGRESS));
        assertThat(section).as("the section is listed").isNotNegative();
        assertThat(rows.get(section + 1)).isInstanceOfSatisfying(ResultRow.HitRow.class,
                row -> assertThat(row.hit().snippetText()).contains("Crimea"));
        assertThat(robot.lookup(".result-match").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).contains("Crimea");

        // The other briefing ranks first (Crimea is its lede); Enter walks in list order to the seed's paragraph.
        int walks = ((ResultRow.HitRow) rows.get(section + 1)).index() + 1;
        for (int i = 0; i < walks; i++) {
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.model().reader()
                .readingPositionProperty().get().equals("why-theres-been-no-progress.p2"));
        SearchHit current = app.model().search().currentHit().orElseThrow();
        assertThat(current.unitId()).isEqualTo("why-theres-been-no-progress.p2");
        assertThat(app.model().reader().briefingIdProperty().get()).isEqualTo(TestBriefings.JAPAN_RUSSIA_ID);
        StyleClassedTextArea area = app.window().briefingView().textArea();
        int word = app.model().reader().documentProperty().get().startOf(current.unitId()).orElseThrow()
                + current.matches().get(0).start();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> area.getStyleOfChar(word).contains("search-current"));
        assertThat(area.getText(word, word + "Crimea".length())).isEqualTo("Crimea");
        int secondWord = word - current.matches().get(0).start() + current.matches().get(1).start();
        assertThat(area.getStyleOfChar(secondWord)).as("the hit's other match, softly").contains("search-hit")
                .doesNotContain("search-current");
        int paragraph = area.offsetToPosition(word, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        assertThat(paragraph).isBetween(area.firstVisibleParToAllParIndex(), area.lastVisibleParToAllParIndex());
    }

    @Test
    void aMisspellingOffersACorrectionThatWorks(FxRobot robot) throws Exception {
        awaitBriefing();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("sovereignity");
        awaitResultsFor("sovereignity");
        Hyperlink correction = robot.lookup("#search-correction").queryAs(Hyperlink.class);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, correction::isVisible);
        assertThat(correction.getText()).isEqualTo("sovereignty");
        assertThat(results(robot).getItems()).isEmpty();

        robot.clickOn(correction);
        awaitResultsFor("sovereignty");

        assertThat(results(robot).getItems()).anyMatch(row -> row instanceof ResultRow.HitRow hit
                && hit.hit().text().contains("sovereignty"));
        assertThat(app.window().searchView().box().getText()).isEqualTo("sovereignty");
    }

    @Test
    void anOlderAnswerArrivingLateNeverReplacesTheNewerQuerysResults(FxRobot robot) throws Exception {
        awaitBriefing();
        holdFirstSearch = true;
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("japan");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> searchesStarted.get() == 1);

        robot.eraseText(5).write("crimea");
        firstSearchMayAnswer.countDown();
        awaitResultsFor("crimea");

        assertThat(shownQueries).as("no answer to the text typed before").noneMatch(query -> query.startsWith("j"));
        assertThat(results(robot).getItems()).filteredOn(ResultRow.HitRow.class::isInstance).isNotEmpty()
                .allSatisfy(row -> assertThat(((ResultRow.HitRow) row).hit().text()).containsIgnoringCase("crimea"));
    }

    @Test
    void escapeReturnsToWhereReadingWas(FxRobot robot) throws Exception {
        awaitBriefing();
        String before = app.model().reader().readingPositionProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("Crimea");
        awaitResultsFor("Crimea");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.model().search().currentHit()
                .isPresent() && !app.model().reader().readingPositionProperty().get().equals(before));

        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.model().reader()
                .briefingIdProperty().get().equals(TestBriefings.JAPAN_RUSSIA_ID)
                && app.model().reader().readingPositionProperty().get().equals(before));
        assertThat(app.model().search().currentHit()).isEmpty();
        assertThat(app.window().briefingView().textArea().isFocused()).isTrue();
        assertThat(app.model().reader().searchMarksProperty().get().isEmpty()).as("marks taken away").isTrue();
    }

    @Test
    void downAndEnterInTheBoxTakeACompletionAndEscapeClosesTheList(FxRobot robot) throws Exception {
        awaitBriefing();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("sovereig");
        ListView<?> completions = robot.lookup("#search-completions").queryListView();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, completions::isVisible);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        awaitResultsFor("sovereignty");

        assertThat(app.window().searchView().box().getText()).isEqualTo("sovereignty");
        assertThat(completions.isVisible()).isFalse();
        assertThat(app.model().search().currentHit()).as("Enter took the completion, it walked no hit").isEmpty();

        robot.write(" isl");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, completions::isVisible);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(completions.isVisible()).isFalse();
        assertThat(app.window().searchView().box().isFocused()).as("the first Esc only closes the list").isTrue();
    }
}
