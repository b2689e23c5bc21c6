package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
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
import org.briefingreader.domain.HitAnnotation;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.UnitType;
import org.briefingreader.domain.query.ParsedQuery;
import org.briefingreader.domain.query.QueryNode;

/**
 * Runs one {@link SearchQuery} on one searcher: translate, rank, count, highlight, and build the page of hits.
 *
 * <p>Units and annotations are searched together, each by its own translation of the query, and ranked in one
 * list: a passage and a note on it are two hits (docs/search.md).
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
            IndexSchema.POSITION, IndexSchema.TEXT, IndexSchema.ANNOTATED_BRIEFING, IndexSchema.ANNOTATION_ID,
            IndexSchema.NOTE, IndexSchema.QUOTE, IndexSchema.TAG_NAME, IndexSchema.CATEGORY_NAME);
    private static final Query UNITS = new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_UNIT));
    private static final Query ANNOTATIONS = new TermQuery(new Term(IndexSchema.DOC_TYPE,
            IndexSchema.TYPE_ANNOTATION));

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
        QueryNode root = parsed.root().get();
        QueryTranslator translator = new QueryTranslator(searcher, analyzers.english(), analyzers.exact());
        // A query naming note:, tag: or category: asks for annotations only; an index without annotations (every
        // library before its first one) searches units exactly as it always did.
        Optional<QueryTranslator.Clause> units = QueryTranslator.aboutAnnotations(root) ? Optional.empty()
                : translator.translate(root, QueryTranslator.Documents.UNITS);
        Optional<QueryTranslator.Clause> notes = SegmentOrdinals.anyAnnotations(searcher.getIndexReader())
                ? translator.translate(root, QueryTranslator.Documents.ANNOTATIONS) : Optional.empty();
        if (translator.wasCut()) {
            List<String> said = new ArrayList<>(parsed.notes());
            said.add("the query was too long: only its first part was searched");
            parsed = new ParsedQuery(parsed.root(), said);
        }
        if (units.isEmpty() && notes.isEmpty()) {
            return empty(parsed, request.offset());
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (notes.isEmpty()) {
            builder.add(units.get().query(), Occur.MUST).add(UNITS, Occur.FILTER);
        } else if (units.isEmpty()) {
            builder.add(notes.get().query(), Occur.MUST).add(ANNOTATIONS, Occur.FILTER);
        } else {
            // A unit and an annotation are separate hits, each ranked by its own clause.
            builder.add(new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                    .add(ofType(units.get().query(), UNITS), Occur.SHOULD)
                    .add(ofType(notes.get().query(), ANNOTATIONS), Occur.SHOULD).build(), Occur.MUST);
        }
        request.kind().ifPresent(kind ->
                builder.add(new TermQuery(new Term(IndexSchema.KIND, kind.label())), Occur.FILTER));
        Query query = builder.build();
        boolean scoring = units.map(QueryTranslator.Clause::scoring).orElse(false)
                || notes.map(QueryTranslator.Clause::scoring).orElse(false);

        int window = request.offset() + request.limit();
        ScoreDoc[] ranked;
        HitCounts counts;
        if (scoring) {
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

    private static Query ofType(Query query, Query type) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(type, Occur.FILTER).build();
    }

    /** The hits from {@code offset} of {@code ranked} (best first), marked for {@code query}. */
    List<SearchHit> page(Query query, ScoreDoc[] ranked, int offset) throws IOException {
        if (offset >= ranked.length) {
            return List.of();
        }
        int size = ranked.length - offset;
        Document[] docs = new Document[size];
        List<Integer> unitAt = new ArrayList<>(size);
        List<Integer> annotationAt = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < size; i++) {
            docs[i] = stored.document(ranked[offset + i].doc, HIT_FIELDS);
            (docs[i].get(IndexSchema.ANNOTATION_ID) == null ? unitAt : annotationAt).add(i);
        }
        SearchHit[] hits = new SearchHit[size];
        HitHighlighter highlighter = new HitHighlighter(searcher, analyzers.index());
        if (!unitAt.isEmpty()) {
            List<HitHighlighter.Marks> marks = highlighter.mark(query, docIds(ranked, offset, unitAt),
                    unitAt.stream().map(i -> docs[i].get(IndexSchema.TEXT)).toList());
            for (int j = 0; j < unitAt.size(); j++) {
                int i = unitAt.get(j);
                hits[i] = unitHit(docs[i], ranked[offset + i].score, marks.get(j));
            }
        }
        if (!annotationAt.isEmpty()) {
            int[] ids = docIds(ranked, offset, annotationAt);
            List<HitHighlighter.Marks> inNotes = highlighter.mark(query, IndexSchema.NOTE, IndexSchema.NOTE_EXACT, ids,
                    annotationAt.stream().map(i -> Objects.requireNonNullElse(docs[i].get(IndexSchema.NOTE), ""))
                            .toList());
            List<HitHighlighter.Marks> inQuotes = highlighter.mark(query, IndexSchema.QUOTE, IndexSchema.QUOTE_EXACT,
                    ids, annotationAt.stream().map(i -> docs[i].get(IndexSchema.QUOTE)).toList());
            for (int j = 0; j < annotationAt.size(); j++) {
                int i = annotationAt.get(j);
                hits[i] = annotationHit(docs[i], ranked[offset + i].score, inNotes.get(j), inQuotes.get(j));
            }
        }
        return List.of(hits);
    }

    private static int[] docIds(ScoreDoc[] ranked, int offset, List<Integer> at) {
        return at.stream().mapToInt(i -> ranked[offset + i].doc).toArray();
    }

    private static SearchHit unitHit(Document doc, float score, HitHighlighter.Marks marks) {
        return new SearchHit(doc.get(IndexSchema.BRIEFING_ID), doc.get(IndexSchema.BRIEFING_TITLE),
                Optional.ofNullable(doc.get(IndexSchema.SECTION_ID)), Optional.ofNullable(doc.get(IndexSchema.HEADING)),
                Optional.ofNullable(doc.get(IndexSchema.KIND)).flatMap(SectionKind::fromLabel),
                doc.get(IndexSchema.UNIT_ID), unitType(doc.get(IndexSchema.UNIT_TYPE)),
                doc.getField(IndexSchema.POSITION).numericValue().intValue(), score, doc.get(IndexSchema.TEXT),
                marks.snippet(), marks.matches());
    }

    /**
     * An annotation's hit shows its note where the note matched; otherwise (a match in the passage, or by tag,
     * category or a filter alone) the passage, which is what was tagged.
     */
    private static SearchHit annotationHit(Document doc, float score, HitHighlighter.Marks inNote,
            HitHighlighter.Marks inQuote) {
        Optional<String> note = Optional.ofNullable(doc.get(IndexSchema.NOTE));
        String quote = doc.get(IndexSchema.QUOTE);
        boolean noteMatched = note.isPresent() && !inNote.matches().isEmpty();
        HitHighlighter.Marks shown = noteMatched ? inNote : inQuote;
        Optional<String> unitId = Optional.ofNullable(doc.get(IndexSchema.UNIT_ID));
        HitAnnotation annotation = new HitAnnotation(UUID.fromString(doc.get(IndexSchema.ANNOTATION_ID)), quote, note,
                List.of(doc.getValues(IndexSchema.TAG_NAME)), Optional.ofNullable(doc.get(IndexSchema.CATEGORY_NAME)),
                unitId.isEmpty());
        return new SearchHit(doc.get(IndexSchema.ANNOTATED_BRIEFING), doc.get(IndexSchema.BRIEFING_TITLE),
                Optional.ofNullable(doc.get(IndexSchema.SECTION_ID)), Optional.ofNullable(doc.get(IndexSchema.HEADING)),
                Optional.ofNullable(doc.get(IndexSchema.KIND)).flatMap(SectionKind::fromLabel), unitId.orElse(""),
                unitId.isEmpty() ? UnitType.PARAGRAPH : unitType(doc.get(IndexSchema.UNIT_TYPE)),
                unitId.isEmpty() ? -1 : doc.getField(IndexSchema.POSITION).numericValue().intValue(), score,
                noteMatched ? note.get() : quote, shown.snippet(), shown.matches(),
                noteMatched ? SearchHit.MatchIn.NOTE : SearchHit.MatchIn.TEXT, Optional.of(annotation));
    }

    private static UnitType unitType(String label) {
        return UnitType.valueOf(label.toUpperCase(java.util.Locale.ROOT));
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
