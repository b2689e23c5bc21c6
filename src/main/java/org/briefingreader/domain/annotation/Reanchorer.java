package org.briefingreader.domain.annotation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Places an annotation in a new version of its briefing (re-import with edited text), in four steps
 * (docs/annotations-anchoring.md):
 * <ol>
 *   <li>POSITION: the old position still holds the quote, compared folded (so whitespace, line break and
 *       non-breaking-space changes do not count);</li>
 *   <li>QUOTE: the quote occurs elsewhere, folded; among several, prefix and suffix agreement choose, then
 *       nearness to the old position. The old position counts as one of them, so it yields only to an occurrence
 *       whose context fits strictly better (the old place now holding another repeat of the phrase);</li>
 *   <li>FUZZY: the best approximate occurrence with quote similarity ({@code 1 - edits / quote length}, folded) of
 *       at least {@link #MIN_SIMILARITY} ({@link #MIN_SIMILARITY_OUT_OF_CONTEXT} where neither prefix nor suffix
 *       still fits), scored with context and nearness;</li>
 *   <li>ORPHAN: nothing similar enough. The annotation keeps its old target and content hash (its position still
 *       refers to the version it came from) and becomes {@link Anchoring#ORPHAN}; placing it again later, against
 *       a version where the passage is back, anchors it again.</li>
 * </ol>
 * For example, the quote "special legal framework" over a text whose new version reads "a special lgal framework"
 * is placed FUZZY on "special lgal framework" with similarity 1 - 1/23 = 0.957.
 *
 * <p>Pure and thread-safe. The placed range always covers whole code points and is never empty; the new target
 * (W3C selectors counted in code points, unit ids) comes from {@link CanonicalText#target}.
 */
public final class Reanchorer {
    /**
     * The least quote similarity a FUZZY place needs: at most one edit per four characters of the quote. A typo fix,
     * a clause inserted or a few words deleted stay above it; a passage mostly rewritten falls below and orphans.
     */
    public static final double MIN_SIMILARITY = 0.75;
    /**
     * The least quote similarity a FUZZY place needs where neither its prefix nor its suffix resembles the stored one
     * (similarity under {@value AnchorScorer#CONTEXT_FITS}): a look-alike sentence elsewhere (a repeated boilerplate
     * line, a parallel sentence about another country) must not catch a note whose passage was deleted. A moved
     * paragraph with a small edit still clears it.
     */
    public static final double MIN_SIMILARITY_OUT_OF_CONTEXT = 0.9;
    /**
     * Approximate occurrences examined for a quote of up to 64 characters (fewest edits first); longer quotes get
     * proportionally fewer, at least {@link #MIN_FUZZY_CANDIDATES}, since finding each one's start costs about
     * {@code quote length^2 / 64} steps.
     */
    static final int MAX_FUZZY_CANDIDATES = 50;
    static final int MIN_FUZZY_CANDIDATES = 5;

    private Reanchorer() {
    }

    /** Places {@code annotation} in {@code newText}, the canonical text of briefing version {@code newContentHash}. */
    public static Placement place(Annotation annotation, CanonicalText newText, String newContentHash) {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(newText, "newText");
        Objects.requireNonNull(newContentHash, "newContentHash");
        if (!annotation.isOrphan() && annotation.anchoredTo().equals(newContentHash)) {
            return new Placement(annotation, Placement.Method.POSITION, 1);
        }
        AnnotationTarget old = annotation.target();
        String quote = FoldedText.fold(old.quote().exact());
        if (quote.isEmpty()) {
            return orphan(annotation);
        }
        FoldedText folded = newText.folded();
        int expectedUtf16 = newText.toUtf16(Math.min(old.position().start(), newText.codePointLength()));
        AnchorScorer scorer = new AnchorScorer(folded.folded(), old.quote(), folded.foldedIndex(expectedUtf16));
        Optional<Found> found = exact(newText, old.position(), quote, scorer);
        if (found.isEmpty()) {
            found = approximate(newText, quote, scorer);
        }
        if (found.isEmpty()) {
            return orphan(annotation);
        }
        Found place = wholeCodePoints(newText.text(), found.get());
        AnnotationTarget target = newText.target(annotation.briefingId(), place.start, place.end);
        return new Placement(annotation.withTarget(target, newContentHash, Anchoring.ANCHORED), place.method,
                place.similarity);
    }

    /** A chosen place: original UTF-16 range, how it was found, quote similarity and score. */
    private record Found(int start, int end, Placement.Method method, double similarity, double score) {
    }

    /** Steps 1 and 2: the best word-for-word (folded) occurrence; POSITION if it is the one at the old position. */
    private static Optional<Found> exact(CanonicalText newText, TextPositionSelector position, String quote,
            AnchorScorer scorer) {
        FoldedText folded = newText.folded();
        Optional<int[]> atPosition = newText.utf16Range(position)
                .filter(r -> FoldedText.fold(newText.text().substring(r[0], r[1])).equals(quote));
        Found best = null;
        for (int at = folded.folded().indexOf(quote); at >= 0; at = folded.folded().indexOf(quote, at + 1)) {
            int[] range = folded.originalRange(at, at + quote.length());
            double score = scorer.score(at, at + quote.length(), 1).total();
            boolean isPosition = atPosition.isPresent() && range[0] >= atPosition.get()[0]
                    && range[1] <= atPosition.get()[1];
            if (isPosition) {
                // The old range as it was (edge whitespace included); it wins ties through its nearness.
                range = atPosition.get();
            }
            if (best == null || score > best.score) {
                Placement.Method method = isPosition ? Placement.Method.POSITION : Placement.Method.QUOTE;
                best = new Found(range[0], range[1], method, 1, score);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Step 3: the best approximate occurrence within {@code quote length * (1 - MIN_SIMILARITY)} edits. */
    private static Optional<Found> approximate(CanonicalText newText, String quote, AnchorScorer scorer) {
        int maxErrors = (int) Math.floor(quote.length() * (1 - MIN_SIMILARITY));
        if (maxErrors < 1) {
            return Optional.empty();
        }
        FoldedText foldedText = newText.folded();
        String folded = foldedText.folded();
        List<BitParallelMatcher.End> ends = new BitParallelMatcher(quote, false)
                .search(folded, 0, folded.length(), maxErrors, candidateLimit(quote.length()));
        BitParallelMatcher backwards = new BitParallelMatcher(quote, true);
        Found best = null;
        for (BitParallelMatcher.End end : ends) {
            double similarity = 1 - (double) end.errors() / quote.length();
            int start = backwards.startOf(folded, end.end(), end.errors());
            Optional<int[]> range = trimmed(newText.text(), foldedText, start, end.end());
            AnchorScorer.Score score = scorer.score(start, end.end(), similarity);
            double needed = score.contextFits() ? MIN_SIMILARITY : MIN_SIMILARITY_OUT_OF_CONTEXT;
            if (range.isPresent() && similarity >= needed && (best == null || score.total() > best.score)) {
                best = new Found(range.get()[0], range.get()[1], Placement.Method.FUZZY, similarity, score.total());
            }
        }
        return Optional.ofNullable(best);
    }

    static int candidateLimit(int quoteLength) {
        return Math.max(MIN_FUZZY_CANDIDATES, Math.min(MAX_FUZZY_CANDIDATES, MAX_FUZZY_CANDIDATES * 64 / quoteLength));
    }

    /** The original range of folded {@code [start, end)} without whitespace at its edges; empty if nothing is left. */
    private static Optional<int[]> trimmed(String text, FoldedText folded, int start, int end) {
        if (end <= start) {
            return Optional.empty();
        }
        int[] range = folded.originalRange(start, end);
        int from = range[0];
        int to = range[1];
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return to > from ? Optional.of(new int[] {from, to}) : Optional.empty();
    }

    private static boolean isBlank(char c) {
        return FoldedText.isSpace(c) || FoldedText.isZeroWidth(c);
    }

    /** Widens the range so that it splits no surrogate pair (an approximate match may end between the halves). */
    private static Found wholeCodePoints(String text, Found found) {
        int start = found.start;
        int end = found.end;
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return new Found(start, end, found.method, found.similarity, found.score);
    }

    /** Orphaned: the old target and content hash kept, so the passage can be found again later. */
    private static Placement orphan(Annotation annotation) {
        return new Placement(annotation.withTarget(annotation.target(), annotation.anchoredTo(), Anchoring.ORPHAN),
                Placement.Method.ORPHAN, 0);
    }
}
