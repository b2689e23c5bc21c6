package org.briefingreader.domain.annotation;

/**
 * Scores a candidate place for a quote in a folded text with the weights of Hypothesis's client: how alike the quote
 * is (50), how well the text before and after still fits the stored prefix and suffix (20 each), and how near the old
 * position it lies (2, a tie-breaker). Scores lie in [0, 1]; higher is better. Context similarity is
 * {@code 1 - edits / context length} against the text that ends at the candidate's start (prefix) or begins at its
 * end (suffix), whatever length of it fits best.
 */
final class AnchorScorer {
    static final double QUOTE_WEIGHT = 50;
    static final double PREFIX_WEIGHT = 20;
    static final double SUFFIX_WEIGHT = 20;
    static final double POSITION_WEIGHT = 2;
    private static final double TOTAL = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

    private final String folded;
    private final int expectedStart;
    private final BitParallelMatcher prefix;
    private final BitParallelMatcher suffix;

    /**
     * @param folded        the new text, folded
     * @param quote         the old quote, whose prefix and suffix are compared folded
     * @param expectedStart where in {@code folded} the old position would put the quote
     */
    AnchorScorer(String folded, TextQuoteSelector quote, int expectedStart) {
        this.folded = folded;
        this.expectedStart = expectedStart;
        String prefixText = FoldedText.of(quote.prefix()).folded();
        String suffixText = FoldedText.of(quote.suffix()).folded();
        // Reversed: the prefix is matched reading backwards from the candidate's start.
        prefix = prefixText.isEmpty() ? null : new BitParallelMatcher(prefixText, true);
        suffix = suffixText.isEmpty() ? null : new BitParallelMatcher(suffixText, false);
    }

    /** A candidate's score and the parts it was made of (each in [0, 1]). */
    record Score(double total, double quote, double prefix, double suffix) {
        /** Whether the text before or after the candidate still resembles the stored context (half of it or more). */
        boolean contextFits() {
            return prefix >= CONTEXT_FITS || suffix >= CONTEXT_FITS;
        }
    }

    /** The prefix or suffix similarity from which the context counts as still there. */
    static final double CONTEXT_FITS = 0.5;

    /** The score of folded range {@code [start, end)} whose text is {@code quoteSimilarity} alike the quote. */
    Score score(int start, int end, double quoteSimilarity) {
        double closeness = 1 - (double) Math.abs(start - expectedStart) / Math.max(1, folded.length());
        double prefixSimilarity = prefixSimilarity(start);
        double suffixSimilarity = suffixSimilarity(end);
        double raw = QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT * prefixSimilarity
                + SUFFIX_WEIGHT * suffixSimilarity + POSITION_WEIGHT * Math.max(0, closeness);
        return new Score(raw / TOTAL, quoteSimilarity, prefixSimilarity, suffixSimilarity);
    }

    /** {@code 1 - edits / prefix length} of the stored prefix against the text ending at {@code start}; 1 if none. */
    double prefixSimilarity(int start) {
        if (prefix == null) {
            return 1;
        }
        int window = Math.min(start, 2 * prefix.length() + 8);
        return similarity(prefix.anchored(folded, start, true, window).errors(), prefix.length());
    }

    /** {@code 1 - edits / suffix length} of the stored suffix against the text from {@code end}; 1 if none. */
    double suffixSimilarity(int end) {
        if (suffix == null) {
            return 1;
        }
        int window = Math.min(folded.length() - end, 2 * suffix.length() + 8);
        return similarity(suffix.anchored(folded, end, false, window).errors(), suffix.length());
    }

    private static double similarity(int errors, int length) {
        return Math.max(0, 1 - (double) errors / length);
    }
}
