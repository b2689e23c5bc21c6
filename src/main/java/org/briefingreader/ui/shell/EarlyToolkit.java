package org.briefingreader.ui.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit at the very beginning of a run that will open the window, on a thread of its own,
 * while the main thread parses the command line, sets up logging and opens the library (docs/performance.md,
 * start-up). {@link ReaderApp#launch} then finds the toolkit running.
 *
 * <p>Building a throwaway text area on the idle FX thread meanwhile, to load the RichTextFX classes early, was
 * tried and dropped: on the shared two-core machine it cost more CPU than it saved (docs/performance.md).
 */
public final class EarlyToolkit {
    private static final CompletableFuture<Void> STARTED = new CompletableFuture<>();
    private static volatile boolean begun;

    private EarlyToolkit() {
    }

    /** Starts the toolkit in the background; call at most once, only when the window will be opened. */
    public static synchronized void begin() {
        if (begun) {
            throw new IllegalStateException("the toolkit was already started");
        }
        begun = true;
        Thread starter = new Thread(() -> {
            try {
                // Nothing to run yet: ReaderApp.launch brings the window once the library is open.
                Platform.startup(() -> { });
                STARTED.complete(null);
            } catch (RuntimeException | Error e) {
                // Reported by awaitStarted on the thread that opens the window, like a failed launch.
                STARTED.completeExceptionally(e);
            }
        }, "fx-early-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Waits for the start {@link #begin} made and rethrows its failure (no display, say) as the window's own
     * launch would have; returns at once when nothing was begun.
     */
    public static void awaitStarted() {
        if (!begun) {
            return;
        }
        try {
            STARTED.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }
}
