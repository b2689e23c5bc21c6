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
 * briefings. {@code onChange} is told (on the keeper's thread) after every sync that changed the index.
 */
public final class IndexKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexKeeper.class);

    private final SearchService search;
    private final Duration every;
    private final Consumer<SyncReport> onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "index-keeper");
        thread.setDaemon(true);
        return thread;
    });

    public IndexKeeper(SearchService search, Duration every, Consumer<SyncReport> onChange) {
        this.search = Objects.requireNonNull(search, "search");
        this.every = Objects.requireNonNull(every, "every");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
    }

    /** Syncs now and then every period until closed. */
    public void start() {
        timer.scheduleWithFixedDelay(this::syncOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void syncOnce() {
        try {
            SyncReport report = search.sync((done, total) -> LOG.debug("Indexing {}/{}", done, total));
            if (report.changedAnything()) {
                LOG.info("Index brought up to date: {}", report.summary());
                report.problems().forEach(p -> LOG.warn("Left out of the index: {}", p));
                onChange.accept(report);
            }
        } catch (IOException | RuntimeException e) {
            // The next round tries again; one failure must not stop the keeper.
            LOG.error("Could not bring the index up to date", e);
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
