package org.briefingreader.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.UnitType;

/**
 * Passages of other briefings that share a unit's distinctive words ("more like this").
 *
 * <p>For the seed's paragraph on the Kuril islands dispute, the query is its (at most 25) most distinctive words:
 * frequent in it, rare in the library, and found in at least one other unit ({@code kuril}, {@code sovereignti},
 * {@code territori}..., stemmed as the {@code text} field is), each weighted by that; it runs over the paragraphs,
 * ledes, summary bullets and captions of every other briefing. Titles and headings are left out (a hit should be
 * a passage to read), and so is the whole briefing the unit is in. Hits are ranked and marked as a search's are.
 */
final class RelatedPassages {
    /** Words of the unit that make the query. */
    static final int MAX_QUERY_TERMS = 25;
    private static final Query PASSAGES = new TermInSetQuery(IndexSchema.UNIT_TYPE, List.of(
            new BytesRef(UnitType.PARAGRAPH.label()), new BytesRef(UnitType.LEDE.label()),
            new BytesRef(UnitType.SUMMARY.label()), new BytesRef(UnitType.CAPTION.label())));
    private static final Query UNITS = new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_UNIT));

    private final IndexSearcher searcher;
    private final Analyzers analyzers;

    RelatedPassages(IndexSearcher searcher, Analyzers analyzers) {
        this.searcher = searcher;
        this.analyzers = analyzers;
    }

    List<SearchHit> find(String briefingId, String unitId, int limit) throws IOException {
        Optional<String> text = unitText(briefingId, unitId);
        if (text.isEmpty()) {
            return List.of();
        }
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setAnalyzer(analyzers.english());
        like.setFieldNames(new String[] {IndexSchema.TEXT});
        like.setMinTermFreq(1); // a paragraph names its subject once or twice
        like.setMinDocFreq(2); // the unit itself is one: a word no other unit has finds nothing
        like.setMaxQueryTerms(MAX_QUERY_TERMS);
        Query words = like.like(IndexSchema.TEXT, new StringReader(text.get()));
        if (words instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(words, Occur.MUST)
                .add(UNITS, Occur.FILTER)
                .add(PASSAGES, Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.BRIEFING_ID, briefingId)), Occur.MUST_NOT)
                .build();
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, limit));
        return new IndexSearch(searcher, analyzers).page(query, top.scoreDocs, 0);
    }

    /** The stored text of the unit, if the briefing and the unit are in the index. */
    private Optional<String> unitText(String briefingId, String unitId) throws IOException {
        Query briefing = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.BRIEFING_ID, briefingId)), Occur.FILTER)
                .add(UNITS, Occur.FILTER)
                .build();
        for (StoredDocs.Hit hit : StoredDocs.of(searcher, briefing, Set.of(IndexSchema.UNIT_ID))) {
            if (unitId.equals(hit.doc().get(IndexSchema.UNIT_ID))) {
                return Optional.of(searcher.storedFields().document(hit.docId(), Set.of(IndexSchema.TEXT))
                        .get(IndexSchema.TEXT));
            }
        }
        return Optional.empty();
    }
}
