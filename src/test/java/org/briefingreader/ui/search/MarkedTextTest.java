package org.briefingreader.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingreader.domain.TextRange;
import org.junit.jupiter.api.Test;

/** The plain and marked pieces a snippet is shown in, without the toolkit. */
class MarkedTextTest {
    private static final String TEXT = "Since Russia's annexation of Crimea in 2014, Crimea mattered.";

    private static TextRange word(String word, int from) {
        int at = TEXT.indexOf(word, from);
        return new TextRange(at, at + word.length());
    }

    @Test
    void marksAlternateWithPlainPiecesThatStartAndEndTheText() {
        TextRange first = word("Crimea", 0);
        TextRange second = word("Crimea", first.end());

        List<String> pieces = MarkedText.alternating(TEXT, new TextRange(0, TEXT.length()), List.of(first, second));

        assertThat(pieces).containsExactly("Since Russia's annexation of ", "Crimea", " in 2014, ", "Crimea",
                " mattered.");
        assertThat(String.join("", pieces)).isEqualTo(TEXT);
    }

    @Test
    void aCutWindowGetsEllipsesAndMarksOutsideItAreDroppedOrClipped() {
        TextRange window = new TextRange(TEXT.indexOf("of"), TEXT.indexOf("2014"));
        TextRange russia = word("Russia", 0);
        TextRange crimea = word("Crimea", 0);
        TextRange straddling = new TextRange(window.end() - 3, window.end() + 2);

        List<String> pieces = MarkedText.alternating(TEXT, window, List.of(russia, crimea, straddling));

        assertThat(pieces).containsExactly("\u2026of ", "Crimea", " ", "in ", "\u2026");
    }

    @Test
    void noMarksIsOnePlainPiece() {
        assertThat(MarkedText.alternating(TEXT, new TextRange(0, 5), List.of())).containsExactly("Since\u2026");
        assertThat(MarkedText.alternating("", new TextRange(0, 0), List.of())).containsExactly("");
    }
}
