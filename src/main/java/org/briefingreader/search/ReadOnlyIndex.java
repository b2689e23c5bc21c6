package org.briefingreader.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.briefingreader.domain.LibraryIndex.OpenState;

/**
 * Searches an index that another process is writing: its commits, picked up at {@link #refresh()}.
 *
 * <p>Nothing here writes or wipes: the folder is the other process's. Until that process has committed an index
 * of this schema (or while what it committed is unreadable) there is no searcher and searches find nothing;
 * {@link #state()} tells what was found at open.
 */
final class ReadOnlyIndex implements Closeable {
    private final Directory dir;
    private final OpenState state;
    private volatile SearcherManager searchers;
    private volatile Optional<String> generation = Optional.empty();

    private ReadOnlyIndex(Directory dir, OpenState state) {
        this.dir = dir;
        this.state = state;
    }

    static ReadOnlyIndex open(Directory dir) throws IOException {
        OpenState state = IndexRecovery.inspect(dir);
        ReadOnlyIndex index = new ReadOnlyIndex(dir, state);
        if (state == OpenState.OK) {
            index.start();
        }
        return index;
    }

    /** How the other process's index was when opened (never wiped here). */
    OpenState state() {
        return state;
    }

    /** The searchers, or null while there is no usable commit. */
    SearcherManager searchers() {
        return searchers;
    }

    Optional<String> generation() {
        return generation;
    }

    synchronized void refresh() throws IOException {
        if (searchers == null) {
            if (IndexRecovery.inspect(dir) == OpenState.OK) {
                start();
            }
            return;
        }
        searchers.maybeRefreshBlocking();
        check();
    }

    private void start() throws IOException {
        searchers = new SearcherManager(dir, new WarmingSearcherFactory());
        check();
    }

    /** Reads the generation of the commit now searched; drops a commit of another schema as unusable. */
    private void check() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
            Optional<Integer> schema = IndexRecovery.schemaVersion(reader.getIndexCommit().getUserData());
            if (schema.filter(v -> v == IndexSchema.SCHEMA_VERSION).isEmpty()) {
                searchers.release(searcher);
                searcher = null;
                searchers.close();
                searchers = null;
                generation = Optional.empty();
                return;
            }
            generation = LuceneLibraryIndex.generationOf(reader);
        } finally {
            if (searcher != null) {
                searchers.release(searcher);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
    }
}
