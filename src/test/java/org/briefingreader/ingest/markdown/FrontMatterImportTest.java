package org.briefingreader.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML front matter: the keys read, the keys ignored, and front matter that is wrong. */
class FrontMatterImportTest {
    @TempDir
    Path dir;
    private MarkdownFixture md;

    @BeforeEach
    void fixture() {
        md = new MarkdownFixture(dir);
    }

    @Test
    void frontMatterGivesTitleDateBylineAndSummary() throws Exception {
        Briefing b = md.briefing("---\ntitle: \"Shipping, Often\"\ndate: 2015-10-09\nauthors:\n- bret\n- mel-choyce\n"
                + "tags: [cloud, security]\nexcerpt: >\n  How we ship\n  so often.\nlayout: post\n---\n\nBody text.\n");
        assertThat(b.title()).isEqualTo("Shipping, Often");
        assertThat(b.published()).contains(ZonedDateTime.of(2015, 10, 9, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(b.byline()).contains("Bret and Mel Choyce");
        assertThat(b.summary()).extracting(Paragraph::id, Paragraph::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("summary.b1", "How we ship so often."));
        assertThat(b.id()).isEqualTo("shipping-often-2015-10-09");
        assertThat(MarkdownFixture.texts(b)).containsExactly("How we ship so often.", "Body text.");
    }

    @Test
    void aDateWithTimeAndOffsetKeepsItsZone() throws Exception {
        Briefing b = md.briefing("---\ntitle: T\ndate: 2016-03-23 11:00:00 -0400\n---\nText.\n");
        assertThat(b.published()).contains(ZonedDateTime.of(2016, 3, 23, 11, 0, 0, 0, ZoneOffset.ofHours(-4)));
    }

    @Test
    void descriptionIsTheSummaryWhenThereIsNoExcerpt() throws Exception {
        Briefing b = md.briefing("---\ntitle: T\ndescription: The gist.\nauthor: Jane Doe\n---\nText.\n");
        assertThat(b.summary()).extracting(Paragraph::text).containsExactly("The gist.");
        assertThat(b.byline()).contains("Jane Doe");
    }

    @Test
    void levelOneHeadingRepeatingTheFrontMatterTitleIsDropped() throws Exception {
        Briefing b = md.briefing("---\ntitle: Hello, World\n---\n# Hello, world!\n\nText.\n\n## Part\n\nMore.\n");
        assertThat(MarkdownFixture.headings(b)).containsExactly("Part");
    }

    @Test
    void fileNameDateIsUsedWhenTheFrontMatterHasNone() throws Exception {
        ParsedBriefing p = md.parse("2014-03-12-coming-soon.md", "---\ntitle: Coming soon\n---\nSoon.\n");
        assertThat(p.briefing().published()).contains(ZonedDateTime.of(2014, 3, 12, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void malformedYamlIsOneLineErrorWithTheFileAndLine() {
        assertThatThrownBy(() -> md.parse("bad.md", "---\ntitle: ok\ndate: [2015\n---\nText.\n"))
                .isInstanceOf(BriefingInputException.class)
                .satisfies(e -> {
                    BriefingInputException bie = (BriefingInputException) e;
                    assertThat(bie.getMessage()).startsWith(dir.resolve("bad.md") + ":")
                            .contains("front matter is not valid YAML").doesNotContain("\n");
                    assertThat(bie.line()).isPresent();
                    assertThat(bie.line().getAsInt()).isBetween(3, 5);
                });
    }

    @Test
    void frontMatterThatIsNotKeyValuePairsIsRefused() {
        assertThatThrownBy(() -> md.parse("list.md", "---\n- a\n- b\n---\nText.\n"))
                .isInstanceOf(BriefingInputException.class)
                .hasMessageContaining("list.md:2: front matter is not a list of key: value lines");
    }

    @Test
    void unclosedFrontMatterIsReadAsMarkdownWithAWarning() throws Exception {
        ParsedBriefing p = md.parse("open.md", "---\ntitle: T\n\nSome text here.\n");
        assertThat(p.warnings()).anyMatch(w -> w.contains("never closed"));
        assertThat(MarkdownFixture.texts(p.briefing())).contains("Some text here.");
    }

    @Test
    void unknownKeysAreIgnoredAndAnUnreadableDateIsAWarning() throws Exception {
        ParsedBriefing p = md.parse("odd.md", "---\ntitle: T\nhero: false\nimage: /a.png\ndate: someday\n---\nText.\n");
        assertThat(p.briefing().title()).isEqualTo("T");
        assertThat(p.briefing().published()).isEmpty();
        assertThat(p.warnings()).containsExactly("date \"someday\" not understood; left out");
    }

    @Test
    void aFileWithoutArticleTextIsRefused() {
        assertThatThrownBy(() -> md.parse("empty.md", "---\ntitle: Only a title\n---\n\n<!-- nothing -->\n"))
                .isInstanceOf(BriefingInputException.class)
                .hasMessageEndingWith("empty.md: no article text found");
    }
}
