package org.briefingreader.app;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index current while the window is open: syncs at once, then every few seconds, on its own thread,
 * so briefings imported or deleted by the command line (another process) show up in searches.
 *
 * <p>A sync that finds nothing changed reads only the folder's file stamps, a few milliseconds for thousands of
 * briefings. The {@link Watcher} is told (on the keeper's thread) of progress, changes and how each round ended.
 */
public final class IndexKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexKeeper.class);

    private final SearchService search;
    private final Duration every;
    private final Watcher watcher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "index-keeper");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * What the keeper tells its owner, on the keeper's thread: progress of a sync that has work to do, each
     * change it made, and whether each round ended well (so a window can say "rebuilding 40%", then "ready").
     */
    public interface Watcher {
        /** A sync changed the index; {@code report} says what. */
        void changed(SyncReport report);

        /** {@code done} of {@code total} briefings indexed in the sync under way. */
        default void progress(int done, int total) {
        }

        /** A round ended: the index holds what the library held when the round began. */
        default void settled() {
        }

        /** A round failed; the next one tries again. */
        default void failed(Exception error) {
        }
    }

    public IndexKeeper(SearchService search, Duration every, Consumer<SyncReport> onChange) {
        this(search, every, (Watcher) Objects.requireNonNull(onChange, "onChange")::accept);
    }

    public IndexKeeper(SearchService search, Duration every, Watcher watcher) {
        this.search = Objects.requireNonNull(search, "search");
        this.every = Objects.requireNonNull(every, "every");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
    }

    /** Syncs now and then every period until closed. */
    public void start() {
        timer.scheduleWithFixedDelay(this::syncOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void syncOnce() {
        try {
            SyncReport report = search.sync(watcher::progress);
            if (report.changedAnything()) {
                LOG.info("Index brought up to date: {}", report.summary());
                report.problems().forEach(p -> LOG.warn("Left out of the index: {}", p));
                watcher.changed(report);
            }
            watcher.settled();
        } catch (IOException | RuntimeException e) {
            // The next round tries again; one failure must not stop the keeper.
            LOG.error("Could not bring the index up to date", e);
            watcher.failed(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Index keeper did not stop within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
