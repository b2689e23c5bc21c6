package org.briefingreader.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingreader.app.SearchService;
import org.briefingreader.domain.query.QueryParser;

/**
 * Times every typed query on the product's search and on the bare baseline, on the same index.
 *
 * <p>{@link #WARM_UP_PASSES} passes run every query on both; then {@link #PASSES} measured passes run every query
 * on both, alternating which goes first from one query to the next so neither always finds the caches warmed by
 * the other. The percentiles pool all measured passes (each query counts {@link #PASSES} times). Then, outside
 * the measurements: the parser alone, and one more pass of the product's search under the {@link StackSampler}.
 */
final class LatencyRuns {
    static final int WARM_UP_PASSES = 2;
    static final int PASSES = 3;
    static final int PAGE = 20;
    /** A typed query matching at least this many units is "broad": its cost is counting and sorting them all. */
    static final long BROAD = 10_000;

    /** A slow typed query, with both engines' median times over the passes and how many units ours matched. */
    record Slow(String query, double oursMs, double bareMs, long total) {
    }

    /** Where ours spent its time on one group of typed queries. */
    record Profile(String group, int samples, Map<String, Integer> steps, List<Map.Entry<String, Integer>> hottest) {
    }

    /** Both engines over one group of typed queries. */
    record Pair(String group, Latencies ours, Latencies bare) {
        double p50Ratio() {
            return ours.p50Ms() / bare.p50Ms();
        }

        double p99Ratio() {
            return ours.p99Ms() / bare.p99Ms();
        }
    }

    /**
     * Everything measured.
     *
     * @param all        every typed query
     * @param full       the 200 queries as finally typed
     * @param bothFound  typed queries both engines found something for (bare finds nothing for what it cannot
     *                   express, such as {@code source:}, dates or a lone {@code -word}, and is fast at it)
     * @param broad      typed queries ours matched at least {@link #BROAD} units for
     * @param narrow     the others
     * @param byCategory every typed query, by the category of the query it is a prefix of
     */
    record Result(int typed, Pair all, Pair full, Pair bothFound, Pair broad, Pair narrow, List<Pair> byCategory,
            double[] oursPassP99, double[] barePassP99, Latencies parseOnly, int oursFound, int bareFound,
            int bareUnparsable, List<String> errors, List<Slow> slowestOurs, List<Slow> slowestBare,
            List<Profile> profiles) {
    }

    private LatencyRuns() {
    }

