package org.briefingreader.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.briefingreader.domain.UnitType;

/**
 * {@code title:} in two steps: the briefings whose title document matches, then every unit of those briefings.
 *
 * <p>{@code title:russia} runs {@code text:russia} on title documents only, finds the seed briefing, and becomes
 * {@code briefing_id:(japan-wants-...-2018-05-25)} (or {@code annotated_briefing:(...)} for annotations). The
 * title lives on one document per briefing (see {@link IndexSchema}), so the filter is the only way units learn
 * about it, and it never adds to their score.
 */
final class TitleScope {
    private TitleScope() {
    }

    /** The ids of the briefings whose title matches {@code onText} (a query on the text fields). */
    static Set<String> briefingsWithTitle(IndexSearcher searcher, Query onText) throws IOException {
        Query titles = new BooleanQuery.Builder()
                .add(onText, Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.UNIT_TYPE, UnitType.TITLE.label())), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_UNIT)), Occur.FILTER)
                .build();
        return searcher.search(titles, new BriefingIds());
    }

    /**
     * A filter on {@code ids} in {@code idField}: {@link IndexSchema#BRIEFING_ID} for units,
     * {@link IndexSchema#ANNOTATED_BRIEFING} for annotations.
     */
    static Query filter(String idField, Set<String> ids) {
        if (ids.isEmpty()) {
            return new MatchNoDocsQuery("no title matches");
        }
        return new TermInSetQuery(idField, ids.stream().map(BytesRef::new).toList());
    }

    /** The ids of the briefings of every hit (all of them: a scope must not stop at the 100 largest counts). */
    private static final class BriefingIds implements CollectorManager<BriefingIds.Collect, Set<String>> {
        @Override
        public Collect newCollector() {
            return new Collect();
        }

        @Override
        public Set<String> reduce(Collection<Collect> collectors) {
            Set<String> ids = new HashSet<>();
            collectors.forEach(c -> ids.addAll(c.ids));
            return ids;
        }

        static final class Collect extends SimpleCollector {
            private final Set<String> ids = new HashSet<>();
            private SortedDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getSorted(context.reader(), IndexSchema.BRIEFING_ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
