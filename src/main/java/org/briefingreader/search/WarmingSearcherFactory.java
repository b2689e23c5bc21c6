package org.briefingreader.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** Searchers whose new segments have their {@link SegmentOrdinals} made at refresh, not on the next keystroke. */
final class WarmingSearcherFactory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        SegmentOrdinals.warm(reader);
        return new IndexSearcher(reader);
    }
}
