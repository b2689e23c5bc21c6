package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every live document a query matches, with some of its stored fields, in index order: for the few whole-set
 * reads (all headings and titles, all units of one briefing) where ranking means nothing.
 */
final class StoredDocs {
    /** One matching document: its id in the searcher's reader, and the fields asked for. */
    record Hit(int docId, Document doc) {
    }

    private StoredDocs() {
    }

    static List<Hit> of(IndexSearcher searcher, Query query, Set<String> fields) throws IOException {
        return searcher.search(query, new CollectorManager<Reading, List<Hit>>() {
            @Override
            public Reading newCollector() {
                return new Reading(fields);
            }

            @Override
            public List<Hit> reduce(Collection<Reading> collectors) {
                List<Hit> all = new ArrayList<>();
                collectors.forEach(c -> all.addAll(c.hits));
                all.sort((a, b) -> Integer.compare(a.docId(), b.docId()));
                return all;
            }
        });
    }

    private static final class Reading extends SimpleCollector {
        private final Set<String> fields;
        private final List<Hit> hits = new ArrayList<>();
        private StoredFields stored;
        private int docBase;

        Reading(Set<String> fields) {
            this.fields = fields;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            stored = context.reader().storedFields();
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            hits.add(new Hit(docBase + doc, stored.document(doc, fields)));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
