package org.briefingreader.ui.support;

import java.time.Duration;

/**
 * Runs an action on the UI thread after a delay, for debouncing (search as you type). ViewModels take one of these
 * instead of a timer, so tests decide when time passes.
 */
@FunctionalInterface
public interface UiScheduler {
    /** Runs every action at once, with no delay: for models whose timing nobody watches. */
    UiScheduler IMMEDIATE = (delay, action) -> {
        action.run();
        return () -> { };
    };

    /** Runs {@code action} on the UI thread once {@code delay} has passed, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** A scheduled action that has not run yet. */
    @FunctionalInterface
    interface Cancellable {
        /** The action will not run; nothing happens if it already ran. */
        void cancel();
    }
}
