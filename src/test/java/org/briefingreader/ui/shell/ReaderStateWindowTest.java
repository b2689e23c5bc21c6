package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerDark;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.library.LibraryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A window closed in one run opens in the next at the same size, on the same briefing. */
@ExtendWith(ApplicationExtension.class)
class ReaderStateWindowTest {
    @TempDir
    Path libraryDir;

    private final WindowRuns runs = new WindowRuns();

    @Test
    void closingAndOpeningOnTheSameLibraryKeepsTheSizeAndTheLastBriefing(FxRobot robot) throws Exception {
        LibraryService library = ReaderWindowSmokeTest.seededLibrary(libraryDir);
        ReaderStateService firstRun = loadedState();
        Stage first = runs.open(robot, library, firstRun);
        ListView<LibraryEntry> list = robot.from(first.getScene().getRoot()).lookup(".library-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2 && list.getSelectionModel().getSelectedItem() != null);
        // The briefing not selected at first, so only the remembered state can select it next time.
        LibraryEntry chosen = list.getItems().stream()
                .filter(e -> e != list.getSelectionModel().getSelectedItem()).findFirst().orElseThrow();
        robot.interact(() -> {
            list.getSelectionModel().select(chosen);
            first.setWidth(900);
            first.setHeight(600);
        });
        runs.close(robot, first);
        assertThat(firstRun.saveIfChanged()).isTrue();

        // The next run: a new composition root on the same library folder.
        LibraryService sameLibrary = new LibraryService(LibraryFolder.open(LibraryPaths.under(libraryDir)));
        ReaderStateService nextRun = loadedState();
        assertThat(nextRun.state().lastBriefing()).contains(chosen.id());
        Stage next = runs.open(robot, sameLibrary, nextRun);
        ListView<LibraryEntry> nextList = robot.from(next.getScene().getRoot()).lookup(".library-list")
                .queryListView();
        waitUntil(() -> nextList.getSelectionModel().getSelectedItem() != null);
        assertThat(nextList.getSelectionModel().getSelectedItem().id()).isEqualTo(chosen.id());
        assertThat(next.getWidth()).isEqualTo(900);
        assertThat(next.getHeight()).isEqualTo(600);
        runs.close(robot, next);
    }

    @Test
    void theThemeAndThePanesComeBackAsTheyWereLeft(FxRobot robot) throws Exception {
        LibraryService library = ReaderWindowSmokeTest.seededLibrary(libraryDir);
        ReaderStateService firstRun = loadedState();
        Stage first = runs.open(robot, library, firstRun);
        waitUntil(() -> runs.current().model().library().selectedProperty().get() != null);
        SplitPane split = robot.from(first.getScene().getRoot()).lookup(".workspace-split").queryAs(SplitPane.class);
        robot.interact(() -> {
            runs.current().model().theme().chosenProperty().set(Theme.DARK);
            split.setDividerPosition(0, 0.31);
            runs.current().model().sidePanelShownProperty().set(false);
        });
        runs.close(robot, first);
        assertThat(firstRun.saveIfChanged()).isTrue();

        ReaderStateService nextRun = loadedState();
        Stage next = runs.open(robot, new LibraryService(LibraryFolder.open(LibraryPaths.under(libraryDir))), nextRun);
        waitUntil(() -> runs.current().model().library().selectedProperty().get() != null);

        assertThat(runs.current().model().theme().chosenProperty().get()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        SplitPane nextSplit = robot.from(next.getScene().getRoot()).lookup(".workspace-split")
                .queryAs(SplitPane.class);
        assertThat(nextSplit.getItems()).as("library and reader, no side panel").hasSize(2);
        assertThat(nextSplit.getDividerPositions()[0]).isCloseTo(0.31, within(0.01));
        robot.interact(() -> runs.current().model().theme().chosenProperty().set(Theme.LIGHT));
        runs.close(robot, next);
    }

    @Test
    void aResizeIsRememberedWhileTheWindowIsStillOpen(FxRobot robot) throws Exception {
        ReaderStateService state = loadedState();
        Stage stage = runs.open(robot, ReaderWindowSmokeTest.seededLibrary(libraryDir), state);
        robot.interact(() -> {
            stage.setWidth(910);
            stage.setHeight(610);
        });
        // No close: what the half-minute save would write must already hold the new size.
        assertThat(state.state().window()).hasValueSatisfying(w -> {
            assertThat(w.width()).isEqualTo(910);
            assertThat(w.height()).isEqualTo(610);
        });
        robot.interact(stage::close);
    }

    private ReaderStateService loadedState() {
        return WindowRuns.loadedState(libraryDir);
    }

    /** Stops each window's background thread even when an assertion fails. */
    @AfterEach
    void stopApps() {
        runs.stopAll();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WindowRuns.waitUntil(condition);
    }
}
