package org.briefingreader.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.Map;
import java.util.PriorityQueue;
import org.briefingreader.domain.SearchResults;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every hit counted, per briefing and per section kind, read from doc values.
 *
 * <p>Counting is by ordinal into an {@code int[]} per segment, turned into strings once per segment, so it costs a
 * few array increments per hit: cheap enough to run over all hits of every search, with no cap.
 *
 * @param total            all hits
 * @param byBriefing       hits per briefing id, for the briefings with the most hits (at most
 *                         {@link SearchResults#MAX_BRIEFING_COUNTS}; ties by id)
 * @param briefingsMatched briefings with any hit
 * @param byKind           hits per kind label (units without a kind are not counted)
 */
record HitCounts(long total, Map<String, Long> byBriefing, long briefingsMatched, Map<String, Long> byKind) {

    /** Collects {@link HitCounts}, alone or beside the top-hits collector. */
    static final class Manager implements CollectorManager<Counter, HitCounts> {
        @Override
        public Counter newCollector() {
            return new Counter();
        }

        @Override
        public HitCounts reduce(Collection<Counter> collectors) throws IOException {
            long total = 0;
            Map<String, Long> byBriefing = new HashMap<>();
            Map<String, Long> byKind = new HashMap<>();
            for (Counter counter : collectors) {
                counter.flush();
                total += counter.total;
                counter.byBriefing.forEach((k, v) -> byBriefing.merge(k, v, Long::sum));
                counter.byKind.forEach((k, v) -> byKind.merge(k, v, Long::sum));
            }
            return new HitCounts(total, top(byBriefing), byBriefing.size(), byKind);
        }
    }

    /** The briefings with the most hits, ties by id: a search matching every briefing names 100, not 23,000. */
    private static Map<String, Long> top(Map<String, Long> all) {
        if (all.size() <= SearchResults.MAX_BRIEFING_COUNTS) {
            return all;
        }
        PriorityQueue<Map.Entry<String, Long>> best = new PriorityQueue<>(MOST_HITS.reversed());
        for (Map.Entry<String, Long> entry : all.entrySet()) {
            best.add(entry);
            if (best.size() > SearchResults.MAX_BRIEFING_COUNTS) {
                best.poll();
            }
        }
        Map<String, Long> top = new HashMap<>();
        best.forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static final Comparator<Map.Entry<String, Long>> MOST_HITS =
            Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey);

    /** One collector: counts ordinals of the current segment, adds them up by value when the segment ends. */
    static final class Counter extends SimpleCollector {
        private long total;
        private final Map<String, Long> byBriefing = new HashMap<>();
        private final Map<String, Long> byKind = new HashMap<>();
        private SortedDocValues briefings;
        private SortedDocValues kinds;
        private int[] briefingCounts = new int[0];
        private int[] kindCounts = new int[0];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            briefings = DocValues.getSorted(context.reader(), IndexSchema.BRIEFING_ID);
            kinds = DocValues.getSorted(context.reader(), IndexSchema.KIND);
            briefingCounts = new int[briefings.getValueCount()];
            kindCounts = new int[kinds.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            if (briefings.advanceExact(doc)) {
                briefingCounts[briefings.ordValue()]++;
            }
            if (kinds.advanceExact(doc)) {
                kindCounts[kinds.ordValue()]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void flush() throws IOException {
            addUp(briefings, briefingCounts, byBriefing);
            addUp(kinds, kindCounts, byKind);
            briefingCounts = new int[0];
            kindCounts = new int[0];
        }

        private static void addUp(SortedDocValues values, int[] counts, Map<String, Long> into) throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                }
            }
        }
    }
}