    static Result run(SearchService service, BareSearch bare, List<QueryLog.Entry> queries)
            throws IOException, InterruptedException {
        List<String> typed = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        boolean[] full = new boolean[QueryLog.keystrokes(QueryLog.texts(queries)).size()];
        for (QueryLog.Entry query : queries) {
            for (String prefix : QueryLog.keystrokes(List.of(query.text()))) {
                typed.add(prefix);
                categories.add(query.category());
            }
            full[typed.size() - 1] = true;
        }
        int n = typed.size();
        List<String> errors = new ArrayList<>();
        boolean[] oursFound = new boolean[n];
        boolean[] bareFound = new boolean[n];
        long[] totals = new long[n];
        int unparsable = 0;
        for (int i = 0; i < n; i++) {
            totals[i] = ours(service, typed.get(i), errors);
            oursFound[i] = totals[i] > 0;
            bareFound[i] = bare.run(typed.get(i)) > 0;
            unparsable += bare.parses(typed.get(i)) ? 0 : 1;
        }
        for (int pass = 1; pass < WARM_UP_PASSES; pass++) {
            for (String text : typed) {
                ours(service, text, errors);
                bare.run(text);
            }
        }
        long[][] oursNanos = new long[PASSES][n];
        long[][] bareNanos = new long[PASSES][n];
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < n; i++) {
                String text = typed.get(i);
                boolean oursFirst = (i + pass) % 2 == 0;
                if (!oursFirst) {
                    bareNanos[pass][i] = timeBare(bare, text);
                }
                long start = System.nanoTime();
                ours(service, text, errors);
                oursNanos[pass][i] = System.nanoTime() - start;
                if (oursFirst) {
                    bareNanos[pass][i] = timeBare(bare, text);
                }
            }
        }
        long[] parse = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            QueryParser.parse(typed.get(i));
            parse[i] = System.nanoTime() - start;
        }
        boolean[] both = new boolean[n];
        boolean[] broad = new boolean[n];
        boolean[] narrow = new boolean[n];
        for (int i = 0; i < n; i++) {
            both[i] = oursFound[i] && bareFound[i];
            broad[i] = totals[i] >= BROAD;
            narrow[i] = !broad[i];
        }
        List<Profile> profiles = List.of(profile("broad (>= " + BROAD + " hits)", service, typed, broad, errors),
                profile("narrow", service, typed, narrow, errors));
        List<Pair> byCategory = new ArrayList<>();
        for (String category : queries.stream().map(QueryLog.Entry::category).distinct().toList()) {
            boolean[] in = new boolean[n];
            for (int i = 0; i < n; i++) {
                in[i] = categories.get(i).equals(category);
            }
            byCategory.add(pair(category, oursNanos, bareNanos, in));
        }
        return new Result(n, pair("all typed", oursNanos, bareNanos, null),
                pair("200 full queries", oursNanos, bareNanos, full),
                pair("typed, both found hits", oursNanos, bareNanos, both),
                pair("typed, ours >= " + BROAD + " hits", oursNanos, bareNanos, broad),
                pair("typed, ours < " + BROAD + " hits", oursNanos, bareNanos, narrow), byCategory,
                passP99(oursNanos), passP99(bareNanos), Latencies.of(parse), count(oursFound), count(bareFound),
                unparsable, List.copyOf(errors.subList(0, Math.min(errors.size(), 10))),
                slowest(typed, totals, oursNanos, bareNanos, true, 12),
                slowest(typed, totals, oursNanos, bareNanos, false, 8), profiles);
    }

    /** One more pass of ours over the {@code only} queries under the stack sampler. */
    private static Profile profile(String group, SearchService service, List<String> typed, boolean[] only,
            List<String> errors) throws IOException, InterruptedException {
        StackSampler sampler = new StackSampler(Thread.currentThread());
        try {
            for (int i = 0; i < typed.size(); i++) {
                if (only[i]) {
                    ours(service, typed.get(i), errors);
                }
            }
        } finally {
            sampler.stop();
        }
        return new Profile(group, sampler.samples(), sampler.steps(), sampler.hottest(10));
    }

    /** Runs one query through the product: its total hits; a failure is recorded (it would be a bug), not thrown. */
    private static long ours(SearchService service, String text, List<String> errors) throws IOException {
        try {
            return service.search(text, Optional.empty(), 0, PAGE).total();
        } catch (RuntimeException e) {
            errors.add("'" + text + "': " + e);
            return 0;
        }
    }

    private static long timeBare(BareSearch bare, String text) throws IOException {
        long start = System.nanoTime();
        bare.run(text);
        return System.nanoTime() - start;
    }

    private static Pair pair(String group, long[][] ours, long[][] bare, boolean[] only) {
        return new Pair(group, pooled(ours, only), pooled(bare, only));
    }

    private static Latencies pooled(long[][] nanos, boolean[] only) {
        List<Long> all = new ArrayList<>();
        for (long[] pass : nanos) {
            for (int i = 0; i < pass.length; i++) {
                if (only == null || only[i]) {
                    all.add(pass[i]);
                }
            }
        }
        return Latencies.of(all.stream().mapToLong(Long::longValue).toArray());
    }

    private static double[] passP99(long[][] nanos) {
        double[] p99 = new double[nanos.length];
        for (int pass = 0; pass < nanos.length; pass++) {
            p99[pass] = Latencies.of(nanos[pass]).p99Ms();
        }
        return p99;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    /** The typed queries slowest by their median time over the passes (one GC pause does not count). */
    private static List<Slow> slowest(List<String> typed, long[] totals, long[][] ours, long[][] bare, boolean byOurs,
            int count) {
        List<Slow> all = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            all.add(new Slow(typed.get(i), median(ours, i) / 1e6, median(bare, i) / 1e6, totals[i]));
        }
        all.sort(Comparator.comparingDouble(byOurs ? Slow::oursMs : Slow::bareMs).reversed());
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    private static long median(long[][] nanos, int i) {
        long[] values = new long[nanos.length];
        for (int pass = 0; pass < nanos.length; pass++) {
            values[pass] = nanos[pass][i];
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }
}
