package org.briefingreader.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * For each document of one segment, the ordinal of its briefing id and of its kind, in plain arrays: counting a
 * search's hits is then two array reads per hit instead of two doc-value lookups, which decided the time of a
 * search matching most of the library (docs/performance.md).
 *
 * <p>Doc values never change within a segment, so the arrays are made once per segment core (at refresh, when
 * the searcher is warmed) and dropped when the segment closes. Eight bytes a document: ~1.1 MB for 141,000 units.
 *
 * <p>Annotations hold their briefing id in another field ({@link IndexSchema#ANNOTATED_BRIEFING}): a third array
 * gives its ordinals, made only for a segment that has annotations (four more bytes a document there).
 */
final class SegmentOrdinals {
    /** In every array: the document has no value (a meta document; a unit without a kind; not an annotation). */
    static final int NONE = -1;

    private static final Map<Object, SegmentOrdinals> CACHE = new ConcurrentHashMap<>();

    private final int[] briefing;
    private final int[] kind;
    private final int[] annotated;
    private final int briefingCount;
    private final int kindCount;
    private final int annotatedCount;

    private SegmentOrdinals(int[] briefing, int[] kind, int[] annotated, int briefingCount, int kindCount,
            int annotatedCount) {
        this.briefing = briefing;
        this.kind = kind;
        this.annotated = annotated;
        this.briefingCount = briefingCount;
        this.kindCount = kindCount;
        this.annotatedCount = annotatedCount;
    }

    /** The arrays of this segment, made now if this is the first time it is asked for. */
    static SegmentOrdinals of(LeafReaderContext context) throws IOException {
        LeafReader reader = context.reader();
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader);
        }
        SegmentOrdinals cached = CACHE.get(helper.getKey());
        if (cached != null) {
            return cached;
        }
        SegmentOrdinals made = read(reader);
        if (CACHE.putIfAbsent(helper.getKey(), made) == null) {
            helper.addClosedListener(CACHE::remove);
        }
        return made;
    }

    /** Makes the arrays of every segment of {@code reader} that has none yet. */
    static void warm(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            of(leaf);
        }
    }

    /**
     * True when some segment of {@code reader} holds annotation documents (or held them: deleted ones count until
     * merged away). Answered from the cached arrays, so asking on every search costs nothing measurable; a library
     * never annotated then searches exactly as before annotations were indexed.
     */
    static boolean anyAnnotations(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (of(leaf).annotatedCount() > 0) {
                return true;
            }
        }
        return false;
    }

    private static SegmentOrdinals read(LeafReader reader) throws IOException {
        SortedDocValues briefings = DocValues.getSorted(reader, IndexSchema.BRIEFING_ID);
        SortedDocValues kinds = DocValues.getSorted(reader, IndexSchema.KIND);
        SortedDocValues annotations = DocValues.getSorted(reader, IndexSchema.ANNOTATED_BRIEFING);
        int[] annotated = annotations.getValueCount() == 0 ? null : ordinals(annotations, reader.maxDoc());
        return new SegmentOrdinals(ordinals(briefings, reader.maxDoc()), ordinals(kinds, reader.maxDoc()), annotated,
                briefings.getValueCount(), kinds.getValueCount(), annotations.getValueCount());
    }

    private static int[] ordinals(SortedDocValues values, int maxDoc) throws IOException {
        int[] ords = new int[maxDoc];
        Arrays.fill(ords, NONE);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            ords[doc] = values.ordValue();
        }
        return ords;
    }

    int briefing(int doc) {
        return briefing[doc];
    }

    int kind(int doc) {
        return kind[doc];
    }

    /** The ordinal of an annotation's briefing id in {@link IndexSchema#ANNOTATED_BRIEFING}; NONE for others. */
    int annotated(int doc) {
        return annotated == null ? NONE : annotated[doc];
    }

    int annotatedCount() {
        return annotatedCount;
    }

    int briefingCount() {
        return briefingCount;
    }

    int kindCount() {
        return kindCount;
    }

    /** Segments whose arrays are held (for tests: they must go when segments close). */
    static int cachedSegments() {
        return CACHE.size();
    }
}
