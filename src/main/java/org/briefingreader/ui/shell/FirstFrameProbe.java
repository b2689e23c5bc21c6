package org.briefingreader.ui.shell;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * The moment the first frame showing the content has been drawn: for work that should wait for it (the search
 * index) and, with {@code -Dbriefing.probe.firstFrame=true}, for the start-up benchmark (docs/performance.md),
 * which then gets {@code FIRST_FRAME <ms since the JVM started> <CPU ms of the process>} on stdout and the
 * program ends.
 *
 * <p>"Drawn" is judged by pulses: the content becomes visible in one pulse; the listener runs after that pulse's
 * layout, and the following pulse starts only after that frame was rendered, so the second call is the moment.
 */
public final class FirstFrameProbe {
    /** The system property that turns the benchmark's probe on. */
    public static final String PROPERTY = "briefing.probe.firstFrame";
    /** An empty library never shows a briefing: work waiting for the first frame starts this long after. */
    private static final Duration FALLBACK = Duration.seconds(3);

    private FirstFrameProbe() {
    }

    /** With the property set, prints the time and exits once {@code shown} is true and a frame was rendered. */
    public static void install(Scene scene, ObservableBooleanValue shown, PrintStream out) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        whenDrawn(scene, shown, () -> {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("FIRST_FRAME " + sinceStart + " " + processCpuMillis());
            out.flush();
            Platform.exit();
            System.exit(0);
        });
    }

    /** CPU time of the whole process so far (all threads: JIT and GC included), or -1 where the JVM cannot tell. */
    private static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1_000_000;
        }
        return -1;
    }

    /**
     * Runs {@code action} once on the FX thread, as soon as a frame with {@code shown} true has been rendered;
     * at the latest three seconds on, for a window that never shows anything. Call on the FX
     * thread.
     */
    public static void whenDrawn(Scene scene, ObservableBooleanValue shown, Runnable action) {
        int[] pulsesSinceShown = {0};
        boolean[] done = {false};
        PauseTransition fallback = new PauseTransition(FALLBACK);
        Runnable[] listener = new Runnable[1];
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                fallback.stop();
                // Not from inside the listener: the scene is iterating over its listeners then.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                action.run();
            }
        };
        listener[0] = () -> {
            if (done[0] || !shown.get()) {
                return;
            }
            if (++pulsesSinceShown[0] < 2) {
                Platform.requestNextPulse();
            } else {
                once.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        // Pulses come only when something changed: ask for them until the frame has been seen.
        Platform.requestNextPulse();
        shown.addListener((obs, was, is) -> Platform.requestNextPulse());
        fallback.setOnFinished(e -> once.run());
        fallback.play();
    }
}
