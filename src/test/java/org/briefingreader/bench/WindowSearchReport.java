package org.briefingreader.bench;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.briefingreader.bench.WindowProbe.Key;
import org.briefingreader.bench.WindowProbe.Mode;
import org.briefingreader.bench.WindowProbe.Pulse;

/** The figures of one window search benchmark run and their Markdown report. */
final class WindowSearchReport {
    static final double P99_GOAL_MS = 100;
    static final double PULSE_GOAL_MS = 16;

    Instant started;
    Instant measuredFrom;
    Instant finished;
    String loadBefore;
    String loadAtTyping;
    String loadAfterTyping;
    String loadAfter;
    BenchmarkLibrary library;
    List<String> queries;
    boolean boxFocused;
    WindowProbe probe;
    int mismatches;
    WindowSearchBenchmark.BareTimes bare;
    FxThreadSampler sampler;
    String gc = "not recorded";

    private final StringBuilder md = new StringBuilder();

    String markdown() {
        md.setLength(0);
        line("# Search in the window: keystroke to results painted");
        line("");
        line("Command: `mvn -B -q test-compile exec:exec -Dbench=WindowSearchBenchmark` (headless: Monocle, software "
                + "rendering; -Xmx3g). Started " + started + ", typing measured from " + measuredFrom + ", finished "
                + finished + ".");
        line("");
        line("Machine: " + Machine.cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores; "
                + Machine.java() + ". Load average (1, 5, 15 min) before: " + loadBefore + "; when typing began: "
                + loadAtTyping + "; when it ended: " + loadAfterTyping + "; at the end: " + loadAfter + ".");
        line("");
        line(String.format(Locale.ROOT, "Library: the benchmark index (%,d briefings, %,d units, %s). %d queries of "
                + "`queries.txt` (every %s one in file order, so every category is in), typed a key every %d ms "
                + "(%,d keys per mode) after %d warm-up queries in each mode; box focused: %s; keys whose text did not "
                + "reach the box: %d.", library.briefings(), library.units(), library.built()
                ? String.format(Locale.ROOT, "built by this run in %.0f s", library.seconds()) : "reused from an earlier run",
                queries.size(), "200/" + queries.size(), WindowSearchBenchmark.PACE_MS,
                keys(Mode.SEARCH).size(), WindowSearchBenchmark.WARM_UPS, boxFocused, mismatches));
        latency();
        decomposition();
        bare();
        pulses();
        goals();
        profile();
        slowest();
        if (!probe.failures.isEmpty()) {
            section("Searches that failed");
            probe.failures.stream().limit(20).forEach(f -> line("- " + f));
        }
        return md.toString();
    }

    private List<Key> keys(Mode mode) {
        return probe.keys.stream().filter(k -> k.mode == mode).toList();
    }

    private List<Key> painted(Mode mode) {
        return keys(mode).stream().filter(k -> k.painted >= 0).toList();
    }

