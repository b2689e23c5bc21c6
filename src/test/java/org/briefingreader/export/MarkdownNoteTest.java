package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownNoteTest {
    private static final String FOOTER = "[Open in Briefing Reader](briefing-reader://open?briefing=b&annotation=a)";

    /** The note as the exporter places it: after a section heading and a quote, before the footer line. */
    private static Node placed(String note) {
        return MarkdownTree.parse("## Section\n\n> passage\n\n" + MarkdownNote.contain(note) + "\n\n" + FOOTER + "\n");
    }

    @Test
    void ordinaryMarkdownIsKeptAsWritten() {
        String note = "**Why:** see [the deal](http://example.org).\n\n- check figures\n- ask `x`\n\n<i>kept</i>";

        assertThat(MarkdownNote.contain(note)).isEqualTo(note);
    }

    @Test
    void windowsLineEndsBecomeLineFeeds() {
        assertThat(MarkdownNote.contain("a\r\nb\rc")).isEqualTo("a\nb\nc");
    }

    @Test
    void codeFenceLeftOpenIsClosed() {
        assertThat(MarkdownNote.contain("see:\n````java\nint x;")).isEqualTo("see:\n````java\nint x;\n````");
        assertThat(MarkdownNote.contain("~~~\ncode\n~~~\nafter")).isEqualTo("~~~\ncode\n~~~\nafter");
        assertThat(MarkdownNote.contain("- item\n  ```\n  code")).isEqualTo("- item\n  ```\n  code\n  ```");
    }

    @Test
    void htmlBlockLeftOpenIsClosed() {
        assertThat(MarkdownNote.contain("<!-- draft\nmore")).isEqualTo("<!-- draft\nmore\n-->");
        assertThat(MarkdownNote.contain("<SCRIPT>\nx")).isEqualTo("<SCRIPT>\nx\n</script>");
        assertThat(MarkdownNote.contain("<!-- closed -->\ntext")).isEqualTo("<!-- closed -->\ntext");
        assertThat(MarkdownNote.contain("- item\n  <!-- open")).isEqualTo("- item\n  <!-- open\n  -->");
    }

    @Test
    void headingsGoTwoLevelsDown() {
        assertThat(MarkdownNote.contain("# Why\ntext\n##### Deep\n####### not a heading\n#hashtag"))
                .isEqualTo("### Why\ntext\n###### Deep\n####### not a heading\n#hashtag");
    }

    @Test
    void underlineUnderTextBecomesARule() {
        assertThat(MarkdownNote.contain("Thought\n---\nmore\n===")).isEqualTo("Thought\n\n---\nmore\n\n===");
    }

    @Test
    void linesInsideAFenceAreLeftAlone() {
        String note = "```\n# comment\ntext\n---\n<!--\n```";

        assertThat(MarkdownNote.contain(note)).isEqualTo(note);
    }

    static Stream<String> notesThatWouldEscape() {
        return Stream.of("```\nunclosed fence", "~~~~\nunclosed tilde fence", "<!-- unclosed comment",
                "<pre>\nunclosed pre", "<script>alert(1)", "<?php unclosed", "<![CDATA[ unclosed", "<!DOCTYPE x",
                "# A heading", "Setext one\n===", "Setext two\n---", "---\nfront: matter?\n---", "text\n---",
                "  ```\nindented fence", "> quote\n> ```\n> open in a quote", "- item\n  ```\n  open in a list",
                "- item\n  <!-- open in a list", "1. item\n   ~~~\n   open in an ordered list",
                "trailing backslash\\", "two spaces  ", "<div>\nhtml block", "[ref]: http://x");
    }

    /** Whatever the note holds, the footer line after it is still a paragraph with its link, and no heading of
     * the note ranks with the section heading. */
    @ParameterizedTest
    @MethodSource("notesThatWouldEscape")
    void noteStaysInItsPlace(String note) {
        Node doc = placed(note);
        List<Node> blocks = MarkdownTree.blocks(doc);
        Node last = blocks.get(blocks.size() - 1);

        assertThat(last).as("last block").isInstanceOf(Paragraph.class);
        assertThat(MarkdownTree.all(last, Link.class)).singleElement()
                .satisfies(l -> assertThat(l.getDestination()).isEqualTo(
                        "briefing-reader://open?briefing=b&annotation=a"));
        assertThat(MarkdownTree.all(doc, Heading.class)).filteredOn(h -> h.getLevel() <= 2)
                .extracting(MarkdownTree::text).containsExactly("Section");
    }

    @Test
    void ruleOnTheNoteFirstLineIsARuleNotAnUnderline() {
        Node doc = placed("---\nafter the rule");

        assertThat(MarkdownTree.all(doc, ThematicBreak.class)).hasSize(1);
        assertThat(MarkdownTree.all(doc, Heading.class)).hasSize(1);
    }

    @Test
    void listAtTheNoteEndDoesNotTakeTheFooter() {
        Node doc = placed("- one\n- two");

        BulletList list = MarkdownTree.all(doc, BulletList.class).get(0);
        assertThat(MarkdownTree.all(list, Link.class)).isEmpty();
    }
}
