package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.ui.shell.WindowRuns.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.TestBriefings;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Highlighting in the real window, headless, on a real library folder: Ctrl+H paints the selection, Ctrl+Z and
 * Ctrl+Shift+Z take it away and bring it back through the annotation journal, and a new window on the same folder
 * paints it again.
 */
@ExtendWith(ApplicationExtension.class)
class HighlightWindowTest {
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";

    @TempDir
    Path home;

    private ReaderApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    /** A new window on {@code home}'s library with annotations from the same folder, as a new run opens it. */
    private Stage open(FxRobot robot) throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        JsonBriefingStore store = LibraryFolder.open(paths);
        AnnotationService service = new AnnotationService(store, new JsonAnnotationStore(paths),
                new JsonUndoJournal(paths), Clock.systemUTC());
        app = new ReaderApp(new WindowContext(new LibraryService(store), Optional.of(TestBriefings.JAPAN_RUSSIA_ID))
                .withAnnotations(() -> service));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
        });
        waitUntil(() -> app.model().reader().titleProperty().get().equals(TestBriefings.JAPAN_RUSSIA_TITLE));
        return stage[0];
    }

    private StyleClassedTextArea area() {
        return app.window().briefingView().textArea();
    }

    private int sentenceStart() {
        int start = area().getText().indexOf(SENTENCE);
        assertThat(start).as("the seed holds the sentence").isNotNegative();
        return start;
    }

    private boolean painted(int offset) {
        return area().getStyleOfChar(offset).contains("highlight");
    }

    private String status() {
        return app.model().statusBar().messageProperty().get();
    }

    @Test
    void ctrlHPaintsTheSelectionAndUndoRedoTakeItAwayAndBack(FxRobot robot) throws Exception {
        Stage first = open(robot);
        int start = sentenceStart();
        int last = start + SENTENCE.length() - 1;
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(start, start + SENTENCE.length());
        });

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntil(() -> painted(start) && painted(last));
        assertThat(painted(start - 1)).as("nothing before the sentence").isFalse();
        assertThat(painted(last + 1)).as("nothing after it").isFalse();
        assertThat(status()).startsWith("Highlighted \u201cJapan has not managed");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !painted(start) && !painted(last));
        assertThat(status()).startsWith("Undid highlight \u201cJapan");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> painted(start) && painted(last));
        assertThat(status()).startsWith("Redid highlight \u201cJapan");

        robot.interact(first::close);
        app.stop();
        open(robot);
        waitUntil(() -> painted(sentenceStart()));
        assertThat(painted(sentenceStart() - 1)).isFalse();
    }

    @Test
    void theEditMenuHighlightsAndUndoes(FxRobot robot) throws Exception {
        open(robot);
        int start = sentenceStart();
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(start, start + SENTENCE.length());
        });

        clickMenu(robot, "Edit", "Highlight Selection");
        waitUntil(() -> painted(start));
        clickMenu(robot, "Edit", "Undo");
        waitUntil(() -> !painted(start));
        clickMenu(robot, "Edit", "Redo");
        waitUntil(() -> painted(start));
    }

    private static void clickMenu(FxRobot robot, String... path) {
        for (String text : path) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(robot.lookup(".label").match(LabeledMatchers.hasText(text)).queryAllAs(Label.class)
                    .stream().filter(l -> l.getScene() != null && l.getScene().getWindow().isShowing()
                            && l.isVisible())
                    .findFirst().orElseThrow(() -> new AssertionError("no menu item '" + text + "' on screen")));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlHWithoutASelectionAsksForOne(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(0, 0);
        });

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntil(() -> status().equals("Select a passage to highlight."));

        assertThat(app.model().reader().highlightsProperty().get()).isEmpty();
    }

    @Test
    void ctrlZInTheSearchBoxUndoesTheTypingNotTheHighlight(FxRobot robot) throws Exception {
        open(robot);
        int start = sentenceStart();
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(start, start + SENTENCE.length());
        });
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntil(() -> painted(start));

        TextField box = app.window().searchView().box();
        robot.interact(box::requestFocus);
        robot.write("tokyo");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> box.getText().isEmpty());

        assertThat(painted(start)).as("the highlight stays").isTrue();
        assertThat(app.model().reader().highlightsProperty().get()).hasSize(1);
    }
}
