package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.library.JsonReaderStateStore;
import org.briefingreader.library.LibraryPaths;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs of the real window in one test, each a new composition root on a stage of its own that remembers into a
 * {@link ReaderStateService}, as DesktopBackend starts it; for tests of what survives a restart.
 */
final class WindowRuns {
    private static final long TIMEOUT_SECONDS = 10;

    private final List<ReaderApp> apps = new ArrayList<>();

    /** The reader state of {@code home}'s library, loaded as a run starts; the test expects no warning. */
    static ReaderStateService loadedState(Path home) {
        ReaderStateService state = new ReaderStateService(new JsonReaderStateStore(LibraryPaths.under(home)));
        assertThat(state.load()).isEmpty();
        return state;
    }

    /** Starts a window on {@code library} remembering into {@code state}; it becomes {@link #current()}. */
    Stage open(FxRobot robot, LibraryService library, ReaderStateService state) {
        Stage[] stage = new Stage[1];
        ReaderApp app = new ReaderApp(new WindowContext(library, Optional.empty(), ReaderApp.DEFAULT_TITLE,
                LibraryChanges.NONE, Optional.of(state), () -> { }));
        apps.add(app);
        robot.interact(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
        });
        return stage[0];
    }

    /** The oldest window still open. */
    ReaderApp current() {
        return apps.get(0);
    }

    /** Closes {@code stage}, the current window, and stops its application: the end of a run. */
    void close(FxRobot robot, Stage stage) {
        robot.interact(stage::close);
        apps.remove(0).stop();
    }

    /** Stops every window's background thread, for an {@code @AfterEach}: also after a failed assertion. */
    void stopAll() {
        apps.forEach(ReaderApp::stop);
    }

    /** Waits for {@code condition}, then for the FX events it set off. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
