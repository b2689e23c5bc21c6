package org.briefingreader.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.briefingreader.domain.TextRange;

/**
 * Hands back where the highlighter found matches, as offsets into the text, instead of marked-up HTML.
 *
 * <p>For "Abe met Putin. Putin smiled." and the query {@code putin} it returns the matches [8, 13) and [15, 20)
 * and the best-scoring passage (a sentence) as the snippet; the view decides how to paint them.
 */
final class OffsetPassageFormatter extends PassageFormatter {

    /** The matches of every passage, in text order, and the best passage. */
    record Marked(List<TextRange> matches, Optional<TextRange> best, float bestScore) {
        Marked {
            matches = List.copyOf(matches);
        }
    }

    @Override
    public Marked format(Passage[] passages, String content) {
        List<TextRange> matches = new ArrayList<>();
        Passage best = null;
        for (Passage passage : passages) {
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start >= 0 && end <= content.length() && start < end) {
                    matches.add(new TextRange(start, end));
                }
            }
            if (passage.getNumMatches() > 0 && (best == null || passage.getScore() > best.getScore())) {
                best = passage;
            }
        }
        if (best == null) {
            return new Marked(matches, Optional.empty(), 0f);
        }
        return new Marked(matches, Optional.of(trimmed(content, best.getStartOffset(), best.getEndOffset())),
                best.getScore());
    }

    /** The span without the spaces a sentence break leaves at its ends. */
    static TextRange trimmed(String content, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(content.length(), end);
        while (s < e && Character.isWhitespace(content.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(content.charAt(e - 1))) {
            e--;
        }
        return new TextRange(s, e);
    }
}
