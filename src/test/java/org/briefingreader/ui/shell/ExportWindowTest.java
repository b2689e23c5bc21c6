package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.ui.shell.WindowRuns.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.app.ExportService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.export.CsvNotesExporter;
import org.briefingreader.export.HtmlNotesExporter;
import org.briefingreader.export.JsonLdNotesExporter;
import org.briefingreader.export.MarkdownNotesExporter;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.library.OutputFiles;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.transfer.ExportAccess;
import org.briefingreader.ui.transfer.ExportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Export Notes in the real window, headless, over a real library folder: the dialog previews the export
 * and writes the file the (test's) file chooser names, as the composition root writes it.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";
    private static final String OTHER = "Abe has been here before, having met with Putin 20 times in the past six years.";
    private static final String NOTE = "Why no progress: the sweeteners never arrived";

    @TempDir
    Path home;

    @TempDir
    Path exports;

    private ReaderApp app;
    private AnnotationService service;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void fileExportNotesWritesTheBriefingsPassageAndNoteAsMarkdown(FxRobot robot) throws Exception {
        open(robot);
        service.annotateQuote(TestBriefings.JAPAN_RUSSIA_ID, SENTENCE, OptionalInt.empty(),
                new AnnotationDraft(Optional.of(NOTE), List.of("economy"), Optional.empty(), Optional.empty()));
        Path[] proposed = new Path[1];
        app.window().exports().chooseFilesWith((owner, format, file) -> {
            assertThat(format).isEqualTo(ExportFormat.MARKDOWN);
            proposed[0] = exports.resolve(file.getFileName().toString());
            return Optional.of(proposed[0]);
        });

        clickMenu(robot, "File", "Export Notes\u2026");
        waitUntil(() -> dialogShowing(robot));
        robot.clickOn(robot.lookup("#export-scope-library").queryAs(RadioButton.class));
        robot.clickOn(robot.lookup("#export-format").queryAs(ComboBox.class));
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Markdown"))
                .queryAs(ListCell.class));
        robot.clickOn(robot.lookup("#export-scope-briefing").queryAs(RadioButton.class));
        waitUntil(() -> preview(robot).contains(SENTENCE));
        assertThat(preview(robot)).startsWith("---\n").contains(NOTE);
        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText())
                .isEqualTo("1 note from 1 briefing");

        robot.clickOn("#export-notes-button");
        waitUntil(() -> !dialogShowing(robot));

        assertThat(proposed[0].getFileName().toString()).endsWith("-notes.md");
        String written = Files.readString(proposed[0], StandardCharsets.UTF_8);
        assertThat(written).contains("> " + SENTENCE, NOTE, "#economy");
        assertThat(app.model().statusBar().messageProperty().get())
                .isEqualTo("Exported 1 note from 1 briefing as Markdown to " + proposed[0] + ".");
    }

    @Test
    void ctrlEExportsWhatTheNotesTabListsUnderItsFilter(FxRobot robot) throws Exception {
        open(robot);
        service.annotateQuote(TestBriefings.JAPAN_RUSSIA_ID, SENTENCE, OptionalInt.empty(),
                new AnnotationDraft(Optional.of(NOTE), List.of(), Optional.empty(), Optional.empty()));
        service.annotateQuote(TestBriefings.JAPAN_RUSSIA_ID, OTHER, OptionalInt.empty(),
                new AnnotationDraft(Optional.of("The treaty"), List.of(), Optional.empty(), Optional.empty()));
        robot.interact(() -> {
            app.model().notesParts().changed();
            app.model().notes().textFilterProperty().set("sweeteners");
        });
        waitUntil(() -> app.model().notes().notes().size() == 1);

        robot.interact(() -> app.window().briefingView().textArea().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> dialogShowing(robot));
        assertThat(robot.lookup(".export-scope-detail").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("the Notes tab: this briefing, \u201Csweeteners\u201D");
        robot.clickOn(robot.lookup("#export-scope-current-filter").queryAs(RadioButton.class));

        waitUntil(() -> robot.lookup("#export-summary").queryAs(Label.class).getText()
                .equals("1 note from 1 briefing"));
        assertThat(preview(robot)).contains(NOTE).doesNotContain("The treaty");
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Cancel")).queryButton());
        waitUntil(() -> !dialogShowing(robot));
    }

    private void open(FxRobot robot) throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        JsonBriefingStore store = LibraryFolder.open(paths);
        service = new AnnotationService(store, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
        LibraryService library = new LibraryService(store);
        ExportAccess access = new ExportAccess() {
            @Override
            public ExportService open(boolean csvBom) {
                return new ExportService(library, service, () -> {
                    throw new IOException("no search in this test");
                }, List.of(new MarkdownNotesExporter(), new HtmlNotesExporter(), new JsonLdNotesExporter(),
                        new CsvNotesExporter(csvBom)), Clock.systemUTC());
            }

            @Override
            public void write(Path target, Content content) throws IOException {
                OutputFiles.replace(target, content::writeTo);
            }
        };
        app = new ReaderApp(new WindowContext(library, Optional.of(TestBriefings.JAPAN_RUSSIA_ID))
                .withAnnotations(() -> service).withExports(access));
        robot.interact(() -> app.start(new Stage()));
        waitUntil(() -> app.model().reader().titleProperty().get().equals(TestBriefings.JAPAN_RUSSIA_TITLE));
    }

    private static boolean dialogShowing(FxRobot robot) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("export-dialog"));
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#export-preview").queryAs(TextArea.class).getText();
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
}
