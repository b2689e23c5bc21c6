package org.briefingreader.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.ingest.markdown.MarkdownFixture.headings;
import static org.briefingreader.ingest.markdown.MarkdownFixture.texts;

import java.nio.file.Path;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain Markdown: headings, paragraphs, lists, quotes, code and inline markup. */
class MarkdownStructureTest {
    @TempDir
    Path dir;
    private MarkdownFixture md;

    @BeforeEach
    void fixture() {
        md = new MarkdownFixture(dir);
    }

    @Test
    void leadingLevelOneHeadingIsTheTitleNotASection() throws Exception {
        Briefing b = md.briefing("# Ship Often\n\nWe ship weekly.\n\n## The Yard\n\nBuilt near water.\n");
        assertThat(b.title()).isEqualTo("Ship Often");
        assertThat(headings(b)).containsExactly("The Yard");
        assertThat(b.lede()).extracting(Paragraph::id, Paragraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lede.p1", "We ship weekly."));
        assertThat(b.sections().get(0).paragraphs()).extracting(Paragraph::id).containsExactly("the-yard.p1");
    }

    @Test
    void atxAndSetextHeadingsAreAlike() throws Exception {
        Briefing b = md.briefing("Title\n=====\n\nIntro text.\n\nFirst Part\n----------\n\nOne.\n\n## Second Part\n\nTwo.\n");
        assertThat(b.title()).isEqualTo("Title");
        assertThat(headings(b)).containsExactly("First Part", "Second Part");
    }

    @Test
    void threeShallowestLevelsAreSectionsDeeperOnesParagraphs() throws Exception {
        Briefing b = md.briefing("# T\n\nx.\n\n## A\n\na.\n\n### B\n\nb.\n\n#### C\n\nc.\n\n##### D\n\nd.\n");
        assertThat(headings(b)).containsExactly("A", "B", "C");
        assertThat(b.section("c").orElseThrow().paragraphs()).extracting(Paragraph::text).containsExactly("c.", "D", "d.");
    }

    @Test
    void laterLevelOneHeadingsAreSections() throws Exception {
        Briefing b = md.briefing("# Report\n\nx.\n\n# Findings\n\ny.\n\n## Detail\n\nz.\n");
        assertThat(b.title()).isEqualTo("Report");
        assertThat(headings(b)).containsExactly("Findings", "Detail");
    }

    @Test
    void listItemsKeepTheirMarksWithoutTheMarkerInTheText() throws Exception {
        Briefing b = md.briefing("# T\n\nLead.\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n");
        assertThat(b.lede()).extracting(Paragraph::text, Paragraph::list).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lead.", Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("one", Optional.of(ListMark.BULLET)),
                org.assertj.core.groups.Tuple.tuple("two", Optional.of(ListMark.BULLET)),
                org.assertj.core.groups.Tuple.tuple("nested", Optional.of(ListMark.BULLET)),
                org.assertj.core.groups.Tuple.tuple("first", Optional.of(ListMark.NUMBERED)),
                org.assertj.core.groups.Tuple.tuple("second", Optional.of(ListMark.NUMBERED)));
    }

    @Test
    void inlineMarkupBecomesItsPlainTextAndImagesAreDropped() throws Exception {
        Briefing b = md.briefing("# T\n\nSee *the* **full** [report](http://x.org/r.pdf) and `code`"
                + " ![a map](m.png) here.\n");
        assertThat(texts(b)).containsExactly("See the full report and code here.");
    }

    @Test
    void hardWrappedLinesJoinIntoOneParagraph() throws Exception {
        Briefing b = md.briefing("# T\n\nProducts like\n[Federalist](/f)\nhave all debuted.\n");
        assertThat(texts(b)).containsExactly("Products like Federalist have all debuted.");
    }

    @Test
    void quotesAndCodeStayAsPlainParagraphs() throws Exception {
        Briefing b = md.briefing("# T\n\n> Quoted *words*.\n>\n> ### Quoted heading\n\n```\nint x = 1;\n```\n");
        assertThat(texts(b)).containsExactly("Quoted words.", "Quoted heading", "int x = 1;");
        assertThat(b.sections()).isEmpty();
    }

    @Test
    void rawHtmlBlocksGiveTheirVisibleText() throws Exception {
        Briefing b = md.briefing("# T\n\n<div class=\"q\"><blockquote>Said &amp; done.</blockquote>"
                + "<script>var x;</script></div>\n\n<!-- a comment -->\n\nAfter.\n");
        assertThat(texts(b)).containsExactly("Said & done.", "After.");
    }

    @Test
    void staticSiteTemplateTagsAreCutOut() throws Exception {
        Briefing b = md.briefing("# T\n\n{% image \"a.jpg\" \"alt\" %}\n\n{{ \"kane\" | team_photo }} Loved it."
                + " - {{ \"kane\" | team_link }}\n");
        assertThat(texts(b)).containsExactly("Loved it. -");
    }

    @Test
    void titleFallsBackToTheFirstLineThenTheFileName() throws Exception {
        assertThat(md.briefing("Just a short line\nand more text.\n\nBody.\n").title()).isEqualTo("Just a short line");
        assertThat(md.parse("my-notes.md", "x".repeat(200) + "\n").briefing().title()).isEqualTo("my-notes");
    }

    @Test
    void sectionIdsAreUniqueSlugs() throws Exception {
        Briefing b = md.briefing("# T\n\n## Notes\n\na.\n\n## Notes\n\nb.\n\n## Summary\n\nc.\n");
        assertThat(b.sections()).extracting(s -> s.id()).containsExactly("notes", "notes-2", "summary-2");
    }
}
