package org.briefingreader.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A poor man's profiler: samples one thread's stack every millisecond and says in which step of a search it was.
 *
 * <p>Only samples taken inside {@code SearchService.search} count. Each is put in the first step, in the order of
 * {@link #STEPS}, with a frame on the stack (a highlighting sample is "highlight" even though Lucene code runs
 * under it), and its top frame is counted as a hot method. Stack sampling stops only at safepoints, so the
 * figures are a rough split, not a precise one.
 */
final class StackSampler {
    /** Step name to the class-name prefix (and optional method) marking it, most specific first. */
    static final List<String[]> STEPS = List.of(
            new String[] {"highlight (HitHighlighter)", "org.briefingreader.search.HitHighlighter", null},
            new String[] {"title: lookup (TitleScope)", "org.briefingreader.search.TitleScope", null},
            new String[] {"translate (QueryTranslator)", "org.briefingreader.search.QueryTranslator", null},
            new String[] {"parse (domain.query)", "org.briefingreader.domain.query.", null},
            new String[] {"stored fields + hits (IndexSearch.page)", "org.briefingreader.search.IndexSearch", "page"},
            new String[] {"count every hit (HitCounts)", "org.briefingreader.search.HitCounts", null},
            new String[] {"copy the counts (SearchResults)", "org.briefingreader.domain.SearchResults", null},
            new String[] {"keep the top 20 (TopFieldCollector)", "org.apache.lucene.search.TopFieldCollector", null},
            new String[] {"match + score (rest of IndexSearcher.search)", "org.apache.lucene.search.IndexSearcher", "search"});

    private final Thread target;
    private final Thread sampler;
    private final Map<String, Integer> steps = new LinkedHashMap<>();
    private final Map<String, Integer> hot = new TreeMap<>();
    private volatile boolean running = true;
    private int samples;

    StackSampler(Thread target) {
        this.target = target;
        for (String[] step : STEPS) {
            steps.put(step[0], 0);
        }
        steps.put("other", 0);
        this.sampler = new Thread(this::loop, "stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void loop() {
        while (running) {
            StackTraceElement[] stack = target.getStackTrace();
            record(stack);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(StackTraceElement[] stack) {
        boolean inSearch = false;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("org.briefingreader.app.SearchService") && frame.getMethodName().equals("search")) {
                inSearch = true;
                break;
            }
        }
        if (!inSearch || stack.length == 0) {
            return;
        }
        samples++;
        hot.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
        for (String[] step : STEPS) {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().startsWith(step[1]) && (step[2] == null || frame.getMethodName().equals(step[2]))) {
                    steps.merge(step[0], 1, Integer::sum);
                    return;
                }
            }
        }
        steps.merge("other", 1, Integer::sum);
    }

    /** Stops sampling and waits for the sampler thread to end. */
    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    synchronized int samples() {
        return samples;
    }

    /** Samples per step, in {@link #STEPS} order, then "other". */
    synchronized Map<String, Integer> steps() {
        return new LinkedHashMap<>(steps);
    }

    /** The {@code n} top frames seen most often, most first. */
    synchronized List<Map.Entry<String, Integer>> hottest(int n) {
        return hot.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }
}
