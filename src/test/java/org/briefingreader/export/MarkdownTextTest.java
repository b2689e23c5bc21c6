package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {
    private static final List<Class<? extends Node>> PLAIN_QUOTE = List.of(Document.class, BlockQuote.class,
            Paragraph.class, Text.class, HardLineBreak.class);

    static Stream<String> markdownLookingText() {
        return Stream.of("# heading", "###### six", "- item", "+ item", "* item", "1. item", "12) item",
                "*emphasis* and _this_", "**strong**", "`code`", "``double``", "<b>bold</b>", "<http://x.org>",
                "<a@b.org>", "[a](http://b)", "![img](x.png)", "[[wiki link]]", "[ref]: /url \"t\"", "[^note]",
                "==marked==", "%%hidden%%", "$x^2$", "~~struck~~", "a | b | c", "---", "===", "***", "___", "- - -",
                "> quoted", ">> twice", "&amp; &#35; &copy", "AT&T", "back\\slash\\*", "    indented code",
                "\tindented by tab", "trailing two  ", " one each side ", "```", "~~~java", "<!-- comment -->",
                "<script>alert(1)</script>", "<div>", "#tag and #another", "a_b_c", "1\\. escaped already",
                "emoji \uD83D\uDE00 and\u00A0nbsp", "100. fine", "-1 starts with minus", "=1+1");
    }

    @ParameterizedTest
    @MethodSource("markdownLookingText")
    void quotedPassageShowsItsTextLiterally(String passage) {
        Node doc = MarkdownTree.parse(MarkdownText.blockQuote(passage));

        assertThat(MarkdownTree.typesOutside(doc, PLAIN_QUOTE)).isEmpty();
        assertThat(MarkdownTree.all(doc, BlockQuote.class)).hasSize(1);
        assertThat(MarkdownTree.text(doc)).isEqualTo(passage);
    }

    @ParameterizedTest
    @MethodSource("markdownLookingText")
    void headingShowsItsTextLiterally(String title) {
        Node doc = MarkdownTree.parse("# " + MarkdownText.inline(title) + "\n");

        assertThat(MarkdownTree.typesOutside(doc, List.of(Document.class, Heading.class, Text.class))).isEmpty();
        assertThat(MarkdownTree.text(doc)).isEqualTo(title);
    }

    @Test
    void lineBreakInAParagraphIsAHardBreakAndABlankLineANewParagraph() {
        String md = MarkdownText.blockQuote("first line\nsecond line\n\nnext paragraph");

        assertThat(md).isEqualTo("> first line\\\n> second line\n>\n> next paragraph\n");
        Node doc = MarkdownTree.parse(md);
        assertThat(MarkdownTree.all(doc, Paragraph.class)).hasSize(2);
        assertThat(MarkdownTree.all(doc, HardLineBreak.class)).hasSize(1);
    }

    @Test
    void blankLinesAtTheEndsAndRunsOfThemAreAllMarkdownCanShow() {
        Node doc = MarkdownTree.parse(MarkdownText.blockQuote("\n\na\n\n\n\nb\r\nc\n"));

        assertThat(MarkdownTree.text(doc)).isEqualTo("a\n\nb\nc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a | b", "~~x~~", "==x==", "%%x%%", "$x$", "#tag", "[[x]]"})
    void markersOfGithubAndObsidianExtensionsAreEscaped(String text) {
        // commonmark-java's core parser knows none of these, so the rule is checked on the text itself
        String escaped = MarkdownText.inline(text);

        for (int i = 0; i < escaped.length(); i++) {
            if ("|~=%$#[]".indexOf(escaped.charAt(i)) >= 0) {
                assertThat(escaped.charAt(i - 1)).as("before %s in %s", escaped.charAt(i), escaped).isEqualTo('\\');
            }
        }
    }

    @Test
    void ordinaryPunctuationStaysReadable() {
        assertThat(MarkdownText.inline("Japan's \"plan\": (a), b; c! d? e.")).isEqualTo(
                "Japan's \"plan\": (a), b; c! d? e.");
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(200);
    }

    /** Random text over an alphabet of Markdown's syntax, white space and a few letters shows as itself. */
    @ParameterizedTest
    @MethodSource("seeds")
    void anyPassageShowsLiterally(long seed) {
        Random random = new Random(seed);
        String alphabet = "ab1 \t#*_`[]()<>!&;|~=$%:^{}\\/-+.\"'\u00A0\uD83D\uDE00";
        StringBuilder passage = new StringBuilder();
        int length = 1 + random.nextInt(60);
        while (passage.length() < length) {
            int pick = random.nextInt(alphabet.length() + 4);
            if (pick >= alphabet.length() + 2) {
                passage.append(pick == alphabet.length() + 2 ? "\n" : "\n\n");
            } else if (pick >= alphabet.length()) {
                passage.append(alphabet, alphabet.length() - 2, alphabet.length());
            } else if (Character.isSurrogate(alphabet.charAt(pick))) {
                passage.append(alphabet, alphabet.length() - 2, alphabet.length());
            } else {
                passage.append(alphabet.charAt(pick));
            }
        }
        String expected = passage.toString().replaceAll("^\n+|\n+$", "").replaceAll("\n{2,}", "\n\n");
        Node doc = MarkdownTree.parse(MarkdownText.blockQuote(passage.toString()));

        assertThat(MarkdownTree.typesOutside(doc, PLAIN_QUOTE)).as(passage.toString()).isEmpty();
        assertThat(MarkdownTree.text(doc)).as(passage.toString()).isEqualTo(expected);
    }
}
