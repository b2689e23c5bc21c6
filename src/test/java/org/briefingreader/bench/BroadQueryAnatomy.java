package org.briefingreader.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.briefingreader.search.IndexSchema;

/**
 * Where a broad query's time goes, rebuilt step by step from public Lucene calls on the product's index.
 *
 * <p>The query is what {@code NOT dividend} becomes (every unit without the word: about 140,000 hits). Each step
 * adds one thing, so the differences are the cost of each: top 20 by score alone (what bare Lucene does: it stops
 * counting at 1,000 hits), visiting every hit for an exact total, counting every hit per briefing and kind by
 * doc-value lookups (as the product did before it kept ordinals in arrays per segment), and the earlier product's way: ties broken
 * by the briefing id string, counts turned into maps keyed by id and copied immutably. Highlighting and stored
 * fields for the 20 hits come after and are not included.
 */
final class BroadQueryAnatomy {
    static final int WARM_UPS = 10;
    static final int RUNS = 30;
    /** The earlier product's order: score, then the briefing id (the tie-break that made broad queries slow). */
    private static final Sort BY_ID = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexSchema.BRIEFING_ID, SortField.Type.STRING));

    private BroadQueryAnatomy() {
    }

    /** Step name to its median milliseconds, in order. */
    static Map<String, Double> run(IndexSearcher searcher) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.TEXT, "dividend")), Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_UNIT)), Occur.FILTER)
                .build();
        Map<String, Double> steps = new LinkedHashMap<>();
        steps.put("top 20 by score (bare)", median(() -> searcher.search(query, 20)));
        steps.put("top 20 by score, every hit visited (exact total)", median(() ->
                searcher.search(query, new TopScoreDocCollectorManager(20, Integer.MAX_VALUE))));
        steps.put("+ count per briefing and kind, doc-value lookups per hit (before SegmentOrdinals)", median(() ->
                searcher.search(query, new MultiCollectorManager(new TopScoreDocCollectorManager(20, 20),
                        new Counts(false)))));
        steps.put("earlier: ties by briefing id string, counts as maps by id, copied", median(() ->
                searcher.search(query, new MultiCollectorManager(new TopFieldCollectorManager(BY_ID, 20, 20),
                        new Counts(true)))));
        steps.put("total hits", (double) searcher.count(query));
        return steps;
    }

    @FunctionalInterface
    private interface Step {
        Object run() throws IOException;
    }

    private static double median(Step step) throws IOException {
        for (int i = 0; i < WARM_UPS; i++) {
            step.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            step.run();
            nanos[i] = System.nanoTime() - start;
        }
        return Latencies.of(nanos).p50Ms();
    }

    /** Counts hits per briefing and kind ordinal; optionally resolves them to ids in maps, as the product does. */
    private static final class Counts implements CollectorManager<Counts.Counter, Object> {
        private final boolean asMaps;

        Counts(boolean asMaps) {
            this.asMaps = asMaps;
        }

        @Override
        public Counter newCollector() {
            return new Counter();
        }

        @Override
        public Object reduce(Collection<Counter> collectors) throws IOException {
            Map<String, Long> byBriefing = new HashMap<>();
            Map<String, Long> byKind = new HashMap<>();
            for (Counter counter : collectors) {
                counter.flush(byBriefing, byKind);
            }
            return asMaps ? List.of(Map.copyOf(byBriefing), Map.copyOf(byKind)) : List.of();
        }

        private final class Counter extends SimpleCollector {
            private final List<Object[]> segments = new ArrayList<>();
            private SortedDocValues briefings;
            private SortedDocValues kinds;
            private int[] briefingCounts;
            private int[] kindCounts;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                briefings = DocValues.getSorted(context.reader(), IndexSchema.BRIEFING_ID);
                kinds = DocValues.getSorted(context.reader(), IndexSchema.KIND);
                briefingCounts = new int[briefings.getValueCount()];
                kindCounts = new int[kinds.getValueCount()];
                segments.add(new Object[] {briefings, briefingCounts, kinds, kindCounts});
            }

            @Override
            public void collect(int doc) throws IOException {
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

            void flush(Map<String, Long> byBriefing, Map<String, Long> byKind) throws IOException {
                if (!asMaps) {
                    return;
                }
                for (Object[] segment : segments) {
                    addUp((SortedDocValues) segment[0], (int[]) segment[1], byBriefing);
                    addUp((SortedDocValues) segment[2], (int[]) segment[3], byKind);
                }
            }

            private void addUp(SortedDocValues values, int[] counts, Map<String, Long> into) throws IOException {
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        into.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                    }
                }
            }
        }
    }
}
