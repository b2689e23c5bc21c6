package org.briefingreader.ui.support;

import java.time.Duration;
import java.util.Objects;
import javafx.animation.PauseTransition;

/** The window's {@link UiScheduler}: a {@link PauseTransition} on the FX thread, so no thread of its own. */
public final class FxUiScheduler implements UiScheduler {
    /** Must be called on the FX thread; the action runs there. */
    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Objects.requireNonNull(action, "action");
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
