package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.notes.NoteRow;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Notes tab in the real window, headless, over a real library and annotation store on disk. */
@ExtendWith(ApplicationExtension.class)
class NotesWindowTest {
    private static final long TIMEOUT_SECONDS = 10;
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";

    @TempDir
    Path home;

    private ReaderApp app;
    private JsonBriefingStore briefings;
    private Briefing seed;
    private AnnotationService service;

    /** A library folder holding the seed briefing, and the annotation service over it. */
    @BeforeEach
    void library() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        briefings.save(seed);
        service = new AnnotationService(briefings, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aNoteMadeBeforeTheWindowOpensIsListedAndAClickOpensItsPassage(FxRobot robot) throws Exception {
        Annotation made = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(),
                new AnnotationDraft(Optional.of("Why no progress"), List.of("economy"), Optional.of("evidence"),
                        Optional.empty()));
        String unit = made.target().unitIds().get(0);

        app = new ReaderApp(new WindowContext(new LibraryService(briefings), Optional.of(seed.id()))
                .withAnnotations(() -> service));
        robot.interact(() -> app.start(new Stage()));
        BriefingViewModel reader = app.model().reader();
        waitUntil(() -> reader.briefingIdProperty().get().equals(seed.id()));
        assertThat(reader.readingPositionProperty().get()).isNotEqualTo(unit);

        robot.clickOn(robot.lookup(".side-panel .tab-label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals("Notes")).findFirst().orElseThrow());
        waitUntil(() -> app.model().notes().notes().size() == 1);
        waitUntil(() -> robot.lookup(".note-row").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> cell.getItem() != null && cell.isVisible()));
        @SuppressWarnings("unchecked")
        ListCell<NoteRow> cell = robot.lookup(".note-row").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow();
        assertThat(cell.getItem().annotation().id()).isEqualTo(made.id());
        assertThat(cell.getAccessibleText()).startsWith("evidence, Why no progress: " + SENTENCE);
        assertThat(robot.lookup(".note-tags").queryAs(Label.class).getText()).isEqualTo("#economy");

        robot.clickOn(cell);
        waitUntil(() -> reader.readingPositionProperty().get().equals(unit));
    }

    @Test
    void orphansAreListedApartAndTheDeleteKeyDeletesTheSelectedNote(FxRobot robot) throws Exception {
        Briefing gone = new Briefing("gone-briefing", seed.title(), seed.subtitle(), seed.source(),
                seed.published(), seed.readTime(), seed.byline(), seed.captions(), seed.summary(), seed.lede(),
                seed.sections(), seed.originalFileName(), seed.contentHash(), seed.copyright());
        briefings.save(gone);
        Annotation kept = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), AnnotationDraft.HIGHLIGHT);
        Annotation orphan = service.annotateQuote(gone.id(), SENTENCE, OptionalInt.empty(),
                AnnotationDraft.HIGHLIGHT);
        briefings.delete(gone.id());

        app = new ReaderApp(new WindowContext(new LibraryService(briefings), Optional.of(seed.id()))
                .withAnnotations(() -> service));
        robot.interact(() -> app.start(new Stage()));
        waitUntil(() -> app.model().reader().briefingIdProperty().get().equals(seed.id()));
        robot.clickOn(robot.lookup(".side-panel .tab-label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals("Notes")).findFirst().orElseThrow());
        robot.clickOn(robot.lookup(".notes-scope").queryAllAs(ToggleButton.class).stream()
                .filter(button -> button.getText().equals("Library")).findFirst().orElseThrow());
        waitUntil(() -> app.model().notes().orphans().size() == 1 && app.model().notes().notes().size() == 1);
        Label heading = robot.lookup(".notes-orphans-heading").queryAs(Label.class);
        assertThat(heading.isVisible()).isTrue();
        assertThat(heading.getText()).isEqualTo("Orphans (1)");

        ListView<?> orphans = robot.lookup(".notes-list").queryAllAs(ListView.class).stream()
                .filter(list -> "Orphaned notes".equals(list.getAccessibleText())).findFirst().orElseThrow();
        robot.interact(() -> {
            orphans.getSelectionModel().select(0);
            orphans.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> app.model().notes().orphans().isEmpty());
        waitUntil(() -> !heading.isVisible());
        assertThat(service.allNotes()).extracting(Annotation::id).containsExactly(kept.id())
                .doesNotContain(orphan.id());
    }

    @Test
    void anOrphanIsPlacedOnThePassageSelectedInTheText(FxRobot robot) throws Exception {
        Annotation made = service.annotateQuote(seed.id(), seed.lede().get(0).text(), OptionalInt.empty(),
                new AnnotationDraft(Optional.of("The opening claim"), List.of(), Optional.empty(), Optional.empty()));
        String rewritten = "An opening written again from scratch, so the note cannot follow it.";
        briefings.save(new Briefing(seed.id(), seed.title(), seed.subtitle(), seed.source(), seed.published(),
                seed.readTime(), seed.byline(), seed.captions(), seed.summary(),
                List.of(new org.briefingreader.domain.Paragraph("lede.p1", rewritten)), seed.sections(),
                seed.originalFileName(), "sha256:" + "3".repeat(64), seed.copyright()));

        app = new ReaderApp(new WindowContext(new LibraryService(briefings), Optional.of(seed.id()))
                .withAnnotations(() -> service));
        robot.interact(() -> app.start(new Stage()));
        BriefingViewModel reader = app.model().reader();
        waitUntil(() -> reader.documentProperty().get().text().contains(rewritten));
        robot.clickOn(robot.lookup(".side-panel .tab-label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals("Notes")).findFirst().orElseThrow());
        waitUntil(() -> app.model().notes().orphans().size() == 1);
        javafx.scene.control.Button place = robot.lookup(".notes-place").queryButton();
        assertThat(place.isDisabled()).isTrue();

        ListView<?> orphans = robot.lookup(".notes-list").queryAllAs(ListView.class).stream()
                .filter(list -> "Orphaned notes".equals(list.getAccessibleText())).findFirst().orElseThrow();
        int start = reader.documentProperty().get().text().indexOf(rewritten);
        robot.interact(() -> {
            orphans.getSelectionModel().select(0);
            app.window().briefingView().textArea().selectRange(start, start + rewritten.length());
        });
        assertThat(place.isDisabled()).isFalse();
        robot.clickOn(place);

        waitUntil(() -> app.model().notes().orphans().isEmpty() && app.model().notes().notes().size() == 1);
        waitUntil(() -> reader.highlightsProperty().get().size() == 1);
        assertThat(reader.highlightsProperty().get().get(0).range().start()).isEqualTo(start);
        Annotation placed = service.notes(seed.id()).get(0);
        assertThat(placed.id()).isEqualTo(made.id());
        assertThat(placed.isOrphan()).isFalse();
        assertThat(placed.target().quote().exact()).isEqualTo(rewritten);
        assertThat(placed.note()).contains("The opening claim");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(condition)));
    }
}
