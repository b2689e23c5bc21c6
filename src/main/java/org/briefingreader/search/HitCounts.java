package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.briefingreader.domain.SearchResults;

/**
 * Every hit counted, per briefing and per section kind, read from doc values.
 *
 * <p>Counting is by ordinal into an {@code int[]} per segment, the ordinals read from {@link SegmentOrdinals}. A briefing's documents are added as one block, so
 * they always sit in one segment: its count is one array cell, never a sum across segments. So the briefings with
 * the most hits are chosen on the arrays, and only those {@link SearchResults#MAX_BRIEFING_COUNTS} ordinals are
 * turned into ids: a search matching every one of 23,000 briefings builds 100 strings, not 23,000.
 *
 * @param total            all hits
 * @param byBriefing       hits per briefing id, for the briefings with the most hits (at most
 *                         {@link SearchResults#MAX_BRIEFING_COUNTS}; equal counts in index order)
 * @param briefingsMatched briefings with any hit
 * @param byKind           hits per kind label (units without a kind are not counted)
 * @param firstDocs        the first hits in index order (as many as asked for, top-level doc ids): the ranking of
 *                         a query that only filters, where every hit scores the same
 */
record HitCounts(long total, Map<String, Long> byBriefing, long briefingsMatched, Map<String, Long> byKind,
        int[] firstDocs) {

    /** Collects {@link HitCounts}, alone or beside the top-hits collector. */
    static final class Manager implements CollectorManager<Counter, HitCounts> {
        private final int keep;

        /** Counts, and keeps the first {@code keep} hits in index order. */
        Manager(int keep) {
            this.keep = keep;
        }

        @Override
        public Counter newCollector() {
            return new Counter(keep);
        }

        @Override
        public HitCounts reduce(Collection<Counter> collectors) throws IOException {
            long total = 0;
            long matched = 0;
            Map<String, Long> byKind = new HashMap<>();
            // Fewest hits (then latest in index order) at the head, so the head is what a better cell pushes out.
            PriorityQueue<Cell> best = new PriorityQueue<>(Comparator.comparingInt(Cell::count)
                    .thenComparing(Comparator.comparingInt(Cell::segment).thenComparingInt(Cell::ord).reversed()));
            int segment = 0;
            for (Counter counter : collectors) {
                counter.flush();
                total += counter.total;
                counter.byKind.forEach((k, v) -> byKind.merge(k, v, Long::sum));
                for (Segment s : counter.segments) {
                    for (int ord = 0; ord < s.counts().length; ord++) {
                        int count = s.counts()[ord];
                        if (count == 0) {
                            continue;
                        }
                        matched++;
                        if (best.size() < SearchResults.MAX_BRIEFING_COUNTS || count > best.peek().count()) {
                            best.add(new Cell(count, segment, ord, s.values()));
                            if (best.size() > SearchResults.MAX_BRIEFING_COUNTS) {
                                best.poll();
                            }
                        }
                    }
                    segment++;
                }
            }
            Map<String, Long> byBriefing = new HashMap<>();
            for (Cell cell : best) {
                byBriefing.put(cell.values().lookupOrd(cell.ord()).utf8ToString(), (long) cell.count());
            }
            int[] first = collectors.stream().flatMapToInt(c -> java.util.Arrays.stream(c.first, 0, c.kept))
                    .sorted().limit(keep).toArray();
            return new HitCounts(total, byBriefing, matched, byKind, first);
        }
    }

    /** One briefing's count: a cell of one segment's array. */
    private record Cell(int count, int segment, int ord, SortedDocValues values) {
    }

    /** The counts of one segment, by ordinal of its briefing-id doc values. */
    private record Segment(SortedDocValues values, int[] counts) {
    }

    /** One collector: counts ordinals of each segment; kinds are added up by label when a segment ends. */
    static final class Counter extends SimpleCollector {
        private final int[] first;
        private int kept;
        private int docBase;
        private long total;
        private final List<Segment> segments = new ArrayList<>();
        private final Map<String, Long> byKind = new HashMap<>();
        private SegmentOrdinals ordinals;
        private SortedDocValues kinds;
        private int[] briefingCounts;
        private int[] kindCounts = new int[0];

        Counter(int keep) {
            this.first = new int[keep];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            docBase = context.docBase;
            ordinals = SegmentOrdinals.of(context);
            kinds = DocValues.getSorted(context.reader(), IndexSchema.KIND);
            briefingCounts = new int[ordinals.briefingCount()];
            segments.add(new Segment(DocValues.getSorted(context.reader(), IndexSchema.BRIEFING_ID), briefingCounts));
            kindCounts = new int[ordinals.kindCount()];
        }

        @Override
        public void collect(int doc) {
            total++;
            if (kept < first.length) {
                first[kept++] = docBase + doc;
            }
            int briefing = ordinals.briefing(doc);
            if (briefing != SegmentOrdinals.NONE) {
                briefingCounts[briefing]++;
            }
            int kind = ordinals.kind(doc);
            if (kind != SegmentOrdinals.NONE) {
                kindCounts[kind]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void flush() throws IOException {
            for (int ord = 0; ord < kindCounts.length; ord++) {
                if (kindCounts[ord] > 0) {
                    byKind.merge(kinds.lookupOrd(ord).utf8ToString(), (long) kindCounts[ord], Long::sum);
                }
            }
            kindCounts = new int[0];
        }
    }
}
