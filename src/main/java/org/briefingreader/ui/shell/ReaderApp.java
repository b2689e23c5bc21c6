package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briefingreader.ui.notes.NotesParts;
import org.briefingreader.ui.search.SearchParts;
import org.briefingreader.ui.support.FxBackgroundRunner;
import org.briefingreader.ui.support.FxUiScheduler;
import org.briefingreader.ui.transfer.ImportViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: one {@link ReaderWindow} on the library handed to {@link #launch(WindowContext)}.
 *
 * <p>The composition root calls {@code ReaderApp.launch(new WindowContext(library, Optional.empty()))}
 * from a plain {@code main} (a shaded jar's Main-Class must not extend {@code Application} on Java 17).
 */
public final class ReaderApp extends Application {
    /** The title of the main window unless the context says otherwise. */
    public static final String DEFAULT_TITLE = "Briefing Reader";

    private static final Logger LOG = LoggerFactory.getLogger(ReaderApp.class);
    private static final double MIN_WIDTH = 720;
    private static final double MIN_HEIGHT = 480;

    /**
     * The context waiting for the next {@link #start}. {@link Application#launch} builds the application itself
     * through the public no-argument constructor, so services cannot be passed in; {@link #launch(WindowContext)}
     * parks them here just before {@code Application.launch} and {@link #start} takes them out again, on the FX
     * thread (hence atomic). This is the one accepted exception to "no static service locators": written once
     * by the composition root, taken once by the application, and nothing else reads it.
     */
    private static final AtomicReference<WindowContext> HANDED_OVER = new AtomicReference<>();

    private final WindowContext givenContext;
    private FxBackgroundRunner runner;
    /** Searches run on a thread of their own, so typing is never answered after a briefing load. */
    private FxBackgroundRunner searchRunner;
    /** Imports run on a thread of their own, so a long one never holds up listing and reading. */
    private FxBackgroundRunner importRunner;
    private SettingsAutosave autosave;
    private ReaderWindowViewModel model;
    private ReaderWindow window;

    /** For {@link Application#launch} only, which needs a public no-argument constructor. */
    public ReaderApp() {
        this(null);
    }

    /** For tests that start the application on a stage of their own, without {@link Application#launch}. */
    ReaderApp(WindowContext context) {
        this.givenContext = context;
    }

    /**
     * Opens the window and blocks until it is closed. Call once per JVM (JavaFX cannot start twice).
     * Installs a default uncaught-exception handler that logs through SLF4J, so failures in event handlers
     * reach the log file instead of a console nobody reads.
     */
    public static void launch(WindowContext context) {
        Objects.requireNonNull(context, "context");
        if (!HANDED_OVER.compareAndSet(null, context)) {
            throw new IllegalStateException("ReaderApp.launch was already called");
        }
        Thread.setDefaultUncaughtExceptionHandler(ReaderApp::logUncaught);
        Application.launch(ReaderApp.class);
    }

    @Override
    public void start(Stage stage) {
        WindowContext context = givenContext != null ? givenContext : HANDED_OVER.getAndSet(null);
        if (context == null) {
            throw new IllegalStateException("ReaderApp must be started through ReaderApp.launch(WindowContext)");
        }
        runner = new FxBackgroundRunner();
        searchRunner = new FxBackgroundRunner();
        model = new ReaderWindowViewModel(context.library(), runner,
                new SearchParts(context.search(), searchRunner, new FxUiScheduler()),
                new NotesParts(context.annotations(), runner));
        Optional<ShellMemory> shellMemory = context.remembered().map(ShellMemory::new);
        shellMemory.ifPresent(m -> m.restoreTheme(model));
        importRunner = new FxBackgroundRunner();
        window = new ReaderWindow(model, context.exports(),
                new ImportViewModel(context.imports(), importRunner, Platform::runLater), context.libraryFolder());
        reportUncaughtIn(model.statusBar());
        shellMemory.ifPresent(m -> m.restoreAndFollow(window, model));
        shellMemory.ifPresent(m -> m.sayLoadWarning(model));
        context.remembered().ifPresent(remembered -> {
            autosave = new SettingsAutosave(remembered, runner, model.statusBar());
            autosave.start();
        });
        stage.setTitle(context.windowTitle());
        stage.setScene(window.scene(Screen.getPrimary().getVisualBounds()));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Optional<WindowMemory> memory = context.remembered().map(WindowMemory::new);
        memory.ifPresent(m -> m.restore(stage));
        stage.show();
        FirstFrameProbe.install(stage.getScene(), model.reader().showingProperty(), System.out);
        FirstFrameProbe.whenDrawn(stage.getScene(), model.reader().showingProperty(), context.afterFirstFrame());
        if (context.initialPlace().isPresent()) {
            model.open(context.initialPlace().get());
        } else {
            model.open(context.initialBriefingId(), memory.flatMap(WindowMemory::lastBriefing));
        }
        memory.ifPresent(m -> m.follow(stage, model));
        context.changes().onChange(() -> Platform.runLater(model::reload));
        context.indexStates().onChange(state -> Platform.runLater(() -> {
            model.statusBar().indexChanged(state);
            // A search typed while the index was still filling saw part of the library: search again when it is all in.
            if (state == IndexState.READY) {
                model.search().refresh();
            }
        }));
    }

    /**
     * An exception no event handler caught, on the FX thread: logged, and said in the status bar with its details,
     * so the user knows something failed and that the window still works (JavaFX goes on dispatching events).
     */
    private static void reportUncaughtIn(StatusBarViewModel status) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            logUncaught(thread, error);
            try {
                status.failUnexpectedly(error);
            } catch (RuntimeException reportingFailed) {
                LOG.error("Could not show the uncaught exception in the status bar", reportingFailed);
            }
        });
    }

    /** The started window's model, for tests. */
    ReaderWindowViewModel model() {
        return model;
    }

    /** The started window, for tests. */
    ReaderWindow window() {
        return window;
    }

    /** Stops the settings timer and the background thread; called by JavaFX after the last window closes. */
    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stop();
        }
        if (runner != null) {
            runner.close();
        }
        if (searchRunner != null) {
            searchRunner.close();
        }
        if (importRunner != null) {
            // Stops between files first, so the interrupt below rarely meets a file being written.
            if (window != null) {
                window.imports().model().cancel();
            }
            importRunner.close();
        }
    }

    private static void logUncaught(Thread thread, Throwable error) {
        LOG.error("Uncaught exception on thread {}", thread.getName(), error);
    }
}
