package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.briefingreader.ui.support.BackgroundRunner;

/**
 * A runner that calls {@code afterEach} once each piece of work's own callback is done: given to the library list,
 * it tells the window when a listing and the selection it makes are complete, without the list having to say.
 */
final class ListingWatcher implements BackgroundRunner {
    private final BackgroundRunner runner;
    private final Runnable afterEach;
    private boolean delivering;

    ListingWatcher(BackgroundRunner runner, Runnable afterEach) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.afterEach = Objects.requireNonNull(afterEach, "afterEach");
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        runner.run(description, work, value -> {
            deliver(() -> onSuccess.accept(value));
            afterEach.run();
        }, error -> {
            deliver(() -> onFailure.accept(error));
            afterEach.run();
        });
    }

    /** True while a piece of work's own callback runs (the list is being filled and selected). */
    boolean delivering() {
        return delivering;
    }

    private void deliver(Runnable callback) {
        delivering = true;
        try {
            callback.run();
        } finally {
            delivering = false;
        }
    }
}
