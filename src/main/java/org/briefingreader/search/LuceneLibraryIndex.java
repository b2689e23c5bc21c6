package org.briefingreader.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.LibraryIndex;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.Suggestion;
import org.briefingreader.domain.annotation.Annotation;

/**
 * The library's search index in a folder of its cache, kept in step with the briefing store by the caller.
 *
 * <p>Opening judges the folder ({@link IndexRecovery}): a missing, corrupt or old-schema index is started afresh
 * and {@link #openState()} says so, and the caller refills it from the store. When another process holds the
 * index for writing, it opens read-only ({@link ReadOnlyIndex}'s searcher; changes throw). Closing discards
 * changes not yet committed: the commit's recorded generation must always describe exactly what was committed,
 * so nothing is ever committed implicitly.
 *
 * <p>Searches, suggestions ({@link Completions}, {@link HeadingSuggester}), spellings ({@link LibraryWords}) and
 * related passages ({@link RelatedPassages}) all read the searcher current at the last commit or refresh, and
 * may run while another thread writes.
 */
public final class LuceneLibraryIndex implements LibraryIndex {
    static final String READ_ONLY = "read-only: another Briefing Reader holds the index";

    private final Directory dir;
    private final Analyzers analyzers;
    private final OpenState openState;
    private final IndexWriter writer;
    private final SearcherManager writerSearchers;
    private final ReadOnlyIndex readOnly;
    private final HeadingSuggester headings;
    private volatile Optional<String> generation;

    private LuceneLibraryIndex(Directory dir, Analyzers analyzers, OpenState openState, IndexWriter writer,
            ReadOnlyIndex readOnly) throws IOException {
        this.dir = dir;
        this.analyzers = analyzers;
        this.openState = openState;
        this.writer = writer;
        this.readOnly = readOnly;
        this.headings = new HeadingSuggester(analyzers.exact());
        this.writerSearchers = writer == null ? null : new SearcherManager(writer, new WarmingSearcherFactory());
        this.generation = writer == null ? readOnly.generation()
                : Optional.ofNullable(userData(writer).get(IndexSchema.USER_DATA_GENERATION));
    }

    /** Opens (creating, or rebuilding when unusable) the index in {@code indexDir}; read-only if another holds it. */
    public static LuceneLibraryIndex open(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        Directory dir = FSDirectory.open(indexDir);
        Analyzers analyzers = Analyzers.create();
        try {
            try {
                OpenState state = IndexRecovery.inspectAndRepair(dir, indexDir);
                IndexWriterConfig config = new IndexWriterConfig(analyzers.index())
                        .setOpenMode(state == OpenState.OK ? IndexWriterConfig.OpenMode.APPEND
                                : IndexWriterConfig.OpenMode.CREATE)
                        .setCommitOnClose(false);
                IndexWriter writer = new IndexWriter(dir, config);
                try {
                    if (state != OpenState.OK) {
                        // An empty commit recording the schema: the wipe is durable, readers see a valid index.
                        writer.setLiveCommitData(Map.of(IndexSchema.USER_DATA_SCHEMA,
                                String.valueOf(IndexSchema.SCHEMA_VERSION)).entrySet());
                        writer.commit();
                    }
                    return new LuceneLibraryIndex(dir, analyzers, state, writer, null);
                } catch (IOException | RuntimeException e) {
                    writer.rollback();
                    throw e;
                }
            } catch (LockObtainFailedException heldElsewhere) {
                ReadOnlyIndex readOnly = ReadOnlyIndex.open(dir);
                return new LuceneLibraryIndex(dir, analyzers, readOnly.state(), null, readOnly);
            }
        } catch (IOException | RuntimeException e) {
            analyzers.close();
            dir.close();
            throw e;
        }
    }

    @Override
    public OpenState openState() {
        return openState;
    }

    @Override
    public boolean isWritable() {
        return writer != null;
    }

    @Override
    public Optional<String> committedGeneration() {
        return generation;
    }

