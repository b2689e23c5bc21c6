package org.briefingreader.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.briefingreader.domain.UnitType;

/**
 * {@code title:} in two steps: the briefings whose title document matches, then every unit of those briefings.
 *
 * <p>{@code title:russia} runs {@code text:russia} on title documents only, finds the seed briefing, and becomes
 * {@code briefing_id:(japan-wants-...-2018-05-25)}. The title lives on one document per briefing (see
 * {@link IndexSchema}), so the filter is the only way units learn about it, and it never adds to their score.
 */
final class TitleScope {
    private TitleScope() {
    }

    /** A filter on the ids of briefings whose title matches {@code onText} (a query on the text fields). */
    static Query briefingsWithTitle(IndexSearcher searcher, Query onText) throws IOException {
        Query titles = new BooleanQuery.Builder()
                .add(onText, Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.UNIT_TYPE, UnitType.TITLE.label())), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_UNIT)), Occur.FILTER)
                .build();
        Set<String> ids = searcher.search(titles, new HitCounts.Manager()).byBriefing().keySet();
        if (ids.isEmpty()) {
            return new MatchNoDocsQuery("no title matches");
        }
        return new TermInSetQuery(IndexSchema.BRIEFING_ID, ids.stream().map(BytesRef::new).toList());
    }
}
