package org.briefingreader.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.briefingreader.ui.search.SearchOutcome;
import org.briefingreader.ui.search.SearchViewModel;

/**
 * What the window benchmark sees on the FX thread: each keystroke from delivery to its results painted, each
 * pulse (pre-layout to post-layout listener, and to the end of the pulse), and each application of an answer.
 *
 * <p>The mode says which run the window is in (real search, the empty baseline, or neither); only pulses and
 * keys in a measured mode are kept. Everything but the lists' reading after the run happens on the FX thread.
 */
final class WindowProbe implements TimedRunner.Hooks {
    enum Mode { IDLE, SEARCH, BASELINE }

    /** One keystroke; the times are System.nanoTime, -1 while not reached. */
    static final class Key {
        final Mode mode;
        final String text;
        final boolean last;
        long delivered = -1;
        long shown = -1;
        long applyStart = -1;
        long applyEnd = -1;
        long painted = -1;
        long pulseEnd = -1;
        int rows;

        Key(Mode mode, String text, boolean last) {
            this.mode = mode;
            this.text = text;
            this.last = last;
        }
    }

    /** One pulse of the scene; {@code afterApply} when an answer was applied since the pulse before. */
    static final class Pulse {
        final Mode mode;
        final long start;
        final long layoutEnd;
        final long cpuNanos;
        final long afterApplyNanos;
        long end = -1;
        /** FX-thread CPU time from the pre-layout listener to {@link #end}. */
        long wholeCpuNanos = -1;

        Pulse(Mode mode, long start, long layoutEnd, long cpuNanos, long afterApplyNanos) {
            this.mode = mode;
            this.start = start;
            this.layoutEnd = layoutEnd;
            this.cpuNanos = cpuNanos;
            this.afterApplyNanos = afterApplyNanos;
        }

        boolean afterApply() {
            return afterApplyNanos >= 0;
        }
    }

    /** One answer shown on the FX thread: wall and FX-thread CPU time of the callback. */
    record Apply(Mode mode, long nanos, long cpuNanos) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile Mode mode = Mode.IDLE;
    /** True while the FX thread is to be sampled (a separate, unmeasured pass). */
    volatile boolean sampling;
    final List<Key> keys = new CopyOnWriteArrayList<>();
    final List<Pulse> pulses = Collections.synchronizedList(new ArrayList<>());
    final List<Apply> applies = Collections.synchronizedList(new ArrayList<>());
    final List<String> failures = new CopyOnWriteArrayList<>();
    /** Worker-thread time of each answered search, by its text, in the mode it ran in. */
    final ConcurrentHashMap<String, Long> computeNanos = new ConcurrentHashMap<>();
    private final List<Key> session = new ArrayList<>();
    private final List<Key> toPaint = new ArrayList<>();
    private long pulseStart;
    private long pulseCpuStart;
    private long applyStart = -1;
    private long applyCpuStart;
    /** Whether the callback running now showed an answer (a dropped, overtaken answer shows nothing). */
    private boolean shownInApply;
    /** Wall time of the last apply not yet followed by a pulse; -1 when none. */
    private long pendingApply = -1;

    void mode(Mode mode) {
        this.mode = mode;
    }

    /** Starts listening to {@code scene}'s pulses and {@code search}'s answers; on the FX thread. */
    void install(Scene scene, SearchViewModel search) {
        scene.addPreLayoutPulseListener(() -> {
            pulseStart = System.nanoTime();
            pulseCpuStart = threads.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(this::afterLayout);
        search.shownProperty().addListener((obs, old, shown) -> shown(shown, search.rowsProperty().size()));
    }

    /** A new query is about to be typed: keys are matched to answers within it. On the FX thread. */
    void newQuery() {
        session.clear();
        toPaint.clear();
    }

    /** Records a keystroke just before it is delivered; on the FX thread. */
    Key delivering(String text, boolean last) {
        Key key = new Key(mode, text, last);
        key.delivered = System.nanoTime();
        session.add(key);
        if (mode != Mode.IDLE) {
            keys.add(key);
        }
        return key;
    }

    private void shown(Optional<SearchOutcome> shown, int rows) {
        if (shown.isEmpty()) {
            return;
        }
        String query = shown.get().request().query();
        for (int i = session.size() - 1; i >= 0; i--) {
            Key key = session.get(i);
            if (key.text.equals(query) && key.shown < 0) {
                key.shown = System.nanoTime();
                key.applyStart = applyStart;
                key.rows = rows;
                toPaint.add(key);
                shownInApply = true;
                return;
            }
        }
    }

    private void afterLayout() {
        long now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - pulseCpuStart;
        long cpuStart = pulseCpuStart;
        Pulse pulse = new Pulse(mode, pulseStart, now, cpu, pendingApply);
        pendingApply = -1;
        if (pulse.mode != Mode.IDLE) {
            pulses.add(pulse);
        }
        List<Key> painted = List.copyOf(toPaint);
        toPaint.clear();
        painted.forEach(key -> key.painted = now);
        // Posted now, run once this pulse has also synchronised the scene graph to the renderer.
        Platform.runLater(() -> {
            long end = System.nanoTime();
            pulse.end = end;
            pulse.wholeCpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            painted.forEach(key -> key.pulseEnd = end);
        });
    }

    @Override
    public void computed(String description, long nanos, boolean answered) {
        if (answered) {
            computeNanos.put(mode + " " + description, nanos);
        }
    }

    @Override
    public void applying() {
        shownInApply = false;
        applyStart = System.nanoTime();
        applyCpuStart = threads.getCurrentThreadCpuTime();
    }

    @Override
    public void applied() {
        long end = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - applyCpuStart;
        for (Key key : toPaint) {
            key.applyEnd = end;
        }
        if (!shownInApply) {
            return;
        }
        pendingApply = end - applyStart;
        if (mode != Mode.IDLE) {
            applies.add(new Apply(mode, end - applyStart, cpu));
        }
    }

    @Override
    public void failed(String description, Throwable error) {
        failures.add(mode + " " + description + ": " + error);
    }
}
