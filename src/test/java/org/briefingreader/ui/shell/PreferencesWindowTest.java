package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.briefingreader.ui.shell.WindowRuns.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.prefs.LibraryFolderAccess;
import org.briefingreader.ui.prefs.PreferencesDialog;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * File &gt; Preferences in the real window, headless, on a real library folder: a category added, recoloured and
 * renamed there is in the library, and a highlight filed under it paints in its colour; the reading font chosen
 * there is the pane's and is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";

    @TempDir
    Path home;

    private ReaderApp app;
    private AnnotationService service;
    private Briefing seed;
    private ReaderStateService state;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void open(FxRobot robot) throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        JsonBriefingStore briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        briefings.save(seed);
        service = new AnnotationService(briefings, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
        state = WindowRuns.loadedState(home);
        app = new ReaderApp(new WindowContext(new LibraryService(briefings), Optional.of(seed.id()),
                ReaderApp.DEFAULT_TITLE, LibraryChanges.NONE, Optional.of(state), () -> { })
                .withAnnotations(() -> service).withLibraryFolder(LibraryFolderAccess.NONE));
        robot.interact(() -> app.start(new Stage()));
        waitUntil(() -> app.model().reader().briefingIdProperty().get().equals(seed.id()));
    }

    private StyleClassedTextArea area() {
        return app.window().briefingView().textArea();
    }

    /** Opens Preferences with its key, as a user would. */
    private void openPreferences(FxRobot robot) throws Exception {
        robot.interact(() -> area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> app.window().preferences().dialog() != null
                && app.window().preferences().dialog().isShowing());
    }

    /** The background painted behind the sentence's text runs, once they carry {@code styleClass}. */
    private Color paintOfSentence(FxRobot robot, String styleClass) {
        List<TextExt> runs = robot.lookup("." + styleClass).queryAllAs(TextExt.class).stream()
                .filter(run -> run.getText().contains("economic sweeteners")).toList();
        if (runs.isEmpty()) {
            return null;
        }
        Paint paint = runs.get(0).getBackgroundColor();
        return paint instanceof Color colour ? colour : null;
    }

    private static boolean near(Color colour, int red, int green, int blue) {
        return colour != null && Math.abs(colour.getRed() * 255 - red) < 1 && Math.abs(colour.getGreen() * 255
                - green) < 1 && Math.abs(colour.getBlue() * 255 - blue) < 1;
    }

    @Test
    void aCategoryAddedRecolouredAndRenamedInPreferencesIsStoredAndPaintsItsHighlights(FxRobot robot)
            throws Exception {
        open(robot);
        openPreferences(robot);

        TextField name = robot.lookup("#category-name").queryAs(TextField.class);
        ColorPicker colour = robot.lookup("#category-colour").queryAs(ColorPicker.class);
        robot.interact(() -> {
            name.setText("Risk");
            colour.setValue(Color.web("#aa3311"));
        });
        robot.clickOn("#category-add");
        waitUntil(() -> service.categories().contains(new Category("Risk", "#aa3311")));

        // A highlight filed under the new category (as the command line or the note editor would file it).
        service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), new AnnotationDraft(Optional.empty(),
                List.of(), Optional.of("Risk"), Optional.empty()));
        robot.interact(() -> {
            app.model().notesParts().changed();
            int start = area().getText().indexOf(SENTENCE);
            area().showParagraphAtTop(area().offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor());
        });
        waitUntil(() -> near(paintOfSentence(robot, "highlight-risk"), 170, 51, 17));
        assertThat(paintOfSentence(robot, "highlight-risk").getOpacity()).isCloseTo(0.38, within(0.01));

        @SuppressWarnings("unchecked")
        ListView<Category> list = robot.lookup("#categories-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(new Category("Risk", "#aa3311")));
        ColorPicker recolour = robot.lookup("#category-recolour").queryAs(ColorPicker.class);
        robot.interact(() -> recolour.setValue(Color.web("#2266cc")));
        robot.clickOn("#category-recolour-apply");
        waitUntil(() -> service.categories().contains(new Category("Risk", "#2266cc")));
        waitUntil(() -> near(paintOfSentence(robot, "highlight-risk"), 34, 102, 204));

        TextField rename = robot.lookup("#category-new-name").queryAs(TextField.class);
        robot.interact(() -> rename.setText("Exposure"));
        robot.clickOn("#category-rename");
        // The message comes once the service has renamed the category and refiled its annotations.
        waitUntil(() -> robot.lookup("#categories-message").queryLabeled().getText().startsWith("Renamed"));
        assertThat(service.categories()).contains(new Category("Exposure", "#2266cc"));
        assertThat(service.categories()).extracting(Category::name).doesNotContain("Risk");
        assertThat(service.notes(seed.id())).singleElement()
                .satisfies(note -> assertThat(note.category()).contains("Exposure"));
        waitUntil(() -> near(paintOfSentence(robot, "highlight-exposure"), 34, 102, 204));
        assertThat(list.getItems()).extracting(Category::name).contains("Exposure").doesNotContain("Risk");
        assertThat(robot.lookup("#categories-message").queryLabeled().getText())
                .isEqualTo("Renamed \u201cRisk\u201d to \u201cExposure\u201d.");
    }

    @Test
    void theReadingFontChosenInPreferencesIsThePanesAndIsRemembered(FxRobot robot) throws Exception {
        open(robot);
        openPreferences(robot);
        robot.clickOn(robot.lookup(".tab-label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(label -> label.getText().equals("Appearance")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<String> family = robot.lookup("#font-family").queryAs(ComboBox.class);
        assertThat(family.getValue()).isEqualTo("Serif");
        robot.interact(() -> {
            family.setValue("Monospaced");
            int start = area().getText().indexOf(SENTENCE);
            area().showParagraphAtTop(area().offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor());
        });

        assertThat(area().getStyle()).contains("-fx-font-family: \"Monospaced\";");
        waitUntil(() -> robot.lookup(".briefing-text .text").queryAllAs(TextExt.class).stream()
                .filter(run -> run.getText().contains("economic")).findFirst()
                .map(run -> run.getFont().getFamily().equals(javafx.scene.text.Font.font("Monospaced", 12)
                        .getFamily())).orElse(false));
        assertThat(state.state().fontFamily()).isEqualTo("Monospaced");

        robot.interact(() -> robot.lookup("#theme-choice-dark").queryAs(javafx.scene.control.ToggleButton.class)
                .fire());
        assertThat(app.model().theme().chosenProperty().get()).isEqualTo(
                org.briefingreader.domain.state.Theme.DARK);
        robot.interact(() -> app.model().theme().chosenProperty().set(org.briefingreader.domain.state.Theme.LIGHT));
    }
}
