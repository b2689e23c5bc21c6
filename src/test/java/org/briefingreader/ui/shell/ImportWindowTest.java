package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.ui.shell.WindowRuns.waitUntil;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingreader.app.ImportService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.transfer.ImportChooser;
import org.briefingreader.ui.transfer.ImportCommands;
import org.briefingreader.ui.transfer.ImportFixture;
import org.briefingreader.ui.transfer.ImportProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Importing in the real window, headless, into a real library folder: File &gt; Import Folder (its key) on a folder
 * of three real briefings and one broken file shows the progress, lists the good ones in the library and the bad
 * one with its reason; files dropped onto the window are imported too.
 *
 * <p>A headless toolkit cannot build a dragboard holding files, so the drop test drives the drop handler's own
 * methods (what the DragEvent handlers call with the dragboard's files) instead of firing a DragEvent.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {
    private static final Path SEED = Path.of("..", "shared", "seed", "japan-russia-2018.txt");
    private static final Path BBC = Path.of("..", "shared", "corpus", "bbc-news", "bbc");
    private static final String BUSINESS_TITLE = "Ad sales boost Time Warner profit";

    @TempDir
    Path home;
    @TempDir
    Path inbox;

    private ReaderApp app;
    private String techTitle;

    @BeforeEach
    void fillTheInbox() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seed briefing is absent: " + SEED.toAbsolutePath());
        Assumptions.assumeTrue(Files.isDirectory(BBC), "the BBC corpus is absent: " + BBC.toAbsolutePath());
        Files.copy(SEED, inbox.resolve("japan-russia-2018.txt"));
        Files.copy(BBC.resolve("business").resolve("001.txt"), inbox.resolve("bbc-business-001.txt"));
        Path tech = BBC.resolve("tech").resolve("001.txt");
        Files.copy(tech, inbox.resolve("bbc-tech-001.txt"));
        techTitle = Files.readAllLines(tech, StandardCharsets.UTF_8).get(0).strip();
        Files.writeString(inbox.resolve("broken.json"), "{\"schemaVersion\": 1, \"title\": ", StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private Stage open(FxRobot robot) throws Exception {
        JsonBriefingStore store = LibraryFolder.open(LibraryPaths.under(home));
        ImportService importer = ImportFixture.importer(store);
        app = new ReaderApp(new WindowContext(new LibraryService(store), Optional.of(TestBriefings.JAPAN_RUSSIA_ID))
                .withImports(() -> importer));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
        });
        waitUntil(() -> app.model().reader().titleProperty().get().equals(TestBriefings.JAPAN_RUSSIA_TITLE));
        return stage[0];
    }

    private ImportCommands imports() {
        return app.window().imports();
    }

    private List<String> listedTitles() {
        return app.model().library().entriesProperty().stream().map(LibraryEntry::title).toList();
    }

    @Test
    void importingAFolderShowsProgressListsTheGoodOnesAndTheBadOneWithItsReason(FxRobot robot) throws Exception {
        open(robot);
        List<Double> progressSeen = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            imports().model().progressProperty().addListener((obs, old, now) -> progressSeen.add(now.doubleValue()));
            imports().useChooser(new ImportChooser() {
                @Override
                public List<Path> chooseFiles(Window owner) {
                    throw new AssertionError("the folder was asked for, not files");
                }

                @Override
                public Optional<Path> chooseFolder(Window owner) {
                    return Optional.of(inbox);
                }
            });
            app.window().briefingView().textArea().requestFocus();
        });

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> imports().dialog().isPresent() && imports().dialog().get().stage().isShowing());
        waitUntil(() -> !imports().model().runningProperty().get() && listedTitles().contains(techTitle));

        Stage dialog = imports().dialog().get().stage();
        ProgressBar bar = robot.from(dialog.getScene().getRoot()).lookup("#import-progress").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).isEqualTo(1.0);
        assertThat(progressSeen).as("the bar moved file by file").contains(0.25, 0.5, 0.75, 1.0);
        String summary = robot.from(dialog.getScene().getRoot()).lookup("#import-summary").queryAs(Label.class)
                .getText();
        assertThat(summary).startsWith("Import finished: 2 added, ").endsWith("1 failed.");
        assertThat(listedTitles()).contains(BUSINESS_TITLE, techTitle, TestBriefings.JAPAN_RUSSIA_TITLE);

        @SuppressWarnings("unchecked")
        ListView<ImportProblem> problems = robot.from(dialog.getScene().getRoot()).lookup("#import-problems")
                .queryAs(ListView.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems()).singleElement().satisfies(problem -> {
            assertThat(problem.name()).isEqualTo("broken.json");
            assertThat(problem.reason()).startsWith("line 1, column ");
        });
        assertThat(robot.from(problems).lookup(".import-problem-name").queryAs(Label.class).getText())
                .isEqualTo("broken.json");
        waitUntil(() -> app.model().statusBar().messageProperty().get().equals(summary));
        assertThat(app.model().statusBar().detailsProperty().get()).contains("broken.json: line 1, column ");
        // The index keeper lists the library again once it has indexed the import: the summary stays.
        robot.interact(app.model()::reload);
        waitUntil(() -> !app.model().library().loadingProperty().get());
        assertThat(app.model().statusBar().messageProperty().get()).isEqualTo(summary);
        // Other news ends it.
        robot.interact(() -> app.model().statusBar().say("Something else."));
        robot.interact(app.model()::reload);
        waitUntil(() -> !app.model().library().loadingProperty().get());
        assertThat(app.model().statusBar().messageProperty().get()).endsWith("in the library.");

        robot.clickOn("#import-close");
        waitUntil(() -> !dialog.isShowing());
    }

    @Test
    void filesDraggedOverTheWindowShowTheHintAndAreImportedWhenDropped(FxRobot robot) throws Exception {
        open(robot);
        File business = inbox.resolve("bbc-business-001.txt").toFile();
        boolean[] accepted = new boolean[2];

        robot.interact(() -> accepted[0] = imports().drop().over(List.of(business)));
        assertThat(accepted[0]).isTrue();
        assertThat(imports().drop().hint().isVisible()).as("the drop hint shows").isTrue();
        robot.interact(() -> imports().drop().left());
        assertThat(imports().drop().hint().isVisible()).isFalse();
        robot.interact(() -> accepted[1] = imports().drop().over(List.of()));
        assertThat(accepted[1]).as("no files, no drop").isFalse();
        assertThat(imports().drop().hint().isVisible()).isFalse();

        robot.interact(() -> imports().drop().over(List.of(business)));
        robot.interact(() -> imports().drop().dropped(List.of(business)));
        assertThat(imports().drop().hint().isVisible()).isFalse();
        waitUntil(() -> listedTitles().contains(BUSINESS_TITLE));
        waitUntil(() -> !imports().model().runningProperty().get());
        assertThat(imports().model().summaryProperty().get()).isEqualTo("Import finished: 1 added.");
        assertThat(imports().dialog()).hasValueSatisfying(d -> assertThat(d.stage().isShowing()).isTrue());
    }
}
