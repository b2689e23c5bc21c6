package org.briefingreader.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextBlockTest {
    @Test
    void blankLinesOfAnyWhitespaceSeparateBlocks() {
        List<TextBlock> blocks = TextBlock.split(TextBlock.lines("Title\r\n\u00A0\r\nOne\nline two\n \t\n\nThree"), 0);
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Title", "One line two", "Three");
        assertThat(blocks).extracting(TextBlock::firstLine).containsExactly(1, 3, 7);
    }

    @Test
    void decorativeRulesSeparateBlocksAndVanish() {
        List<TextBlock> blocks = TextBlock.split(TextBlock.lines("One\n***\nTwo\n---\n\u2022\nThree"), 0);
        assertThat(blocks).extracting(TextBlock::text).containsExactly("One", "Two", "Three");
    }

    @Test
    void listItemsAreParagraphsAndContinuationLinesJoinThem() {
        TextBlock list = TextBlock.split(TextBlock.lines("  • First point\n    wraps here.\n  • Second."), 0).get(0);
        assertThat(list.isList()).isTrue();
        assertThat(list.paragraphs(true)).containsExactly("First point wraps here.", "Second.");
        assertThat(list.paragraphs(false)).containsExactly("• First point wraps here.", "• Second.");
    }

    @Test
    void textBeforeTheFirstBulletIsItsOwnParagraph() {
        TextBlock block = TextBlock.split(TextBlock.lines("Firms said:\n- costs rose\n- sales fell"), 0).get(0);
        assertThat(block.isList()).isFalse();
        assertThat(block.paragraphs(true)).containsExactly("Firms said:", "costs rose", "sales fell");
    }

    @ParameterizedTest
    @ValueSource(strings = {"• Point", "•Point", "- Point", "* Point", "– Point", "   ◦ Point", "\u00A0▪ Point",
        "· Point", "\t- Point"})
    void bulletMarkersAreRecognisedAndRemoved(String line) {
        assertThat(BulletLine.item(line)).contains("Point");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5 degrees", "*emphasis* here", "—Point", "Point • here", "Point"})
    void dashesAndStarsInsideTextAreNoBullets(String line) {
        assertThat(BulletLine.item(line)).isEmpty();
    }
}
