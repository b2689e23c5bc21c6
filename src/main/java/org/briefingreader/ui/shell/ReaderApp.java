package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.LinkedPlace;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.ui.search.SearchAccess;
import org.briefingreader.ui.search.SearchParts;
import org.briefingreader.ui.support.FxBackgroundRunner;
import org.briefingreader.ui.support.FxUiScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: one {@link ReaderWindow} on the library handed to {@link #launch(Context)}.
 *
 * <p>The composition root calls {@code ReaderApp.launch(new ReaderApp.Context(library, Optional.empty()))}
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
     * through the public no-argument constructor, so services cannot be passed in; {@link #launch(Context)}
     * parks them here just before {@code Application.launch} and {@link #start} takes them out again, on the FX
     * thread (hence atomic). This is the one accepted exception to "no static service locators": written once
     * by the composition root, taken once by the application, and nothing else reads it.
     */
    private static final AtomicReference<Context> HANDED_OVER = new AtomicReference<>();

    private final Context givenContext;
    private FxBackgroundRunner runner;
    /** Searches run on a thread of their own, so typing is never answered after a briefing load. */
    private FxBackgroundRunner searchRunner;
    private SettingsAutosave autosave;
    private ReaderWindowViewModel model;
    private ReaderWindow window;

    /**
     * What the window needs from the composition root.
     *
     * @param library           the briefings to show
     * @param initialBriefingId the briefing to select once the list is loaded; otherwise the first is selected
     * @param windowTitle       the main window's title
     * @param changes           where the window learns that another process changed the library
     * @param remembered        the loaded reader state to restore the window from and record it into; the caller
     *                          loads it before and saves it after the window, off the FX thread
     * @param afterFirstFrame   run once (on the FX thread; it must hand real work to a thread of its own) when
     *                          the first briefing is on screen: slow start-up work (the search index) waits for it
     * @param indexStates       where the status bar learns what the search index is doing
     * @param initialPlace      the place a link given on the command line leads to (resolved off the FX thread);
     *                          when present it is opened instead of {@code initialBriefingId} or the last briefing
     * @param search            how the Search and Related tabs reach the index (called off the FX thread)
     */
    public record Context(LibraryService library, Optional<String> initialBriefingId, String windowTitle,
            LibraryChanges changes, Optional<ReaderStateService> remembered, Runnable afterFirstFrame,
            IndexStates indexStates, Optional<LinkedPlace> initialPlace, SearchAccess search) {
        public Context {
            Objects.requireNonNull(search, "search");
            Objects.requireNonNull(initialPlace, "initialPlace");
            Objects.requireNonNull(afterFirstFrame, "afterFirstFrame");
            Objects.requireNonNull(indexStates, "indexStates");
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(changes, "changes");
            Objects.requireNonNull(remembered, "remembered");
            Objects.requireNonNull(initialBriefingId, "initialBriefingId");
            Objects.requireNonNull(windowTitle, "windowTitle");
            if (windowTitle.isBlank()) {
                throw new IllegalArgumentException("the window title is blank");
            }
        }

        /** A context opening no linked place. */
        public Context(LibraryService library, Optional<String> initialBriefingId, String windowTitle,
                LibraryChanges changes, Optional<ReaderStateService> remembered, Runnable afterFirstFrame,
                IndexStates indexStates) {
            this(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame, indexStates,
                    Optional.empty(), SearchAccess.NONE);
        }

        /** This context, opening at {@code place} when present. */
        public Context withInitialPlace(Optional<LinkedPlace> place) {
            return new Context(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame,
                    indexStates, place, search);
        }

        /** This context, searching through {@code access}. */
        public Context withSearch(SearchAccess access) {
            return new Context(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame,
                    indexStates, initialPlace, access);
        }

        /** A context whose status bar shows no index state. */
        public Context(LibraryService library, Optional<String> initialBriefingId, String windowTitle,
                LibraryChanges changes, Optional<ReaderStateService> remembered, Runnable afterFirstFrame) {
            this(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame, IndexStates.NONE);
        }

        /** A context that remembers nothing between runs and has nothing to do after the first frame. */
        public Context(LibraryService library, Optional<String> initialBriefingId, String windowTitle,
                LibraryChanges changes) {
            this(library, initialBriefingId, windowTitle, changes, Optional.empty(), () -> { });
        }

        /** A context with the default title, {@value ReaderApp#DEFAULT_TITLE}. */
        public Context(LibraryService library, Optional<String> initialBriefingId) {
            this(library, initialBriefingId, DEFAULT_TITLE, LibraryChanges.NONE);
        }

        /** A context with the default title whose window reloads its list when {@code changes} says so. */
        public Context(LibraryService library, Optional<String> initialBriefingId, LibraryChanges changes) {
            this(library, initialBriefingId, DEFAULT_TITLE, changes);
        }
    }

    /** For {@link Application#launch} only, which needs a public no-argument constructor. */
    public ReaderApp() {
        this(null);
    }

    /** For tests that start the application on a stage of their own, without {@link Application#launch}. */
    ReaderApp(Context context) {
        this.givenContext = context;
    }

    /**
     * Opens the window and blocks until it is closed. Call once per JVM (JavaFX cannot start twice).
     * Installs a default uncaught-exception handler that logs through SLF4J, so failures in event handlers
     * reach the log file instead of a console nobody reads.
     */
    public static void launch(Context context) {
        Objects.requireNonNull(context, "context");
        if (!HANDED_OVER.compareAndSet(null, context)) {
            throw new IllegalStateException("ReaderApp.launch was already called");
        }
        Thread.setDefaultUncaughtExceptionHandler(ReaderApp::logUncaught);
        Application.launch(ReaderApp.class);
    }

    @Override
    public void start(Stage stage) {
        Context context = givenContext != null ? givenContext : HANDED_OVER.getAndSet(null);
        if (context == null) {
            throw new IllegalStateException("ReaderApp must be started through ReaderApp.launch(Context)");
        }
        runner = new FxBackgroundRunner();
        searchRunner = new FxBackgroundRunner();
        model = new ReaderWindowViewModel(context.library(), runner,
                new SearchParts(context.search(), searchRunner, new FxUiScheduler()));
        Optional<ShellMemory> shellMemory = context.remembered().map(ShellMemory::new);
        shellMemory.ifPresent(m -> m.restoreTheme(model));
        window = new ReaderWindow(model);
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
    }

    private static void logUncaught(Thread thread, Throwable error) {
        LOG.error("Uncaught exception on thread {}", thread.getName(), error);
    }
}
