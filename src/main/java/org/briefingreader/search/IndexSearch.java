package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.UnitType;
import org.briefingreader.domain.query.ParsedQuery;

/**
 * Runs one {@link SearchQuery} on one searcher: translate, rank, count, highlight, and build the page of hits.
 *
 * <p>Ranking is by score; equal scores come out in index order, Lucene's own tie-break (what DocFetcher shows too): a
 * briefing's units are added as one block in reading order, so its equal-score hits stay in reading order, and
 * one searcher always gives the same order, so pages of a result never overlap or skip. Breaking ties by a
 * key of the briefing id instead cost a search matching every unit 5-20 ms (docs/performance.md): every one of
 * its ~140,000 hits ties. Ranking and counting share one pass over the hits.
 */
final class IndexSearch {
    private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.BRIEFING_ID, IndexSchema.BRIEFING_TITLE,
            IndexSchema.SECTION_ID, IndexSchema.HEADING, IndexSchema.KIND, IndexSchema.UNIT_ID, IndexSchema.UNIT_TYPE,
            IndexSchema.POSITION, IndexSchema.TEXT);

    private final IndexSearcher searcher;
    private final Analyzers analyzers;

    IndexSearch(IndexSearcher searcher, Analyzers analyzers) {
        this.searcher = searcher;
        this.analyzers = analyzers;
    }

    SearchResults run(SearchQuery request) throws IOException {
        ParsedQuery parsed = request.parsed();
        if (parsed.root().isEmpty()) {
            return empty(parsed, request.offset());
        }
        QueryTranslator translator = new QueryTranslator(searcher, analyzers.english(), analyzers.exact());
        Optional<Query> translated = translator.translate(parsed.root().get());
        if (translator.wasCut()) {
            List<String> notes = new ArrayList<>(parsed.notes());
            notes.add("the query was too long: only its first part was searched");
            parsed = new ParsedQuery(parsed.root(), notes);
        }
        if (translated.isEmpty()) {
            return empty(parsed, request.offset());
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(translated.get(), Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_UNIT)), Occur.FILTER);
        request.kind().ifPresent(kind ->
                builder.add(new TermQuery(new Term(IndexSchema.KIND, kind.label())), Occur.FILTER));
        Query query = builder.build();

        int window = request.offset() + request.limit();
        ScoreDoc[] ranked;
        HitCounts counts;
        if (translator.scoring()) {
            Object[] results = searcher.search(query, new MultiCollectorManager(
                    new TopScoreDocCollectorManager(window, window), new HitCounts.Manager(0)));
            ranked = ((TopDocs) results[0]).scoreDocs;
            counts = (HitCounts) results[1];
        } else {
            // Every hit scores the same (nothing but filters), so the best are the first in index order: one
            // collector counts and keeps them, with no scoring and no priority queue.
            counts = searcher.search(query, new HitCounts.Manager(window));
            ranked = java.util.Arrays.stream(counts.firstDocs()).mapToObj(doc -> new ScoreDoc(doc, 0f))
                    .toArray(ScoreDoc[]::new);
        }
        List<SearchHit> hits = page(query, ranked, request.offset());
        return new SearchResults(parsed, counts.total(), hits, counts.byBriefing(), counts.briefingsMatched(),
                kinds(counts.byKind()),
                request.offset());
    }

    /** The hits from {@code offset} of {@code ranked} (best first), marked for {@code query}. */
    List<SearchHit> page(Query query, ScoreDoc[] ranked, int offset) throws IOException {
        if (offset >= ranked.length) {
            return List.of();
        }
        int size = ranked.length - offset;
        int[] docIds = new int[size];
        List<Document> docs = new ArrayList<>(size);
        List<String> texts = new ArrayList<>(size);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < size; i++) {
            docIds[i] = ranked[offset + i].doc;
            Document doc = stored.document(docIds[i], HIT_FIELDS);
            docs.add(doc);
            texts.add(doc.get(IndexSchema.TEXT));
        }
        List<HitHighlighter.Marks> marks = new HitHighlighter(searcher, analyzers.index()).mark(query, docIds, texts);
        List<SearchHit> hits = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            hits.add(hit(docs.get(i), ranked[offset + i].score, marks.get(i)));
        }
        return hits;
    }

    private static SearchHit hit(Document doc, float score, HitHighlighter.Marks marks) {
        return new SearchHit(doc.get(IndexSchema.BRIEFING_ID), doc.get(IndexSchema.BRIEFING_TITLE),
                Optional.ofNullable(doc.get(IndexSchema.SECTION_ID)), Optional.ofNullable(doc.get(IndexSchema.HEADING)),
                Optional.ofNullable(doc.get(IndexSchema.KIND)).flatMap(SectionKind::fromLabel),
                doc.get(IndexSchema.UNIT_ID), UnitType.valueOf(doc.get(IndexSchema.UNIT_TYPE).toUpperCase(java.util.Locale.ROOT)),
                doc.getField(IndexSchema.POSITION).numericValue().intValue(), score, doc.get(IndexSchema.TEXT),
                marks.snippet(), marks.matches());
    }

    private static Map<SectionKind, Long> kinds(Map<String, Long> byLabel) {
        Map<SectionKind, Long> kinds = new TreeMap<>();
        byLabel.forEach((label, count) -> SectionKind.fromLabel(label).ifPresent(kind -> kinds.put(kind, count)));
        return kinds;
    }

    static SearchResults empty(ParsedQuery parsed, int offset) {
        return new SearchResults(parsed, 0, List.of(), Map.of(), 0, Map.of(), offset);
    }
}
