package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.ui.shell.WindowRuns.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.notes.NoteEditorViewModel;
import org.briefingreader.ui.notes.NoteRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Annotating in the real window, headless, on a real library folder seeded with the bundled briefing: Ctrl+M and
 * the note editor, a click on a highlight to edit or delete it, and the toolbar over a selection.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotateWindowTest {
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";
    /** A passage on screen when the window opens: the first summary bullet. */
    private static final String SUMMARY = "The Japanese prime minister's political troubles";

    @TempDir
    Path home;

    private ReaderApp app;
    private AnnotationService service;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    /** The annotation service of {@code home}'s library, made as a new run makes it; the library is seeded. */
    private AnnotationService service() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        JsonBriefingStore store = LibraryFolder.open(paths);
        service = new AnnotationService(store, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
        return service;
    }

    /** A new window on {@code home}'s library with annotations from the same folder, as a new run opens it. */
    private Stage open(FxRobot robot) throws Exception {
        AnnotationService annotations = service();
        LibraryService library = new LibraryService(LibraryFolder.open(LibraryPaths.under(home)));
        app = new ReaderApp(new WindowContext(library, Optional.of(TestBriefings.JAPAN_RUSSIA_ID))
                .withAnnotations(() -> annotations));
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

    private NoteEditorViewModel editor() {
        return app.model().noteEditor();
    }

    private int offsetOf(String passage) {
        int start = area().getText().indexOf(passage);
        assertThat(start).as("the seed holds " + passage).isNotNegative();
        return start;
    }

    private boolean painted(int offset) {
        return area().getStyleOfChar(offset).contains("highlight");
    }

    private boolean paintedExactly(int start, int end) {
        return painted(start) && painted(end - 1) && !painted(start - 1) && !painted(end);
    }

    /** The rows of the Notes tab's list of this briefing's notes. */
    private List<NoteRow> listedNotes(FxRobot robot) {
        Node content = app.window().sidePanel().notesTab().getContent();
        @SuppressWarnings("unchecked")
        ListView<NoteRow> list = (ListView<NoteRow>) robot.from(content).lookup(".notes-list")
                .queryAllAs(ListView.class).stream().filter(view -> !"Orphaned notes".equals(view.getAccessibleText()))
                .findFirst().orElseThrow();
        return List.copyOf(list.getItems());
    }

    private static <T extends Node> T editorNode(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(".note-editor " + query).queryAs(type);
    }

    private boolean mainWindowFocused() {
        Window window = app.window().root().getScene().getWindow();
        return window.isFocused();
    }

    @Test
    void ctrlMAnnotatesWithANoteAndATagThatUndoRedoAndARestartKeep(FxRobot robot) throws Exception {
        Stage first = open(robot);
        int start = offsetOf(SENTENCE);
        int end = start + SENTENCE.length();
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(start, end);
        });

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitUntil(() -> editor().openProperty().get());
        TextArea note = editorNode(robot, ".note-editor-note", TextArea.class);
        waitUntil(note::isFocused);
        robot.targetWindow(note.getScene().getWindow()); // where robot.write types
        assertThat(robot.lookup(".note-editor-quote").queryLabeled().getText()).contains(SENTENCE);
        robot.write("Why no progress?");
        robot.type(KeyCode.ENTER);
        robot.write("Compare the 2016 summit.");
        robot.type(KeyCode.TAB);
        TextField tags = editorNode(robot, ".note-editor-tag-input", TextField.class);
        waitUntil(tags::isFocused);
        robot.write("economy");
        waitUntil(() -> tags.getText().equals("economy"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().tags()).as("typed: '" + tags.getText() + "'").containsExactly("economy");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil(() -> !editor().openProperty().get() && paintedExactly(start, end));
        waitUntil(() -> listedNotes(robot).size() == 1);
        Annotation made = listedNotes(robot).get(0).annotation();
        assertThat(made.note()).contains("Why no progress?\nCompare the 2016 summit.");
        assertThat(made.tags()).containsExactly("economy");
        assertThat(made.target().quote().exact()).isEqualTo(SENTENCE);

        waitUntil(this::mainWindowFocused);
        robot.targetWindow(first);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !painted(start) && listedNotes(robot).isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> paintedExactly(start, end) && listedNotes(robot).size() == 1);

        robot.interact(first::close);
        app.stop();
        open(robot);
        waitUntil(() -> paintedExactly(offsetOf(SENTENCE), offsetOf(SENTENCE) + SENTENCE.length()));
        waitUntil(() -> listedNotes(robot).size() == 1);
        Annotation kept = listedNotes(robot).get(0).annotation();
        assertThat(kept.note()).contains("Why no progress?\nCompare the 2016 summit.");
        assertThat(kept.tags()).containsExactly("economy");
    }

    @Test
    void aClickOnAHighlightOpensItsNoteAndDeleteDeletesIt(FxRobot robot) throws Exception {
        Annotation made = service().annotateQuote(TestBriefings.JAPAN_RUSSIA_ID, SUMMARY, OptionalInt.empty(),
                new AnnotationDraft(Optional.of("Urgency, but from weakness"), List.of("politics"),
                        Optional.of("question"), Optional.empty()));
        open(robot);
        int start = offsetOf(SUMMARY);
        waitUntil(() -> paintedExactly(start, start + SUMMARY.length()));

        robot.clickOn(centre(screenBounds(start + 4)));

        waitUntil(() -> editor().openProperty().get());
        assertThat(editor().editingProperty().get()).isTrue();
        assertThat(editorNode(robot, ".note-editor-note", TextArea.class).getText())
                .isEqualTo("Urgency, but from weakness");
        assertThat(robot.lookup(".note-editor-chip .label").queryLabeled().getText()).isEqualTo("politics");
        assertThat(editor().categoryProperty().get()).isEqualTo("question");
        Button delete = robot.lookup("#note-editor-delete").queryButton();
        assertThat(delete.isVisible()).isTrue();

        robot.clickOn(delete);

        waitUntil(() -> !editor().openProperty().get() && !painted(start));
        assertThat(service.notes(TestBriefings.JAPAN_RUSSIA_ID)).extracting(Annotation::id)
                .doesNotContain(made.id()).isEmpty();
    }

    @Test
    void theToolbarShowsOverAFreshSelectionAndItsButtonsHighlight(FxRobot robot) throws Exception {
        open(robot);
        int start = offsetOf(SUMMARY);
        Node toolbar = app.window().annotating().toolbar();
        assertThat(toolbar.isVisible()).isFalse();

        Bounds first = screenBounds(start);
        Bounds last = screenBounds(start + 20);
        robot.drag(new Point2D(first.getMinX() + 1, first.getCenterY()), MouseButton.PRIMARY)
                .moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY())).release(MouseButton.PRIMARY);

        waitUntil(toolbar::isVisible);
        int selectedStart = area().getSelection().getStart();
        assertThat(area().getSelectedText()).isNotEmpty().isSubstringOf(SUMMARY);
        Bounds selection = WaitForAsyncUtils.asyncFx(() -> area().getSelectionBounds().orElseThrow()).get();
        Bounds bar = WaitForAsyncUtils.asyncFx(() -> toolbar.localToScreen(toolbar.getLayoutBounds())).get();
        assertThat(bar.getMaxY()).as("just above the selection " + selection + ", bar " + bar)
                .isLessThanOrEqualTo(selection.getMinY()).isGreaterThan(selection.getMinY() - 30);
        assertThat(robot.lookup("#selection-highlight").queryButton().getAccessibleText()).isEqualTo("Highlight");

        robot.clickOn("#selection-highlight");
        waitUntil(() -> painted(selectedStart) && !toolbar.isVisible());
        assertThat(area().getStyleOfChar(selectedStart)).doesNotContain("highlight-evidence");
        assertThat(area().isFocused()).as("the buttons leave the focus on the text").isTrue();

        int second = offsetOf("But the ongoing standoff");
        robot.interact(() -> area().selectRange(second, second + 24));
        waitUntil(toolbar::isVisible);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !toolbar.isVisible());
        assertThat(area().getSelectedText()).as("Esc hides the toolbar, not the selection")
                .isEqualTo("But the ongoing standoff");

        robot.interact(() -> area().selectRange(start + 30, start + SUMMARY.length()));
        waitUntil(toolbar::isVisible);
        robot.clickOn("#selection-highlight-evidence");
        waitUntil(() -> area().getStyleOfChar(start + 30).contains("highlight-evidence"));
    }

    @Test
    void theContextMenuHighlightsTheSelectionAndDeletesTheHighlightUnderIt(FxRobot robot) throws Exception {
        open(robot);
        int start = offsetOf(SUMMARY);
        int end = start + SUMMARY.length();
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(start, end);
        });

        requestContextMenu(robot, start + 4);
        clickMenuLabel(robot, "Highlight");
        waitUntil(() -> paintedExactly(start, end));

        requestContextMenu(robot, start + 4);
        clickMenuLabel(robot, "Delete Highlight");
        waitUntil(() -> !painted(start));
        assertThat(service.notes(TestBriefings.JAPAN_RUSSIA_ID)).isEmpty();
    }

    /**
     * Asks for the pane's context menu over character {@code offset}, as the platform does on a secondary click
     * (headless Monocle turns no click into a context-menu request).
     */
    private void requestContextMenu(FxRobot robot, int offset) throws Exception {
        Point2D screen = centre(screenBounds(offset));
        robot.interact(() -> {
            // The event's x and y are the scene's; dispatch makes them the area's.
            Point2D inScene = area().localToScene(area().screenToLocal(screen));
            area().fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(),
                    inScene.getY(), screen.getX(), screen.getY(), false, null));
        });
    }

    private static void clickMenuLabel(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(label -> text.equals(label.getText()) && label.isVisible() && label.getScene() != null
                        && label.getScene().getWindow().isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no menu item '" + text + "' on screen; windows: "
                        + Window.getWindows())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where character {@code offset} of the pane is on the screen; it must be on screen. */
    private Bounds screenBounds(int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow())
                .get();
    }

    private static Point2D centre(Bounds bounds) {
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }
}
