package org.briefingreader.ui.support;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link BackgroundRunner}: each piece of work is a {@link Task} on one daemon thread.
 *
 * <p>One thread keeps store access serial (the library folder is not built for concurrent writers) and keeps
 * results arriving in the order the work was asked for. Daemon, so a forgotten {@link #close()} never keeps
 * the JVM alive after the window is gone.
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundRunner.class);
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final ExecutorService executor;

    public FxBackgroundRunner() {
        String name = "briefing-reader-background-" + POOL_NUMBER.incrementAndGet();
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Must be called on the FX thread; the callbacks run there too. */
    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }

            @Override
            public String toString() {
                return description;
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            // The window is closing (a debounce timer fired after stop): nobody is left to see the answer.
            LOG.debug("Not started after close: {}", description);
        }
    }

    /** Stops the worker thread; work still queued is dropped and running work is interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
