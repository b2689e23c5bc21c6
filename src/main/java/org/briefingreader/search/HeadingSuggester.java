package org.briefingreader.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.briefingreader.domain.Suggestion;

/**
 * Headings and titles containing the words typed so far, from an in-memory infix suggester over the library.
 *
 * <p>{@code big pic} finds "The Big Picture": every word must be in the suggestion, the last one as the start of
 * a word. The suggester is built from the reader of the searcher it is asked with, and built again the first time
 * it is asked with another reader (after a commit, or after {@code refresh} picked up another process's commit),
 * so it follows the index in writable and read-only mode alike without a hook in either. Building reads only
 * the heading and title documents; for 2,226 briefings it costs about 0.3 s, paid by the first suggestion after
 * each commit, and asking then takes a few milliseconds.
 *
 * <p>One lock guards building, asking and closing: a suggester is never closed while being asked. The infix
 * suggester's writer is closed as soon as it is built, leaving only in-memory readers.
 */
final class HeadingSuggester implements Closeable {
    /** Prefixes shorter than this are indexed as n-grams by the infix suggester (its default). */
    private static final int MIN_PREFIX_CHARS = 4;

    private final Analyzer analyzer;
    private IndexReader.CacheKey builtFrom;
    private List<HeadingEntries.Entry> entries = List.of();
    private AnalyzingInfixSuggester suggester;
    private boolean closed;

    /** Uses {@code analyzer} (lower-cased words as written, no stop words), which it does not close. */
    HeadingSuggester(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Up to {@code limit} headings and titles holding every typed word, best first. */
    synchronized List<Suggestion> suggest(IndexSearcher searcher, TypedText typed, int limit) throws IOException {
        if (closed) {
            throw new AlreadyClosedException("the heading suggester is closed");
        }
        if (typed.words().isEmpty() || limit < 1) {
            return List.of();
        }
        buildIfChanged(searcher);
        if (suggester == null) {
            return List.of();
        }
        // A trailing space makes the suggester take the last word whole.
        String key = String.join(" ", typed.words()) + (typed.lastWordIsPrefix() ? "" : " ");
        List<Suggestion> found = new ArrayList<>();
        for (LookupResult result : suggester.lookup(key, limit, true, false)) {
            HeadingEntries.Entry entry = entries.get(indexOf(result.value));
            found.add(new Suggestion(entry.text(), entry.kind(), Optional.of(entry.briefingId()),
                    entry.sectionId(), typed.matchesIn(entry.text())));
        }
        return found;
    }

    /**
     * Rebuilds now for {@code searcher} if suggestions have been asked for before: called after a commit or
     * refresh (on the thread that syncs), so the next keystroke does not pay the rebuild; a process that never
     * suggests (a command-line import) never builds.
     */
    synchronized void warmIfUsed(IndexSearcher searcher) throws IOException {
        if (!closed && builtFrom != null) {
            buildIfChanged(searcher);
        }
    }

    /** True when the suggester was built from {@code searcher}'s reader (a keystroke would not rebuild it). */
    synchronized boolean isBuiltFor(IndexSearcher searcher) {
        return builtFrom == searcher.getIndexReader().getReaderCacheHelper().getKey();
    }

    private void buildIfChanged(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        if (key == builtFrom) {
            return;
        }
        List<HeadingEntries.Entry> read = HeadingEntries.read(searcher);
        AnalyzingInfixSuggester built = null;
        if (!read.isEmpty()) {
            built = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer, MIN_PREFIX_CHARS,
                    false, true, false, true);
            try {
                built.build(new Entries(read));
            } catch (IOException | RuntimeException e) {
                built.close();
                throw e;
            }
        }
        AnalyzingInfixSuggester old = suggester;
        suggester = built;
        entries = read;
        builtFrom = key;
        if (old != null) {
            old.close();
        }
    }

    /** The entry a result's weight names (see {@link Entries}). */
    private int indexOf(long weight) {
        return (int) (entries.size() - weight);
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (suggester != null) {
            suggester.close();
            suggester = null;
        }
    }

    /**
     * The entries in rank order, each weighted by its rank counted from the end: the suggester orders by weight, so
     * it keeps the rank, and the weight of a result names its entry without a payload.
     */
    private static final class Entries implements InputIterator {
        private final List<HeadingEntries.Entry> entries;
        private int next;

        Entries(List<HeadingEntries.Entry> entries) {
            this.entries = entries;
        }

        @Override
        public BytesRef next() {
            return next < entries.size() ? new BytesRef(entries.get(next++).text()) : null;
        }

        @Override
        public long weight() {
            return entries.size() - (next - 1);
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
