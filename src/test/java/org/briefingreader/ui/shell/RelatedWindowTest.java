package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.search.RelatedLibrary;
import org.briefingreader.ui.search.RelatedViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Related tab in the real window, headless, over a real library and index. */
@ExtendWith(ApplicationExtension.class)
class RelatedWindowTest {
    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    Path libraryDir;

    private RelatedLibrary library;
    private ReaderApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            // A debounced search still waiting would otherwise fire after stop() closed the search thread.
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> app.model().related().setActive(false)));
            app.stop();
        }
        if (library != null) {
            library.close();
        }
    }

    @Test
    void clickingOrEnterOnARelatedPassageOpensItThereAndBackReturns(FxRobot robot) throws Exception {
        library = RelatedLibrary.create(libraryDir);
        app = new ReaderApp(new WindowContext(library.libraryService(), Optional.of(library.seed.id()))
                .withSearch(() -> library.search));
        robot.interact(() -> app.start(new Stage()));
        BriefingViewModel reader = app.model().reader();
        RelatedViewModel related = app.model().related();
        waitUntil(() -> reader.briefingIdProperty().get().equals(library.seed.id()));
        robot.interact(() -> reader.restorePosition("the-history.p1"));

        robot.clickOn(robot.lookup(".side-panel .tab-label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals("Related")).findFirst().orElseThrow());
        waitUntil(() -> !related.passages().isEmpty() && related.aboutProperty().get().endsWith("(The History)"));
        assertThat(robot.lookup(".related-about").queryAs(Label.class).getText())
                .startsWith("Passages like \u201CAbe has been here before");

        SearchHit first = related.passages().get(0);
        assertThat(first.briefingId()).isEqualTo(library.kurils.id());
        @SuppressWarnings("unchecked")
        ListCell<SearchHit> cell = robot.lookup(".related-passage").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == first).findFirst().orElseThrow();
        assertThat(cell.getAccessibleText()).startsWith(library.kurils.title() + ": ");
        robot.clickOn(cell);

        waitUntil(() -> reader.briefingIdProperty().get().equals(first.briefingId())
                && reader.readingPositionProperty().get().equals(first.unitId()));
        // The tab follows the reader into the passage opened: now passages like that one, from other briefings.
        waitUntil(() -> related.aboutProperty().get().startsWith("Passages like \u201CThe dispute over the")
                && !related.passages().isEmpty());
        assertThat(related.passages()).noneMatch(hit -> hit.briefingId().equals(library.kurils.id()));

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> reader.briefingIdProperty().get().equals(library.seed.id())
                && reader.readingPositionProperty().get().equals("the-history.p1"));

        // From the keyboard: the second passage, chosen with the arrow keys, opens with Enter.
        waitUntil(() -> related.aboutProperty().get().endsWith("(The History)") && related.passages().size() > 1);
        SearchHit second = related.passages().get(1);
        ListView<?> list = robot.lookup(".related-list").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> reader.briefingIdProperty().get().equals(second.briefingId())
                && reader.readingPositionProperty().get().equals(second.unitId()));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(condition)));
    }
}
