package org.briefingreader.ui.shell;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only (docs/performance.md): with {@code -Dbriefing.probe.firstFrame=true}, prints
 * {@code FIRST_FRAME <ms since the JVM started>} once a frame showing the content has been drawn, then ends the
 * program. Without the property it does nothing.
 *
 * <p>"Drawn" is judged by pulses: the content becomes visible in one pulse; the listener runs after that pulse's
 * layout, and the following pulse starts only after that frame was rendered, so the second call is the moment.
 */
public final class FirstFrameProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "briefing.probe.firstFrame";

    private FirstFrameProbe() {
    }

    /** Watches {@code scene} until {@code shown} is true and one more frame has been rendered. */
    public static void install(Scene scene, ObservableBooleanValue shown, PrintStream out) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        int[] pulsesSinceShown = {0};
        scene.addPostLayoutPulseListener(() -> {
            if (!shown.get()) {
                return;
            }
            if (++pulsesSinceShown[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            if (pulsesSinceShown[0] == 2) {
                long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                out.println("FIRST_FRAME " + sinceStart);
                out.flush();
                Platform.exit();
                System.exit(0);
            }
        });
        // Pulses come only when something changed: ask for them until the probe has seen its frame.
        Platform.requestNextPulse();
        shown.addListener((obs, was, is) -> Platform.requestNextPulse());
    }
}
