package org.briefingreader.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Reads briefing id and store stamp of every meta document from doc values: one entry per indexed briefing (or per
 * briefing with indexed annotations, for annotation meta documents, whose id is in another field).
 */
final class StampCollector extends SimpleCollector {
    private final Map<String, String> stamps = new HashMap<>();
    private final String idField;
    private SortedDocValues ids;
    private BinaryDocValues values;

    private StampCollector(String idField) {
        this.idField = idField;
    }

    /** Collects {@link #stamps} from every meta document matched, its briefing id read from {@code idField}. */
    static CollectorManager<StampCollector, Map<String, String>> manager(String idField) {
        return new CollectorManager<>() {
            @Override
            public StampCollector newCollector() {
                return new StampCollector(idField);
            }

            @Override
            public Map<String, String> reduce(Collection<StampCollector> collectors) {
                Map<String, String> all = new HashMap<>();
                collectors.forEach(c -> all.putAll(c.stamps));
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        ids = DocValues.getSorted(context.reader(), idField);
        values = DocValues.getBinary(context.reader(), IndexSchema.STAMP);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (ids.advanceExact(doc) && values.advanceExact(doc)) {
            stamps.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), values.binaryValue().utf8ToString());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
