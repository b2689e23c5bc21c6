package org.briefingreader.ui.support;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (file I/O, search) off the FX thread and hands the outcome back on the FX thread.
 *
 * <p>ViewModels take one of these instead of touching threads themselves, so they can be unit-tested with
 * an inline runner and no toolkit, while the window gets {@link FxBackgroundRunner}.
 */
public interface BackgroundRunner {
    /**
     * Starts {@code work}; exactly one of {@code onSuccess} and {@code onFailure} is called afterwards,
     * on the thread that owns the UI.
     *
     * @param description what the work is, for the log (e.g. "list the library")
     */
    <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);
}
