package org.briefingreader.ui.shell;

import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.ui.support.BackgroundRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the remembered reader state every half minute while the window is open, when it changed, so a crash or a
 * killed process loses at most that much of reading positions, font size and layout (calibre and Zotero also
 * write their settings as they go, not only on a clean exit).
 *
 * <p>The timer ticks on the FX thread; the write runs through the {@link BackgroundRunner}, never on it. A failed
 * save is said once in the status bar (not every half minute) and logged; the next tick tries again.
 */
final class SettingsAutosave {
    static final Duration PERIOD = Duration.seconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SettingsAutosave.class);

    private final ReaderStateService state;
    private final BackgroundRunner runner;
    private final StatusBarViewModel status;
    private final Timeline timer;
    private boolean saving;
    private boolean failureShown;

    SettingsAutosave(ReaderStateService state, BackgroundRunner runner, StatusBarViewModel status) {
        this.state = Objects.requireNonNull(state, "state");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.status = Objects.requireNonNull(status, "status");
        this.timer = new Timeline(new KeyFrame(PERIOD, e -> saveNow()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    void start() {
        timer.play();
    }

    void stop() {
        timer.stop();
    }

    /** Writes the state in the background if it changed and no save is under way; on the FX thread. */
    void saveNow() {
        if (saving || !state.hasChanges()) {
            return;
        }
        saving = true;
        runner.run("save the reader settings", state::saveIfChanged, wrote -> {
            saving = false;
            failureShown = false;
        }, error -> {
            saving = false;
            LOG.warn("Could not save the reader settings: {}", error.toString());
            if (!failureShown) {
                failureShown = true;
                status.fail("Your reader settings could not be saved", error);
            }
        });
    }
}
