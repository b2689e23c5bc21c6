package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerDark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.library.JsonReaderStateStore;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.library.LibraryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A window closed in one run opens in the next at the same size, on the same briefing. */
@ExtendWith(ApplicationExtension.class)
class ReaderStateWindowTest {
    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    Path libraryDir;

    private final List<ReaderApp> apps = new ArrayList<>();

    @Test
    void closingAndOpeningOnTheSameLibraryKeepsTheSizeAndTheLastBriefing(FxRobot robot) throws Exception {
        LibraryService library = ReaderWindowSmokeTest.seededLibrary(libraryDir);
        ReaderStateService firstRun = loadedState();
        Stage first = open(robot, library, firstRun);
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
        robot.interact(first::close);
        apps.remove(0).stop();
        assertThat(firstRun.saveIfChanged()).isTrue();

        // The next run: a new composition root on the same library folder.
        LibraryService sameLibrary = new LibraryService(LibraryFolder.open(LibraryPaths.under(libraryDir)));
        ReaderStateService nextRun = loadedState();
        assertThat(nextRun.state().lastBriefing()).contains(chosen.id());
        Stage next = open(robot, sameLibrary, nextRun);
        ListView<LibraryEntry> nextList = robot.from(next.getScene().getRoot()).lookup(".library-list")
                .queryListView();
        waitUntil(() -> nextList.getSelectionModel().getSelectedItem() != null);
        assertThat(nextList.getSelectionModel().getSelectedItem().id()).isEqualTo(chosen.id());
        assertThat(next.getWidth()).isEqualTo(900);
        assertThat(next.getHeight()).isEqualTo(600);
        robot.interact(next::close);
        apps.remove(0).stop();
    }

    @Test
    void theThemeAndThePanesComeBackAsTheyWereLeft(FxRobot robot) throws Exception {
        LibraryService library = ReaderWindowSmokeTest.seededLibrary(libraryDir);
        ReaderStateService firstRun = loadedState();
        Stage first = open(robot, library, firstRun);
        waitUntil(() -> apps.get(0).model().library().selectedProperty().get() != null);
        SplitPane split = robot.from(first.getScene().getRoot()).lookup(".workspace-split").queryAs(SplitPane.class);
        robot.interact(() -> {
            apps.get(0).model().theme().chosenProperty().set(Theme.DARK);
            split.setDividerPosition(0, 0.31);
            apps.get(0).model().sidePanelShownProperty().set(false);
        });
        robot.interact(first::close);
        apps.remove(0).stop();
        assertThat(firstRun.saveIfChanged()).isTrue();

        ReaderStateService nextRun = loadedState();
        Stage next = open(robot, new LibraryService(LibraryFolder.open(LibraryPaths.under(libraryDir))), nextRun);
        waitUntil(() -> apps.get(0).model().library().selectedProperty().get() != null);

        assertThat(apps.get(0).model().theme().chosenProperty().get()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        SplitPane nextSplit = robot.from(next.getScene().getRoot()).lookup(".workspace-split")
                .queryAs(SplitPane.class);
        assertThat(nextSplit.getItems()).as("library and reader, no side panel").hasSize(2);
        assertThat(nextSplit.getDividerPositions()[0]).isCloseTo(0.31, within(0.01));
        robot.interact(() -> apps.get(0).model().theme().chosenProperty().set(Theme.LIGHT));
        robot.interact(next::close);
        apps.remove(0).stop();
    }

    @Test
    void aResizeIsRememberedWhileTheWindowIsStillOpen(FxRobot robot) throws Exception {
        ReaderStateService state = loadedState();
        Stage stage = open(robot, ReaderWindowSmokeTest.seededLibrary(libraryDir), state);
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
        ReaderStateService state = new ReaderStateService(new JsonReaderStateStore(LibraryPaths.under(libraryDir)));
        assertThat(state.load()).isEmpty();
        return state;
    }

    /** Stops each window's background thread even when an assertion fails. */
    @AfterEach
    void stopApps() {
        apps.forEach(ReaderApp::stop);
    }

    private Stage open(FxRobot robot, LibraryService library, ReaderStateService state) {
        Stage[] stage = new Stage[1];
        ReaderApp app = new ReaderApp(new ReaderApp.Context(library, Optional.empty(), ReaderApp.DEFAULT_TITLE,
                LibraryChanges.NONE, Optional.of(state), () -> { }));
        apps.add(app);
        robot.interact(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
        });
        return stage[0];
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition)
            throws TimeoutException, IOException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
