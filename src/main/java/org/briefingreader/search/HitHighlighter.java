package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.briefingreader.domain.TextRange;

/**
 * Finds the matched words of each hit and the sentence worth showing, as offsets into the unit text.
 *
 * <p>Both text fields are highlighted and their matches merged: words are matched stemmed in {@code text}, but
 * prefix and fuzzy words only in {@code text_exact}, and the highlighter marks only the terms of the field it is
 * looking at. Words are marked one by one, a phrase's words only where the phrase occurs ({@code "sovereignty
 * islands"~4} marks "sovereignty" and "islands" in "sovereignty over a string of islands", not the words between,
 * nor another "islands" further on); weight matches would mark the whole span instead. A hit found only through a
 * heading, title or source scope may have no marks; its snippet is then the start of the text, never a passage
 * pretending to match.
 */
final class HitHighlighter {
    /** The snippet when nothing in the text matched: about this many characters from the start. */
    static final int SNIPPET_CHARS = 200;
    /** Passages (sentences) per unit whose matches are marked; a paragraph has far fewer sentences. */
    private static final int MAX_PASSAGES = 500;
    /** Longest text highlighted; longer units (a whole article as one block) are marked in this part only. */
    private static final int MAX_LENGTH = 1_000_000;
    private static final String[] FIELDS = {IndexSchema.TEXT, IndexSchema.TEXT_EXACT};

    /** Where one hit's matches are, and the span to show. */
    record Marks(List<TextRange> matches, TextRange snippet) {
    }

    private final OffsetsHighlighter highlighter;

    HitHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
        this.highlighter = new OffsetsHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new OffsetPassageFormatter())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_LENGTH)
                .withWeightMatches(false)); // word by word, see above
    }

    /** The marks of each document, in the order of {@code docIds}; {@code texts} are their unit texts. */
    List<Marks> mark(Query query, int[] docIds, List<String> texts) throws IOException {
        return mark(query, FIELDS, docIds, texts);
    }

    /**
     * The marks of each document in one text held twice, stemmed and exact ({@code note} and {@code note_exact},
     * or {@code quote} and {@code quote_exact}); {@code texts} are the documents' values of it ("" for none).
     */
    List<Marks> mark(Query query, String stemmedField, String exactField, int[] docIds, List<String> texts)
            throws IOException {
        return mark(query, new String[] {stemmedField, exactField}, docIds, texts);
    }

    private List<Marks> mark(Query query, String[] fields, int[] docIds, List<String> texts) throws IOException {
        Map<Integer, String> textByDoc = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            textByDoc.put(docIds[i], texts.get(i));
        }
        Map<String, Object[]> byField = highlighter.offsets(fields, query, docIds, new int[] {MAX_PASSAGES, MAX_PASSAGES},
                textByDoc);
        List<Marks> marks = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            OffsetPassageFormatter.Marked stemmed = (OffsetPassageFormatter.Marked) byField.get(fields[0])[i];
            OffsetPassageFormatter.Marked exact = (OffsetPassageFormatter.Marked) byField.get(fields[1])[i];
            List<TextRange> all = new ArrayList<>();
            Optional<TextRange> best = Optional.empty();
            float bestScore = Float.NEGATIVE_INFINITY;
            for (OffsetPassageFormatter.Marked marked : new OffsetPassageFormatter.Marked[] {stemmed, exact}) {
                if (marked != null) {
                    all.addAll(marked.matches());
                    if (marked.best().isPresent() && marked.bestScore() > bestScore) {
                        best = marked.best();
                        bestScore = marked.bestScore();
                    }
                }
            }
            String text = texts.get(i);
            marks.add(new Marks(merged(all), best.orElseGet(() -> opening(text))));
        }
        return marks;
    }

    /** Sorted, with overlapping or touching ranges joined ("island" from both fields is one mark). */
    static List<TextRange> merged(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        List<TextRange> out = new ArrayList<>();
        for (TextRange range : sorted) {
            TextRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && range.start() <= last.end()) {
                out.set(out.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
            } else {
                out.add(range);
            }
        }
        return out;
    }

    /** The first ~200 characters, ended at a space where one is near, never inside a surrogate pair. */
    static TextRange opening(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return OffsetPassageFormatter.trimmed(text, 0, text.length());
        }
        int end = text.lastIndexOf(' ', SNIPPET_CHARS);
        if (end < SNIPPET_CHARS / 2) {
            end = Character.isHighSurrogate(text.charAt(SNIPPET_CHARS - 1)) ? SNIPPET_CHARS - 1 : SNIPPET_CHARS;
        }
        return OffsetPassageFormatter.trimmed(text, 0, end);
    }

    /**
     * Opens the highlighter's per-field objects, which the public methods would cast to strings, and hands it
     * the unit texts the search already read: both fields hold the same text, which is stored once, and reading
     * each hit's stored document a second time was the top cost of a narrow search (docs/performance.md).
     */
    private static final class OffsetsHighlighter extends UnifiedHighlighter {
        private Map<Integer, String> texts = Map.of();

        OffsetsHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> offsets(String[] fields, Query query, int[] docIds, int[] maxPassages,
                Map<Integer, String> textByDoc) throws IOException {
            texts = textByDoc;
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        /** As the default: from the next document, a batch up to the character threshold; values from memory. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> batch = new ArrayList<>();
            int chars = 0;
            do {
                int doc = docIter.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                String text = texts.get(doc);
                if (text != null && text.length() > getMaxLength()) {
                    text = text.substring(0, getMaxLength());
                }
                CharSequence[] values = new CharSequence[fields.length];
                java.util.Arrays.fill(values, text);
                batch.add(values);
                chars += text == null ? 0 : text.length() * fields.length;
            } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return batch;
        }
    }
}
