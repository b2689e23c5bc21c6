package org.briefingreader.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.UnitType;
import org.briefingreader.ui.search.RelatedView.Piece;
import org.junit.jupiter.api.Test;

/** How a passage's snippet is cut and marked in the Related list; no toolkit needed. */
class RelatedViewTest {
    private static final String TEXT = "The standoff between Russia and the West shows little sign of abating. "
            + "Allies of the United States, including Japan, have adhered to many of the sanctions, albeit "
            + "reluctantly, and Moscow has grown more sensitive about ceding ground after the upheaval in Ukraine.";

    private static SearchHit hit(TextRange snippet, List<TextRange> matches) {
        return new SearchHit("sanctions", "Sanctions Over Crimea", Optional.of("the-standoff"),
                Optional.of("The Standoff"), Optional.empty(), "the-standoff.p1", UnitType.PARAGRAPH, 3, 1f, TEXT,
                snippet, matches);
    }

    private static TextRange word(String word) {
        int at = TEXT.indexOf(word);
        return new TextRange(at, at + word.length());
    }

    private static String shown(List<Piece> pieces) {
        return pieces.stream().map(Piece::text).collect(Collectors.joining());
    }

    @Test
    void matchedWordsAreMarkedRuns() {
        List<Piece> pieces = RelatedView.pieces(hit(new TextRange(0, TEXT.length()),
                List.of(word("standoff"), word("Russia"))), 500);

        assertThat(pieces).filteredOn(Piece::marked).extracting(Piece::text).containsExactly("standoff", "Russia");
        assertThat(shown(pieces)).isEqualTo(TEXT);
    }

    @Test
    void aLongSnippetIsCutAtAWordWithAnEllipsis() {
        List<Piece> pieces = RelatedView.pieces(hit(new TextRange(0, TEXT.length()), List.of()), 50);

        String shown = shown(pieces);
        assertThat(shown).endsWith("\u2026");
        String kept = shown.substring(0, shown.length() - 1);
        assertThat(kept.length()).isLessThanOrEqualTo(50);
        assertThat(TEXT).startsWith(kept);
        assertThat(TEXT.charAt(kept.length())).as("cut between words").isEqualTo(' ');
    }

    @Test
    void aMatchBeyondTheCutStartsTheText() {
        List<Piece> pieces = RelatedView.pieces(hit(new TextRange(0, TEXT.length()), List.of(word("upheaval"))), 40);

        assertThat(pieces.get(0).text()).isEqualTo("\u2026");
        assertThat(pieces.get(1)).isEqualTo(new Piece("upheaval", true));
        assertThat(shown(pieces)).isEqualTo("\u2026upheaval in Ukraine.");
    }
}
