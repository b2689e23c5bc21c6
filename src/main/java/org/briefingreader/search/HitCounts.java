package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.briefingreader.domain.SearchResults;

/**
 * Every hit counted, per briefing and per section kind, read from doc values.
 *
 * <p>Counting is by ordinal into an {@code int[]} per segment, the ordinals read from {@link SegmentOrdinals}. A briefing's documents are added as one block, so
 * they always sit in one segment: its count is one array cell, never a sum across segments. So the briefings with
 * the most hits are chosen on the arrays, and only those {@link SearchResults#MAX_BRIEFING_COUNTS} ordinals are
 * turned into ids: a search matching every one of 23,000 briefings builds 100 strings, not 23,000.
 *
 * <p>Annotation hits count for their briefing too, but their documents are added apart from the briefing's block
 * (a note edited must not reindex the briefing), so they are counted by their own ordinals, turned into ids (few:
 * annotations are a small part of any library), and each added to its briefing's cell, found by id in the segments.
 *
 * @param total            all hits, units and annotations
 * @param byBriefing       hits per briefing id, for the briefings with the most hits (at most
 *                         {@link SearchResults#MAX_BRIEFING_COUNTS}; equal counts in index order)
 * @param briefingsMatched briefings with any hit
 * @param byKind           hits per kind label (units and annotations without a kind are not counted)
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
            Map<String, Long> byKind = new HashMap<>();
            Map<String, Integer> annotationHits = new TreeMap<>(); // sorted: ties broken the same way every time
            List<Segment> segments = new ArrayList<>();
            for (Counter counter : collectors) {
                counter.flush();
                total += counter.total;
                counter.byKind.forEach((k, v) -> byKind.merge(k, v, Long::sum));
                counter.annotationHits.forEach((id, n) -> annotationHits.merge(id, n, Integer::sum));
                segments.addAll(counter.segments);
            }
            // Each briefing's annotation hits join the cell of its unit hits, if it has any; else they stand alone.
            Map<Long, Integer> extra = new HashMap<>();
            List<Cell> alone = new ArrayList<>();
            for (Map.Entry<String, Integer> hits : annotationHits.entrySet()) {
                long cell = cellOf(segments, hits.getKey());
                if (cell < 0) {
                    alone.add(new Cell(hits.getValue(), Integer.MAX_VALUE, alone.size(), null, hits.getKey()));
                } else {
                    extra.put(cell, hits.getValue());
                }
            }
            long matched = alone.size();
            // Fewest hits (then latest in index order) at the head, so the head is what a better cell pushes out.
            PriorityQueue<Cell> best = new PriorityQueue<>(Comparator.comparingInt(Cell::count)
                    .thenComparing(Comparator.comparingInt(Cell::segment).thenComparingInt(Cell::ord).reversed()));
            for (int segment = 0; segment < segments.size(); segment++) {
                Segment s = segments.get(segment);
                for (int ord = 0; ord < s.counts().length; ord++) {
                    int count = s.counts()[ord];
                    if (count == 0) {
                        continue;
                    }
                    if (!extra.isEmpty()) {
                        count += extra.getOrDefault(key(segment, ord), 0);
                    }
                    matched++;
                    offer(best, new Cell(count, segment, ord, s.values(), null));
                }
            }
            alone.forEach(cell -> offer(best, cell));
            Map<String, Long> byBriefing = new HashMap<>();
            for (Cell cell : best) {
                byBriefing.put(cell.id() != null ? cell.id() : cell.values().lookupOrd(cell.ord()).utf8ToString(),
                        (long) cell.count());
            }
            int[] first = collectors.stream().flatMapToInt(c -> java.util.Arrays.stream(c.first, 0, c.kept))
                    .sorted().limit(keep).toArray();
            return new HitCounts(total, byBriefing, matched, byKind, first);
        }

        private static void offer(PriorityQueue<Cell> best, Cell cell) {
            if (best.size() < SearchResults.MAX_BRIEFING_COUNTS || cell.count() > best.peek().count()) {
                best.add(cell);
                if (best.size() > SearchResults.MAX_BRIEFING_COUNTS) {
                    best.poll();
                }
            }
        }

        /** The cell (segment and ordinal) holding unit hits of briefing {@code id}; -1 when it has none. */
        private static long cellOf(List<Segment> segments, String id) throws IOException {
            BytesRef term = new BytesRef(id);
            for (int segment = 0; segment < segments.size(); segment++) {
                Segment s = segments.get(segment);
                int ord = s.values().lookupTerm(term);
                // A segment may still list the id for deleted units; only live hits make the briefing's cell.
                if (ord >= 0 && s.counts()[ord] > 0) {
                    return key(segment, ord);
                }
            }
            return -1;
        }

        private static long key(int segment, int ord) {
            return ((long) segment << 32) | ord;
        }
    }

    /** One briefing's count: a cell of one segment's array, or (id given) a briefing with annotation hits only. */
    private record Cell(int count, int segment, int ord, SortedDocValues values, String id) {
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
        private final Map<String, Integer> annotationHits = new HashMap<>();
        private SegmentOrdinals ordinals;
        private SortedDocValues kinds;
        private SortedDocValues annotated;
        private int[] briefingCounts;
        private int[] kindCounts = new int[0];
        private int[] annotationCounts = new int[0];

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
            annotated = DocValues.getSorted(context.reader(), IndexSchema.ANNOTATED_BRIEFING);
            annotationCounts = new int[ordinals.annotatedCount()];
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
            } else {
                int annotation = ordinals.annotated(doc);
                if (annotation != SegmentOrdinals.NONE) {
                    annotationCounts[annotation]++;
                }
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
            for (int ord = 0; ord < annotationCounts.length; ord++) {
                if (annotationCounts[ord] > 0) {
                    annotationHits.merge(annotated.lookupOrd(ord).utf8ToString(), annotationCounts[ord], Integer::sum);
                }
            }
            annotationCounts = new int[0];
        }
    }
}