    private void latency() {
        section("Keystroke to results painted");
        line("From the key's delivery to the box (System.nanoTime on the FX thread just before KEY_PRESSED, KEY_TYPED "
                + "and KEY_RELEASED are fired at the box) to the post-layout listener of the first pulse after the "
                + "answer for exactly that text was applied (rows, chips, completions set); \"to pulse end\" waits "
                + "further for the same pulse to hand the scene to the renderer (a runLater posted from the listener). "
                + "The typing pause of " + org.briefingreader.ui.search.SearchViewModel.TYPING_PAUSE.toMillis()
                + " ms is inside every figure. Overtaken: a newer key came before the key's answer was shown.");
        line("");
        line("| search | keys | painted | overtaken | never answered | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) "
                + "| p50 to pulse end | p99 to pulse end |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Mode mode : List.of(Mode.SEARCH, Mode.BASELINE)) {
            List<Key> all = keys(mode);
            List<Key> painted = painted(mode);
            long overtaken = all.stream().filter(k -> k.painted < 0 && !k.last).count();
            long unanswered = all.stream().filter(k -> k.painted < 0 && k.last).count();
            Latencies l = of(painted, k -> k.painted - k.delivered);
            Latencies end = of(painted.stream().filter(k -> k.pulseEnd >= 0).toList(), k -> k.pulseEnd - k.delivered);
            line(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %.1f | %.1f | **%.1f** | %.1f | %.1f | %.1f |",
                    label(mode), all.size(), painted.size(), overtaken, unanswered, l.p50Ms(), l.percentileMs(0.9),
                    l.p99Ms(), l.maxMs(), end.p50Ms(), end.p99Ms()));
        }
    }

    private void decomposition() {
        section("Where a painted keystroke's time goes");
        line("Per painted key: key to the answer's callback starting on the FX thread (typing pause on the FX timer, "
                + "queue, the search on its worker thread, hand-over); of which the worker's search itself; the callback "
                + "(`SearchViewModel.show`: rows, completions, status, chips); callback end to the post-layout "
                + "listener (waiting for the next pulse, then its CSS and layout, where the list's cells are built).");
        line("");
        line("| search | part | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |");
        line("|---|---|---:|---:|---:|---:|");
        for (Mode mode : List.of(Mode.SEARCH, Mode.BASELINE)) {
            List<Key> painted = painted(mode).stream().filter(k -> k.applyStart >= 0 && k.applyEnd >= 0).toList();
            row(mode, "key to callback start", of(painted, k -> k.applyStart - k.delivered));
            List<Key> computed = painted.stream()
                    .filter(k -> probe.computeNanos.containsKey(mode + " search for " + k.text)).toList();
            row(mode, "of which the search (worker thread)", of(computed,
                    k -> probe.computeNanos.get(mode + " search for " + k.text)));
            row(mode, "callback on the FX thread", of(painted, k -> k.applyEnd - k.applyStart));
            row(mode, "callback end to post-layout", of(painted, k -> k.painted - k.applyEnd));
        }
    }

    private void bare() {
        section("The same searches on the service directly");
        Latencies bare = Latencies.of(this.bare.outcome());
        long[] bareNanos = this.bare.outcome();
        Latencies window = of(painted(Mode.SEARCH), k -> k.painted - k.delivered);
        Latencies floor = of(painted(Mode.BASELINE), k -> k.painted - k.delivered);
        line(String.format(Locale.ROOT, "Every typed prefix of the %d queries (%,d texts) through the work the window "
                + "does off the FX thread (`SearchOutcome.of`: page of %d hits, kind counts, did-you-mean when nothing "
                + "is found, %d completions), on the same service in the same JVM after the typing, %d passes pooled: "
                + "%,d samples, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms.", queries.size(),
                bareNanos.length / WindowSearchBenchmark.BARE_PASSES,
                org.briefingreader.ui.search.SearchOutcome.PAGE, org.briefingreader.ui.search.SearchOutcome.SUGGESTIONS,
                WindowSearchBenchmark.BARE_PASSES, bare.count(), bare.p50Ms(), bare.percentileMs(0.9), bare.p99Ms(),
                bare.maxMs()));
        line("");
        line(String.format(Locale.ROOT, "Window over bare service: p50 %.1fx, p99 %.1fx. Without the window's own floor "
                + "(the baseline's latency with a search that costs nothing: typing pause, pulses): p50 %.1f ms over "
                + "the floor against %.2f ms of bare search (%.1fx), p99 %.1f ms against %.2f ms (%.1fx).",
                window.p50Ms() / bare.p50Ms(), window.p99Ms() / bare.p99Ms(), window.p50Ms() - floor.p50Ms(),
                bare.p50Ms(), (window.p50Ms() - floor.p50Ms()) / bare.p50Ms(), window.p99Ms() - floor.p99Ms(),
                bare.p99Ms(), (window.p99Ms() - floor.p99Ms()) / bare.p99Ms()));
        line("");
        line("Its parts, each timed alone right after it on the same text:");
        line("");
        line("| work | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |");
        line("|---|---:|---:|---:|---:|");
        bareRow("`SearchOutcome.of` (what the window runs)", bare);
        bareRow("`search(text, ..., 0, " + org.briefingreader.ui.search.SearchOutcome.PAGE + ")` alone",
                Latencies.of(this.bare.page()));
        bareRow("`search(text, ..., 0, " + WindowSearchBenchmark.SMALL_PAGE + ")` alone (SearchBenchmark's page)",
                Latencies.of(this.bare.smallPage()));
        bareRow("`suggest(text, " + org.briefingreader.ui.search.SearchOutcome.SUGGESTIONS + ")` alone",
                Latencies.of(this.bare.suggest()));
    }

    private void bareRow(String work, Latencies l) {
        line(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |", work, l.p50Ms(), l.percentileMs(0.9),
                l.p99Ms(), l.maxMs()));
    }

    private void pulses() {
        section("Pulses on the FX thread");
        line("Every pulse of the window's scene while a query was typed and answered (until 250 ms after its "
                + "last answer was painted): CSS and layout (pre-layout to post-layout listener), the whole pulse "
                + "(pre-layout listener to a runLater posted from the post-layout listener, so it includes handing the "
                + "scene to the renderer and waiting for it to finish the frame before), with the FX thread's CPU time "
                + "in each (waiting costs none; wall time above CPU time is waiting, or other processes holding the "
                + "cores, or GC). Garbage collection while typing was measured: " + gc + ". \"After an answer\": the "
                + "first pulse after a search answer was applied. Busy span: the callback plus that pulse.");
        line("");
        line("| search | pulses | which | CSS+layout p50 (ms) | p99 | max | CPU max | whole pulse p99 (ms) | max "
                + "| CPU max | whole pulses over 16 ms | whole pulses with over 16 ms CPU |");
        line("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Mode mode : List.of(Mode.SEARCH, Mode.BASELINE)) {
            pulseRow(mode, "all", p -> true);
            pulseRow(mode, "after an answer", Pulse::afterApply);
            pulseRow(mode, "others", p -> !p.afterApply());
        }
        line("");
        line("| search | answers applied | callback p50 (ms) | p99 | max | callback CPU max (ms) | busy span p50 (ms) | "
                + "p99 | max |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Mode mode : List.of(Mode.SEARCH, Mode.BASELINE)) {
            List<WindowProbe.Apply> applies = List.copyOf(probe.applies).stream().filter(a -> a.mode() == mode).toList();
            Latencies wall = Latencies.of(applies.stream().mapToLong(WindowProbe.Apply::nanos).toArray());
            Latencies cpu = Latencies.of(applies.stream().mapToLong(WindowProbe.Apply::cpuNanos).toArray());
            Latencies busy = pulses(mode, Pulse::afterApply, p -> p.afterApplyNanos + (p.end - p.start));
            line(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |", label(mode),
                    applies.size(), wall.p50Ms(), wall.p99Ms(), wall.maxMs(), cpu.maxMs(), busy.p50Ms(), busy.p99Ms(),
                    busy.maxMs()));
        }
    }

    private void pulseRow(Mode mode, String which, Predicate<Pulse> filter) {
        List<Pulse> chosen = finished(mode, filter);
        Latencies layout = Latencies.of(chosen.stream().mapToLong(p -> p.layoutEnd - p.start).toArray());
        Latencies whole = Latencies.of(chosen.stream().mapToLong(p -> p.end - p.start).toArray());
        Latencies cpu = Latencies.of(chosen.stream().mapToLong(p -> p.cpuNanos).toArray());
        Latencies wholeCpu = Latencies.of(chosen.stream().mapToLong(p -> p.wholeCpuNanos).toArray());
        long over = chosen.stream().filter(p -> p.end - p.start > PULSE_GOAL_MS * 1e6).count();
        long overCpu = chosen.stream().filter(p -> p.wholeCpuNanos > PULSE_GOAL_MS * 1e6).count();
        line(String.format(Locale.ROOT, "| %s | %,d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %,d | %,d |",
                label(mode), chosen.size(), which, layout.p50Ms(), layout.p99Ms(), layout.maxMs(), cpu.maxMs(),
                whole.p99Ms(), whole.maxMs(), wholeCpu.maxMs(), over, overCpu));
    }

    private List<Pulse> finished(Mode mode, Predicate<Pulse> filter) {
        synchronized (probe.pulses) {
            return probe.pulses.stream().filter(p -> p.mode == mode && p.end >= 0).filter(filter).toList();
        }
    }

    private Latencies pulses(Mode mode, Predicate<Pulse> filter, ToLongFunction<Pulse> value) {
        return Latencies.of(finished(mode, filter).stream().mapToLong(value).toArray());
    }

    private void goals() {
        section("Goals");
        Latencies window = of(painted(Mode.SEARCH), k -> k.painted - k.delivered);
        List<Pulse> after = finished(Mode.SEARCH, Pulse::afterApply);
        double worstPulse = after.stream().mapToLong(p -> p.end - p.start).max().orElse(0) / 1e6;
        long overPulses = after.stream().filter(p -> p.end - p.start > PULSE_GOAL_MS * 1e6).count();
        double worstBusy = after.stream().mapToLong(p -> p.afterApplyNanos + p.end - p.start).max().orElse(0) / 1e6;
        line(String.format(Locale.ROOT, "- p99 keystroke to results painted under %.0f ms: %.1f ms, %s.", P99_GOAL_MS,
                window.p99Ms(), window.p99Ms() < P99_GOAL_MS ? "**met**" : "**missed**"));
        line(String.format(Locale.ROOT, "- no pulse over %.0f ms caused by search (the pulse after an answer): longest "
                + "%.2f ms, %d of %,d over, %s; longest busy span (callback + that pulse) %.2f ms.", PULSE_GOAL_MS,
                worstPulse, overPulses, after.size(), overPulses == 0 ? "**met**" : "**missed**", worstBusy));
    }

    private void profile() {
        section("Where the FX thread's time goes, searching the library");
        line("A further pass, not timed: the first " + WindowSearchBenchmark.PROFILED + " queries typed again searching "
                + "the library while a sampler reads the FX thread's stack every millisecond; each sample in a pulse "
                + "or in a search callback is counted under the first step listed that is on its stack (safepoint-"
                + "biased, rough; " + sampler.idle() + " samples found the thread elsewhere, mostly idle).");
        line("");
        line("| step | samples in pulses | samples in callbacks |");
        line("|---|---:|---:|");
        Map<String, Integer> pulse = sampler.shares(true);
        Map<String, Integer> callback = sampler.shares(false);
        java.util.LinkedHashSet<String> steps = new java.util.LinkedHashSet<>(pulse.keySet());
        steps.addAll(callback.keySet());
        for (String step : steps) {
            line(String.format(Locale.ROOT, "| %s | %,d | %,d |", step, pulse.getOrDefault(step, 0),
                    callback.getOrDefault(step, 0)));
        }
    }

    private void slowest() {
        section("Slowest painted keystrokes, searching the library");
        line("| typed | rows | key to painted (ms) | search (ms) | callback (ms) | callback end to post-layout (ms) |");
        line("|---|---:|---:|---:|---:|---:|");
        painted(Mode.SEARCH).stream().sorted(Comparator.comparingLong((Key k) -> k.painted - k.delivered).reversed())
                .limit(12).forEach(k -> line(String.format(Locale.ROOT, "| `%s` | %,d | %.1f | %.1f | %.2f | %.1f |",
                        k.text.replace("|", "\\|"), k.rows, (k.painted - k.delivered) / 1e6,
                        probe.computeNanos.getOrDefault("SEARCH search for " + k.text, -1_000_000L) / 1e6,
                        (k.applyEnd - k.applyStart) / 1e6, (k.painted - k.applyEnd) / 1e6)));
    }

    private void row(Mode mode, String part, Latencies l) {
        line(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f |", label(mode), part, l.p50Ms(),
                l.percentileMs(0.9), l.p99Ms(), l.maxMs()));
    }

    private static Latencies of(List<Key> keys, ToLongFunction<Key> value) {
        long[] nanos = keys.stream().mapToLong(value).toArray();
        return Latencies.of(nanos.length == 0 ? new long[] {0} : nanos);
    }

    private static String label(Mode mode) {
        return mode == Mode.SEARCH ? "library" : "empty index (baseline)";
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
