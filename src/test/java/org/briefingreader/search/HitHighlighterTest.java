package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingreader.domain.TextRange;
import org.junit.jupiter.api.Test;

/** The pure parts of marking: joining ranges from two fields, and the snippet when nothing matched. */
class HitHighlighterTest {
    @Test
    void rangesAreSortedAndOverlappingOrTouchingOnesJoined() {
        List<TextRange> merged = HitHighlighter.merged(List.of(new TextRange(20, 25), new TextRange(0, 6),
                new TextRange(0, 6), new TextRange(4, 9), new TextRange(25, 30), new TextRange(31, 33)));

        assertThat(merged).containsExactly(new TextRange(0, 9), new TextRange(20, 30), new TextRange(31, 33));
    }

    @Test
    void openingOfAShortTextIsAllOfIt() {
        String text = "  Short text. ";
        TextRange opening = HitHighlighter.opening(text);

        assertThat(text.substring(opening.start(), opening.end())).isEqualTo("Short text.");
    }

    @Test
    void openingOfALongTextEndsAtASpace() {
        String text = "word ".repeat(100);
        TextRange opening = HitHighlighter.opening(text);

        assertThat(opening.length()).isLessThanOrEqualTo(HitHighlighter.SNIPPET_CHARS);
        assertThat(opening.length()).isGreaterThan(HitHighlighter.SNIPPET_CHARS - 6);
        assertThat(text.substring(opening.start(), opening.end())).endsWith("word");
    }

    @Test
    void openingWithoutSpacesNeverSplitsASurrogatePair() {
        String text = "a" + "\uD835\uDC00".repeat(150); // mathematical bold A, two UTF-16 units each
        TextRange opening = HitHighlighter.opening(text);

        assertThat(opening.end()).isEqualTo(HitHighlighter.SNIPPET_CHARS - 1);
        assertThat(Character.isHighSurrogate(text.charAt(opening.end() - 1))).isFalse();
    }
}
