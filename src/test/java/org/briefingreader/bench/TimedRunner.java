package org.briefingreader.bench;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.briefingreader.ui.support.BackgroundRunner;

/**
 * A {@link BackgroundRunner} that tells a {@link Hooks} when its work ran and when its answer is applied on the FX
 * thread, around the product's runner: the window benchmark's view of the time spent applying results.
 */
final class TimedRunner implements BackgroundRunner {
    /** Told about each piece of work; the applying calls come on the FX thread. */
    interface Hooks {
        /** The work of {@code description} took {@code nanos} on the worker thread ({@code answered} false: skipped). */
        void computed(String description, long nanos, boolean answered);

        void applying();

        void applied();

        void failed(String description, Throwable error);
    }

    private final BackgroundRunner delegate;
    private final Hooks hooks;

    TimedRunner(BackgroundRunner delegate, Hooks hooks) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        delegate.run(description, () -> {
            long start = System.nanoTime();
            T value = work.call();
            hooks.computed(description, System.nanoTime() - start, value != null);
            return value;
        }, value -> {
            hooks.applying();
            try {
                onSuccess.accept(value);
            } finally {
                hooks.applied();
            }
        }, error -> {
            hooks.failed(description, error);
            onFailure.accept(error);
        });
    }
}
