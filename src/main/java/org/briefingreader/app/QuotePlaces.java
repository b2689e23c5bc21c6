package org.briefingreader.app;

import java.util.List;
import java.util.OptionalInt;
import org.briefingreader.domain.annotation.CanonicalText;

/** Where a typed quote occurs in a briefing, whitespace-insensitively, and which of those places the user meant. */
record QuotePlaces(CanonicalText text, List<int[]> ranges) {
    private static final int SHOWN_QUOTE = 60;

    static QuotePlaces find(CanonicalText text, String quote) {
        return new QuotePlaces(text, text.folded().find(quote));
    }

    /** The UTF-16 range of the chosen occurrence (1-based), or an error saying why there is no single one. */
    int[] choose(String briefingId, String quote, OptionalInt occurrence) throws AnnotationException {
        String shown = shorten(quote);
        if (ranges.isEmpty()) {
            throw new AnnotationException("\"" + shown + "\" is not in briefing " + briefingId
                    + " (the quote must match the text word for word; spacing and line breaks may differ)");
        }
        if (occurrence.isPresent()) {
            int n = occurrence.getAsInt();
            if (n < 1 || n > ranges.size()) {
                throw new AnnotationException("\"" + shown + "\" occurs " + times(ranges.size()) + " in briefing "
                        + briefingId + "; there is no occurrence " + n);
            }
            return ranges.get(n - 1);
        }
        if (ranges.size() > 1) {
            throw new AnnotationException("\"" + shown + "\" occurs " + times(ranges.size()) + " in briefing "
                    + briefingId + " (" + places() + "); choose one with --occurrence 1 to " + ranges.size());
        }
        return ranges.get(0);
    }

    /** The unit ids of each occurrence, in order: "1 in the-history.p2, 2 in the-big-picture.p1". */
    private String places() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(i + 1).append(" in ").append(String.join("+", text.unitIds(ranges.get(i)[0],
                    ranges.get(i)[1])));
        }
        return out.toString();
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String shorten(String quote) {
        String folded = org.briefingreader.domain.annotation.FoldedText.fold(quote);
        return folded.length() <= SHOWN_QUOTE ? folded : folded.substring(0, SHOWN_QUOTE - 1) + "…";
    }
}
