package org.briefingreader.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The figures of one benchmark run, filled in as they are measured, and their Markdown report. */
final class BenchmarkReport {
    static final double INDEXING_GOAL = 0.7;
    static final double LATENCY_RATIO_GOAL = 1.5;
    static final double P99_GOAL_MS = 16;

    Instant started;
    Instant finished;
    String loadBefore;
    String loadAfter;
    double loadSeconds;
    Corpus corpus;
    IndexingResult indexing;
    LatencyRuns.Result latency;
    Optional<Latencies> suggestions = Optional.empty();
    Map<String, Double> broadAnatomy = Map.of();
    GrepBaseline.Result grep;
    long indexBytes;
    long heapWithCorpus;
    long heapIndexOnly;

    private final StringBuilder md = new StringBuilder();

    String markdown() {
        md.setLength(0);
        line("# Search benchmark");
        line("");
        line("Command: `mvn -B -q test-compile exec:exec` (org.briefingreader.bench.SearchBenchmark, -Xmx3g). "
                + "Started " + started + ", finished " + finished + ".");
        line("");
        line("Machine: " + Machine.cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores; "
                + Machine.java() + ". Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAfter + ".");
        corpus();
        indexing();
        latency();
        broadAnatomy();
        suggestions();
        grep();
        footprint();
        return md.toString();
    }

    private void corpus() {
        Corpus c = corpus;
        section("Corpus");
        line("| | briefings | text units | |");
        line("|---|---:|---:|---|");
        line(String.format(Locale.ROOT, "| Reuters-21578 | %,d | %,d | %,d REUTERS elements; %,d untitled (UNPROC tables) "
                + "skipped; %,d title only (no BODY); body split into paragraphs at indented lines |",
                c.reutersBriefings(), c.reutersUnits(), c.reutersElements(), c.reutersElements() - c.reutersBriefings(),
                c.reutersTitleOnly()));
        line(String.format(Locale.ROOT, "| BBC News | %,d | %,d | read by PlainTextBriefingParser |", c.bbcCount(),
                c.units() - c.reutersUnits()));
        line(String.format(Locale.ROOT, "| total | %,d | %,d | %.1f MB of unit text (UTF-8, MB = 10^6 bytes); loaded in %.1f s |",
                c.briefingCount(), c.units(), c.textBytes() / 1e6, loadSeconds));
    }

    private void indexing() {
        IndexingResult r = indexing;
        double mb = corpus.textBytes() / 1e6;
        section("Indexing throughput");
        line("Every briefing put into a new `LuceneLibraryIndex`, then one commit; against a bare `IndexWriter` fed "
                + "the same unit texts (text + text_exact, same analyzers, field type and writer defaults, no metadata). "
                + "Untimed warm-up: " + SearchBenchmark.INDEX_WARM_UPS + " run(s) of each over the whole corpus (ours "
                + seconds(r.warmUpOurs()) + " s, bare " + seconds(r.warmUpBare()) + " s); then "
                + SearchBenchmark.INDEX_RUNS + " timed runs each, alternating (ours first); medians. Timed: first put "
                + "to end of commit.");
        line("");
        line("| run | ours (s) | bare Lucene (s) |");
        line("|---|---:|---:|");
        for (int i = 0; i < r.oursNanos().length; i++) {
            line(String.format(Locale.ROOT, "| %d | %.2f | %.2f |", i + 1, r.oursNanos()[i] / 1e9, r.bareNanos()[i] / 1e9));
        }
        line("");
        line("| median | seconds | MB/s | units/s |");
        line("|---|---:|---:|---:|");
        line(String.format(Locale.ROOT, "| ours | %.2f | %.2f | %,.0f |", r.oursMedianSeconds(),
                mb / r.oursMedianSeconds(), corpus.units() / r.oursMedianSeconds()));
        line(String.format(Locale.ROOT, "| bare Lucene | %.2f | %.2f | %,.0f |", r.bareMedianSeconds(),
                mb / r.bareMedianSeconds(), corpus.units() / r.bareMedianSeconds()));
        line("");
        line(String.format(Locale.ROOT, "Ratio ours/bare throughput: **%.2f** (goal >= %.1f: %s).", r.ratio(),
                INDEXING_GOAL, met(r.ratio() >= INDEXING_GOAL)));
    }

    private void latency() {
        LatencyRuns.Result r = latency;
        section("Search latency, as typed");
        line(String.format(Locale.ROOT, "The 200 queries of `queries.txt` and every non-blank prefix of each, typed keystroke "
                + "by keystroke: %,d searches. Ours: `SearchService.search(text, Optional.empty(), 0, 20)` (parse, "
                + "translate, rank, count all hits, top 20, stored fields, highlight both text fields). Bare: classic "
                + "QueryParser on `text` (English analyzer, AND, escaped on error) + `IndexSearcher.search(q, 20)` + "
                + "stored text + UnifiedHighlighter offsets of `text`, on the same index folder. %d warm-up passes, then %d "
                + "measured passes alternating which engine runs first per query; percentiles pool the passes.",
                r.typed(), LatencyRuns.WARM_UP_PASSES, LatencyRuns.PASSES));
        line("");
        line("| queries | engine | samples | p50 (ms) | p99 (ms) | max (ms) | mean (ms) |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (LatencyRuns.Pair pair : List.of(r.all(), r.full(), r.bothFound(), r.broad(), r.narrow())) {
            latencyRow(pair.group(), "ours", pair.ours());
            latencyRow(pair.group(), "bare Lucene", pair.bare());
        }
        latencyRow("all typed", "ours: QueryParser.parse only", r.parseOnly());
        line("");
        LatencyRuns.Pair all = r.all();
        line(String.format(Locale.ROOT, "Ratio ours/bare, all typed: p50 **%.2f**, p99 **%.2f** (goal <= %.1f: p50 %s, p99 %s). "
                + "Our p99 %.2f ms: under %.0f ms: %s. Where both engines found hits: p50 %.2f, p99 %.2f. "
                + "Broad queries (ours matched >= %,d units; %,d samples): ours p99 %.2f ms.",
                all.p50Ratio(), all.p99Ratio(), LATENCY_RATIO_GOAL, met(all.p50Ratio() <= LATENCY_RATIO_GOAL),
                met(all.p99Ratio() <= LATENCY_RATIO_GOAL), all.ours().p99Ms(), P99_GOAL_MS,
                met(all.ours().p99Ms() < P99_GOAL_MS), r.bothFound().p50Ratio(), r.bothFound().p99Ratio(),
                LatencyRuns.BROAD, r.broad().ours().count(), r.broad().ours().p99Ms()));
        line("");
        line("p99 of each pass, all typed (ms): ours " + format(r.oursPassP99()) + "; bare " + format(r.barePassP99()) + ".");
        line(String.format(Locale.ROOT, "Typed queries with at least one hit: ours %,d, bare %,d of %,d. Typed texts the "
                + "bare parser cannot read even escaped (it shows nothing): %,d. Product search errors: %d%s.",
                r.oursFound(), r.bareFound(), r.typed(), r.bareUnparsable(), r.errors().size(),
                r.errors().isEmpty() ? "" : " — " + String.join("; ", r.errors())));
        line("");
        line("By the feature the query was written for (all its typed prefixes):");
        line("");
        line("| category | samples | ours p50 | ours p99 | bare p50 | bare p99 | ratio p50 | ratio p99 |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (LatencyRuns.Pair pair : r.byCategory()) {
            line(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |", pair.group(),
                    pair.ours().count(), pair.ours().p50Ms(), pair.ours().p99Ms(), pair.bare().p50Ms(),
                    pair.bare().p99Ms(), pair.p50Ratio(), pair.p99Ratio()));
        }
        slowTable("Slowest typed queries of ours (median of the passes, ms):", r.slowestOurs());
        slowTable("Slowest typed queries of the bare baseline (median of the passes, ms):", r.slowestBare());
        line("");
        line("Where ours spends its time: one more pass of ours per group under a 1 ms stack sampler (samples inside "
                + "SearchService.search; each counted in the first step listed that is on its stack; safepoint-biased, "
                + "rough):");
        line("");
        StringBuilder head = new StringBuilder("| step |");
        StringBuilder rule = new StringBuilder("|---|");
        for (LatencyRuns.Profile profile : r.profiles()) {
            head.append(String.format(Locale.ROOT, " %s, %,d samples |", profile.group(), profile.samples()));
            rule.append("---:|");
        }
        line(head.toString());
        line(rule.toString());
        for (String step : r.profiles().get(0).steps().keySet()) {
            StringBuilder row = new StringBuilder("| " + step + " |");
            for (LatencyRuns.Profile profile : r.profiles()) {
                row.append(String.format(Locale.ROOT, " %.0f%% |", share(profile.steps().get(step), profile.samples())));
            }
            line(row.toString());
        }
        for (LatencyRuns.Profile profile : r.profiles()) {
            line("");
            line("Hottest top frames, " + profile.group() + ": " + String.join(", ", profile.hottest().stream()
                    .map(e -> String.format(Locale.ROOT, "`%s` %.0f%%", e.getKey(), share(e.getValue(), profile.samples())))
                    .toList()) + ".");
        }
    }

