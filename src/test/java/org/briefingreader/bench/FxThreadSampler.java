package org.briefingreader.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Samples the FX thread's stack every millisecond while asked to, and counts where it is busy: in a scene pulse or
 * in a search answer's callback, by the first step listed that is on the stack. Thread.getStackTrace waits for a
 * safepoint, so the shares are rough; they say where to look, not how long each step takes.
 */
final class FxThreadSampler {
    /** Step name to a frame (class name prefix, optionally "#method") marking it; the first found counts. */
    static final List<String[]> STEPS = List.of(
            new String[] {"ResultCell.updateItem (a row's nodes)", "org.briefingreader.ui.search.ResultCell"},
            new String[] {"CompletionCell (completion rows)", "org.briefingreader.ui.search.CompletionCell"},
            new String[] {"SearchRows (rows from hits)", "org.briefingreader.ui.search.SearchRows"},
            new String[] {"SearchView.showChips", "org.briefingreader.ui.search.SearchView#showChips"},
            new String[] {"VirtualFlow sizing (cell heights)", "javafx.scene.control.skin.VirtualFlow#getCellLength"},
            new String[] {"VirtualFlow sizing (estimate)", "javafx.scene.control.skin.VirtualFlow#recalculateEstimatedSize"},
            new String[] {"VirtualFlow sizing (estimate)", "javafx.scene.control.skin.VirtualFlow#estimateSize"},
            new String[] {"VirtualFlow layout (other)", "javafx.scene.control.skin.VirtualFlow"},
            new String[] {"text layout (TextFlow/Text)", "com.sun.javafx.text"},
            new String[] {"CSS pass", "javafx.scene.Scene#doCSSPass"},
            new String[] {"layout pass", "javafx.scene.Scene#doLayoutPass"},
            new String[] {"waiting for the renderer", "com.sun.javafx.tk.quantum.ViewScene#waitForRenderingToComplete"},
            new String[] {"waiting for the renderer", "com.sun.javafx.tk.quantum.GlassScene#waitForRenderingToComplete"},
            new String[] {"scene graph sync", "javafx.scene.Scene$ScenePulseListener#synchronizeSceneNodes"},
            new String[] {"other in the pulse/callback", ""});

    private final Map<String, AtomicInteger> pulse = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> callback = new ConcurrentHashMap<>();
    private final AtomicInteger idle = new AtomicInteger();
    private volatile boolean running = true;

    /** Starts sampling {@code fx} whenever {@code active} says so. */
    FxThreadSampler(Thread fx, BooleanSupplier active) {
        Thread sampler = new Thread(() -> {
            while (running) {
                if (active.getAsBoolean()) {
                    sample(fx.getStackTrace());
                }
                LockSupport.parkNanos(1_000_000);
            }
        }, "fx-thread-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop() {
        running = false;
    }

    private void sample(StackTraceElement[] stack) {
        Map<String, AtomicInteger> where = null;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("javafx.scene.Scene$ScenePulseListener")) {
                where = pulse;
                break;
            }
            if (frame.getClassName().equals(TimedRunner.class.getName())) {
                where = callback;
                break;
            }
        }
        if (where == null) {
            idle.incrementAndGet();
            return;
        }
        for (String[] step : STEPS) {
            if (onStack(stack, step[1])) {
                where.computeIfAbsent(step[0], k -> new AtomicInteger()).incrementAndGet();
                return;
            }
        }
    }

    private static boolean onStack(StackTraceElement[] stack, String marker) {
        if (marker.isEmpty()) {
            return true;
        }
        int hash = marker.indexOf('#');
        String type = hash < 0 ? marker : marker.substring(0, hash);
        String method = hash < 0 ? null : marker.substring(hash + 1);
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(type) && (method == null || frame.getMethodName().equals(method))) {
                return true;
            }
        }
        return false;
    }

    /** Samples by step, in the order of {@link #STEPS}, for the pulses or the callbacks. */
    Map<String, Integer> shares(boolean inPulse) {
        Map<String, AtomicInteger> from = inPulse ? pulse : callback;
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (String[] step : STEPS) {
            AtomicInteger n = from.get(step[0]);
            if (n != null) {
                shares.putIfAbsent(step[0], n.get());
            }
        }
        return shares;
    }

    int idle() {
        return idle.get();
    }
}
