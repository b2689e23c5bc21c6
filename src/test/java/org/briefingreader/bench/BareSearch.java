package org.briefingreader.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.StoredFields;
import org.briefingreader.search.IndexSchema;

/**
 * The baseline search: what a bare Lucene search box does with the same text on the same index.
 *
 * <p>Lucene's classic query parser on {@code text} with the English analyzer and AND as the default operator
 * (the product's words are ANDed too); on a parse error the text is escaped and parsed again, and if even that
 * fails the box shows nothing. Then the top 20 by score, their stored text, and the match offsets of each in
 * {@code text} from the unified highlighter (up to 500 passages, no passage when nothing matched, as the
 * product's). It has no filter on document type, no counts, no tie-break sort and marks one field, not two.
 */
final class BareSearch {
    static final int TOP = 20;
    private static final int MAX_PASSAGES = 500;
    private static final Set<String> STORED = Set.of(IndexSchema.TEXT);

    private final IndexSearcher searcher;
    private final Analyzer english;
    private final OffsetsHighlighter highlighter;

    BareSearch(IndexSearcher searcher, Analyzer english) {
        this.searcher = searcher;
        this.english = english;
        this.highlighter = new OffsetsHighlighter(UnifiedHighlighter.builder(searcher, english)
                .withFormatter(new OffsetsFormatter())
                .withMaxNoHighlightPassages(0));
    }

    /** Runs {@code text}; the number of hits on the page. */
    int run(String text) throws IOException {
        Query query = parse(text);
        if (query == null) {
            return 0;
        }
        TopDocs top = searcher.search(query, TOP);
        int[] docIds = new int[top.scoreDocs.length];
        StoredFields stored = searcher.storedFields();
        List<String> texts = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            docIds[i] = hit.doc;
            texts.add(stored.document(hit.doc, STORED).get(IndexSchema.TEXT));
        }
        if (docIds.length > 0) {
            highlighter.offsets(query, docIds);
        }
        return docIds.length;
    }

    /** False when {@code text} is not a query even escaped ({@code oil OR}): the box shows nothing. */
    boolean parses(String text) {
        return parse(text) != null;
    }

    private Query parse(String text) {
        QueryParser parser = new QueryParser(IndexSchema.TEXT, english);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException stillBad) {
                return null;
            }
        }
    }

    /** Match offsets per passage, as int pairs: what a reading pane needs, no HTML. */
    private static final class OffsetsFormatter extends PassageFormatter {
        @Override
        public int[] format(Passage[] passages, String content) {
            int count = 0;
            for (Passage passage : passages) {
                count += passage.getNumMatches();
            }
            int[] offsets = new int[count * 2];
            int at = 0;
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    offsets[at++] = passage.getMatchStarts()[i];
                    offsets[at++] = passage.getMatchEnds()[i];
                }
            }
            return offsets;
        }
    }

    /** Opens the highlighter's per-field objects (the public methods would turn them into strings). */
    private static final class OffsetsHighlighter extends UnifiedHighlighter {
        OffsetsHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> offsets(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {IndexSchema.TEXT}, query, docIds, new int[] {MAX_PASSAGES});
        }
    }
}
