package org.briefingreader.ui.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit at the very beginning of a run that will open the window, on a thread of its own,
 * while the main thread parses the command line, sets up logging and opens the library (docs/performance.md,
 * start-up). {@link ReaderApp#launch} then finds the toolkit running.
 *
 * <p>Once up, the otherwise idle FX thread builds and styles a throwaway text area and list: loading and
 * initialising the RichTextFX, Flowless and control classes is most of the cost of building the real window,
 * and is the same work whether done now or in {@link ReaderApp#start}.
 */
public final class EarlyToolkit {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyToolkit.class);
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
                Platform.startup(EarlyToolkit::warmUp);
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

    private static void warmUp() {
        try {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.replaceText("Briefing Reader");
            Scene scene = new Scene(new SplitPane(new ListView<String>(), new VirtualizedScrollPane<>(area)), 400,
                    300);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        } catch (RuntimeException e) {
            // Only a head start: the window builds the same things itself and reports its own failures.
            LOG.debug("Warming up the window's classes failed", e);
        }
    }
}