    @Override
    public Map<String, String> indexedStamps() throws IOException {
        return withSearcher(Map.of(), searcher -> searcher.search(
                new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_META)),
                StampCollector.manager(IndexSchema.BRIEFING_ID)));
    }

    @Override
    public Map<String, String> indexedAnnotationStamps() throws IOException {
        return withSearcher(Map.of(), searcher -> searcher.search(
                new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_ANNOTATION_META)),
                StampCollector.manager(IndexSchema.ANNOTATED_BRIEFING)));
    }

    @Override
    public synchronized void put(Briefing briefing, String stamp) throws IOException {
        requireWritable().updateDocuments(new Term(IndexSchema.BRIEFING_ID, briefing.id()),
                UnitDocuments.of(briefing, stamp));
    }

    /** {@inheritDoc} Its annotations stay: they are removed by {@link #removeAnnotations}. */
    @Override
    public synchronized void remove(String briefingId) throws IOException {
        requireWritable().deleteDocuments(new Term(IndexSchema.BRIEFING_ID, briefingId));
    }

    /** {@inheritDoc} Throws IllegalArgumentException when an annotation is of another briefing. */
    @Override
    public synchronized void putAnnotations(String briefingId, Optional<Briefing> briefing,
            List<Annotation> annotations, String stamp) throws IOException {
        Objects.requireNonNull(stamp, "stamp");
        briefing.filter(b -> !b.id().equals(briefingId)).ifPresent(b -> {
            throw new IllegalArgumentException("briefing " + b.id() + " given for the annotations of " + briefingId);
        });
        requireWritable().updateDocuments(new Term(IndexSchema.ANNOTATED_BRIEFING, briefingId),
                AnnotationDocuments.of(briefingId, briefing, annotations, stamp));
    }

    @Override
    public synchronized void removeAnnotations(String briefingId) throws IOException {
        requireWritable().deleteDocuments(new Term(IndexSchema.ANNOTATED_BRIEFING, briefingId));
    }

    @Override
    public synchronized void clear() throws IOException {
        requireWritable().deleteAll();
    }

    @Override
    public synchronized void commit(String generation) throws IOException {
        IndexWriter w = requireWritable();
        w.setLiveCommitData(Map.of(IndexSchema.USER_DATA_SCHEMA, String.valueOf(IndexSchema.SCHEMA_VERSION),
                IndexSchema.USER_DATA_GENERATION, generation).entrySet());
        w.commit();
        this.generation = Optional.of(generation);
        writerSearchers.maybeRefreshBlocking();
        warmSuggestions();
    }

    @Override
    public synchronized void refresh() throws IOException {
        if (writer != null) {
            writerSearchers.maybeRefreshBlocking();
        } else {
            readOnly.refresh();
            generation = readOnly.generation();
        }
        warmSuggestions();
    }

    /** For tests: whether the next suggestion would be served without rebuilding the heading suggester. */
    boolean suggestionsWarm() throws IOException {
        return withSearcher(false, headings::isBuiltFor);
    }

    private void warmSuggestions() throws IOException {
        withSearcher(null, searcher -> {
            headings.warmIfUsed(searcher);
            return null;
        });
    }

    @Override
    public SearchResults search(SearchQuery query) throws IOException {
        return withSearcher(IndexSearch.empty(query.parsed(), query.offset()),
                searcher -> new IndexSearch(searcher, analyzers).run(query));
    }

    /** {@inheritDoc} Throws IllegalArgumentException when {@code limit} is not positive. */
    @Override
    public List<Suggestion> suggest(String typed, int limit) throws IOException {
        Objects.requireNonNull(typed, "typed");
        requirePositive(limit);
        return withSearcher(List.of(), searcher -> Completions.of(searcher, headings, typed, limit));
    }

    /** {@inheritDoc} Throws IllegalArgumentException when {@code limit} is not positive. */
    @Override
    public List<String> spellings(String word, int limit) throws IOException {
        Objects.requireNonNull(word, "word");
        requirePositive(limit);
        String normalised = analyzers.exact().normalize(IndexSchema.TEXT_EXACT, word.strip()).utf8ToString();
        return withSearcher(List.of(),
                searcher -> new LibraryWords(searcher.getIndexReader()).spellings(normalised, limit));
    }

    /** {@inheritDoc} Throws IllegalArgumentException when {@code limit} is not positive. */
    @Override
    public List<SearchHit> related(String briefingId, String unitId, int limit) throws IOException {
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(unitId, "unitId");
        requirePositive(limit);
        return withSearcher(List.of(),
                searcher -> new RelatedPassages(searcher, analyzers).find(briefingId, unitId, limit));
    }

    /** What one read of the index computes. */
    private interface Reading<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code reading} on the current searcher; {@code none} while there is no index to read yet. */
    private <T> T withSearcher(T none, Reading<T> reading) throws IOException {
        SearcherManager searchers = searchers();
        if (searchers == null) {
            return none;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return reading.on(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        // Each is closed even if one before it fails. The writer's commitOnClose is off: it drops uncommitted
        // changes and leaves the last commit as it was.
        IOUtils.close(headings, writerSearchers, writer, readOnly, analyzers, dir);
    }

    private SearcherManager searchers() {
        return writer != null ? writerSearchers : readOnly.searchers();
    }

    private IndexWriter requireWritable() {
        if (writer == null) {
            throw new IllegalStateException(READ_ONLY);
        }
        return writer;
    }

    private static Map<String, String> userData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    static Optional<String> generationOf(DirectoryReader reader) throws IOException {
        return Optional.ofNullable(reader.getIndexCommit().getUserData().get(IndexSchema.USER_DATA_GENERATION));
    }
}