    private static double share(int part, int whole) {
        return 100.0 * part / Math.max(1, whole);
    }

    private void slowTable(String title, List<LatencyRuns.Slow> slow) {
        line("");
        line(title);
        line("");
        line("| query | ours | bare | ours' total hits |");
        line("|---|---:|---:|---:|");
        for (LatencyRuns.Slow s : slow) {
            line(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %,d |", s.query().replace("|", "\\|"), s.oursMs(),
                    s.bareMs(), s.total()));
        }
    }

    private void broadAnatomy() {
        section("A broad query, step by step");
        line("`NOT dividend` rebuilt from public Lucene calls on the same index (every unit without the word), adding one "
                + "step of the product's search at a time; median of " + BroadQueryAnatomy.RUNS + " runs after "
                + BroadQueryAnatomy.WARM_UPS + " warm-ups; stored fields and highlighting of the 20 hits not included.");
        line("");
        line("| step | median (ms) |");
        line("|---|---:|");
        broadAnatomy.forEach((step, value) -> line(step.equals("total hits")
                ? String.format(Locale.ROOT, "| %s | %,.0f |", step, value)
                : String.format(Locale.ROOT, "| %s | %.2f |", step, value)));
    }

    private void suggestions() {
        section("Suggestion latency");
        if (suggestions.isEmpty()) {
            line("**Not measured yet**: `LibraryIndex.suggest(typed, limit)` is on another branch. After merging, fill in "
                    + "`SuggestionLatency.suggestCall` (one line); the timing over every typed prefix is in place.");
            return;
        }
        Latencies s = suggestions.get();
        line(String.format(Locale.ROOT, "Every typed prefix, limit %d, after a warm-up pass: %,d samples, p50 %.2f ms, "
                + "p99 **%.2f** ms, max %.2f ms.", SuggestionLatency.LIMIT, s.count(), s.p50Ms(), s.p99Ms(), s.maxMs()));
    }

    private void grep() {
        GrepBaseline.Result g = grep;
        section("grep baseline");
        line(String.format(Locale.ROOT, "Unit texts exported to %,d files (one per briefing, %.1f MB), read once to be "
                + "page-cached; per full query one `grep -F -i -r -l -- WORD DIR` (LC_ALL=C.UTF-8) with WORD the query's "
                + "first plain word (not negated, not an operator, not a source/section/kind/date value; `*` and `~n` "
                + "removed): %,d queries, %,d without such a word skipped; %,d file matches in all. Each process timed "
                + "from start to exit.", g.files(), g.bytes() / 1e6, g.words().size(), g.skipped(), g.matchedFiles()));
        line("");
        Latencies ours = latency.full().ours();
        line("| | p50 (ms) | p99 (ms) | max (ms) |");
        line("|---|---:|---:|---:|");
        line(String.format(Locale.ROOT, "| grep, one word | %.2f | %.2f | %.2f |", g.latencies().p50Ms(),
                g.latencies().p99Ms(), g.latencies().maxMs()));
        line(String.format(Locale.ROOT, "| ours, the 200 full queries | %.2f | %.2f | %.2f |", ours.p50Ms(), ours.p99Ms(),
                ours.maxMs()));
        line("");
        line(String.format(Locale.ROOT, "Ratio ours/grep: p50 %.3f, p99 %.3f (grep is %.0fx slower at the median).",
                ours.p50Ms() / g.latencies().p50Ms(), ours.p99Ms() / g.latencies().p99Ms(),
                g.latencies().p50Ms() / ours.p50Ms()));
    }

    private void footprint() {
        section("Footprint");
        line(String.format(Locale.ROOT, "| index on disk (ours) | %,d bytes (%.1f MB) |", indexBytes, indexBytes / 1e6));
        line("|---|---|");
        line(String.format(Locale.ROOT, "| index on disk (bare, text fields only) | %,d bytes (%.1f MB) |",
                indexing.bareIndexBytes(), indexing.bareIndexBytes() / 1e6));
        line(String.format(Locale.ROOT, "| heap used after System.gc(), index open, corpus still in memory | %.1f MB |",
                heapWithCorpus / 1e6));
        line(String.format(Locale.ROOT, "| heap used after System.gc(), index open, corpus dropped | %.1f MB |",
                heapIndexOnly / 1e6));
    }

    private void latencyRow(String queries, String engine, Latencies l) {
        line(String.format(Locale.ROOT, "| %s | %s | %,d | %.2f | %.2f | %.2f | %.2f |", queries, engine, l.count(),
                l.p50Ms(), l.p99Ms(), l.maxMs(), l.meanMs()));
    }

    private static String seconds(long[] nanos) {
        return String.join(", ", Arrays.stream(nanos).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v / 1e9)).toList());
    }

    private static String format(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
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
