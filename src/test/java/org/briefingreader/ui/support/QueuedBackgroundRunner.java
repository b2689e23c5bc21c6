package org.briefingreader.ui.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Keeps the work until the test says {@link #runAll()}, so a test can act while a listing is still under way. */
public final class QueuedBackgroundRunner implements BackgroundRunner {
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final InlineBackgroundRunner inline = new InlineBackgroundRunner();

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        queued.addLast(() -> inline.run(description, work, onSuccess, onFailure));
    }

    /** Runs the queued work in order, with its callbacks, including work queued meanwhile. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
    }

    /** Runs the queued work newest first, so answers come back out of order, as a slow read can answer last. */
    public void runNewestFirst() {
        while (!queued.isEmpty()) {
            queued.removeLast().run();
        }
    }

    public int waiting() {
        return queued.size();
    }
}
