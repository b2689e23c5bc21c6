package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefingreader.ingest.html.HtmlPages.page;
import static org.briefingreader.ingest.html.HtmlPages.prose;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlBriefingParserTest {
    @TempDir
    Path dir;
    HtmlPages pages;

    @BeforeEach
    void setUp() {
        pages = new HtmlPages(dir);
    }

    private static String allText(Briefing briefing) {
        StringBuilder sb = new StringBuilder();
        briefing.allUnits().forEach(p -> sb.append(p.text()).append('\n'));
        briefing.sections().forEach(s -> sb.append(s.heading()).append('\n'));
        return sb.toString();
    }

    @Test
    void navigationScriptsStylesAsidesAndFootersAreDropped() throws Exception {
        Briefing briefing = pages.briefing(page("Rivers", prose("river") + prose("delta")));

        assertThat(briefing.lede()).extracting(Paragraph::text)
                .allSatisfy(t -> assertThat(t).startsWith("The "));
        assertThat(allText(briefing)).doesNotContain("Navigation link", "Site home", "script text", "color: red",
                "Aside text", "Footer text");
    }

    @Test
    void shareRelatedCommentAndNewsletterBlocksAreDropped() throws Exception {
        String article = prose("harbour")
                + "<div class=\"share-buttons\"><a href=\"#\">Share on Twitter</a> Share this story</div>"
                + "<div class=\"related-stories\"><p>Related: another story about another harbour entirely.</p></div>"
                + "<div id=\"comments\"><p>A reader comment saying that the harbour story was great.</p></div>"
                + "<div class=\"newsletter-signup\"><p>Sign up for our newsletter today.</p></div>"
                + "<form action=\"/subscribe\"><label>Email</label><input name=\"e\"><button>Go</button></form>"
                + prose("quay");

        Briefing briefing = pages.briefing(page("Harbours", article));

        assertThat(briefing.lede()).extracting(Paragraph::text).hasSize(2)
                .allSatisfy(t -> assertThat(t).startsWith("The "));
    }

    @Test
    void headingsUpToH3BecomeSectionsAndTheTitleHeadingIsNotOne() throws Exception {
        String article = "<h1>Japan and Russia</h1>" + prose("opening")
                + "<h2>The Big Picture</h2>" + prose("context")
                + "<h3>What Japan Wants</h3>" + prose("motive")
                + "<h2>The Big Picture</h2>" + prose("repeat");

        Briefing briefing = pages.briefing(page("Japan and Russia", article));

        assertThat(briefing.title()).isEqualTo("Japan and Russia");
        assertThat(briefing.lede()).singleElement().extracting(Paragraph::id).isEqualTo("lede.p1");
        assertThat(briefing.sections()).extracting(Section::id)
                .containsExactly("the-big-picture", "what-japan-wants", "the-big-picture-2");
        assertThat(briefing.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.CONTEXT, SectionKind.MOTIVATIONS, SectionKind.CONTEXT);
        assertThat(briefing.sections().get(0).paragraphs()).extracting(Paragraph::id)
                .containsExactly("the-big-picture.p1");
    }

    @Test
    void aHeadingThatIsTheTitleWithoutTheSiteNameIsNotASection() throws Exception {
        String article = "<h2>Why Neon Matters</h2>" + prose("neon") + "<h2>History</h2>" + prose("past");

        Briefing briefing = pages.briefing(page("Why Neon Matters - CityLab", article));

        assertThat(briefing.sections()).extracting(Section::heading).containsExactly("History");
    }

    @Test
    void listsOfOtherArticlesAreDroppedEvenWhenNamedArticle() throws Exception {
        String article = prose("main story") + "<section class=\"c-article-most-popular\"><h2>Most Popular</h2>"
                + "<p>Another story, with commas, about something else that is popular this week.</p></section>";

        Briefing briefing = pages.briefing(page("Story", article));

        assertThat(allText(briefing)).doesNotContain("Most Popular", "Another story");
    }

    @Test
    void aSiblingBlockOfTheArticlesClassJoinsItThoughItsTextSitsDeep() throws Exception {
        String deep = "<div>".repeat(6);
        String undeep = "</div>".repeat(6);
        String html = "<html><head><title>Parts</title></head><body><div class=\"wrap\">"
                + "<div class=\"part\">" + deep + prose("first part") + prose("first part again")
                + prose("first part once more") + undeep + "</div>"
                + "<div class=\"part\">" + deep + prose("second part") + undeep + "</div></div></body></html>";

        Briefing briefing = pages.briefing(html);

        assertThat(allText(briefing)).contains("The first part is", "The second part is");
    }

    @Test
    void anH4UnderSectionsStaysAParagraphOfItsOwn() throws Exception {
        String article = "<h2>Outlook</h2>" + prose("outlook") + "<h4>A detail</h4>" + prose("detail");

        Briefing briefing = pages.briefing(page("Outlook page", article));

        assertThat(briefing.sections()).singleElement().satisfies(s -> assertThat(s.paragraphs())
                .extracting(Paragraph::text).contains("A detail"));
    }

    @Test
    void h4HeadingsAreSectionsWhenThereAreNoHigherOnes() throws Exception {
        String article = prose("opening") + "<h4>First part</h4>" + prose("first") + "<h5>Second part</h5>"
                + prose("second");

        Briefing briefing = pages.briefing(page("Low headings", article));

        assertThat(briefing.sections()).extracting(Section::heading).containsExactly("First part", "Second part");
    }

    @Test
    void listsKeepTheirMarksAndTheirText() throws Exception {
        String article = prose("list intro") + "<ul><li>First bullet point</li><li>Second <b>bold</b> point</li></ul>"
                + "<ol><li>Step one</li><li>Step two</li></ol>" + prose("after");

        Briefing briefing = pages.briefing(page("Lists", article));

        List<Paragraph> lede = briefing.lede();
        assertThat(lede).extracting(Paragraph::text).containsExactly(lede.get(0).text(), "First bullet point",
                "Second bold point", "Step one", "Step two", lede.get(5).text());
        assertThat(lede).extracting(Paragraph::list).containsExactly(Optional.empty(),
                Optional.of(ListMark.BULLET), Optional.of(ListMark.BULLET), Optional.of(ListMark.NUMBERED),
                Optional.of(ListMark.NUMBERED), Optional.empty());
    }

    @Test
    void entitiesAreDecodedAndWhitespaceNormalised() throws Exception {
        String article = "<p>Tom &amp; Jerry&nbsp;&nbsp;met   at\n\n the caf&eacute; &#8212; &ldquo;twice&rdquo;, "
                + "they said, in a long enough sentence to count.</p>";

        Briefing briefing = pages.briefing(page("Entities", article));

        assertThat(briefing.lede()).extracting(Paragraph::text).containsExactly(
                "Tom & Jerry met at the caf\u00e9 \u2014 \u201ctwice\u201d, they said, in a long enough sentence to count.");
    }

    @Test
    void twoLineBreaksSplitAParagraphAndOneDoesNot() throws Exception {
        String article = "<div>The first paragraph, written with breaks,<br>goes on here.<br><br>The second paragraph, "
                + "after two breaks, is its own one.</div>";

        Briefing briefing = pages.briefing(page("Breaks", article));

        assertThat(briefing.lede()).extracting(Paragraph::text).containsExactly(
                "The first paragraph, written with breaks, goes on here.",
                "The second paragraph, after two breaks, is its own one.");
    }

    @Test
    void figureCaptionsBecomeCaptions() throws Exception {
        String article = "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>Abe and Putin in Tokyo.</figcaption>"
                + "</figure>" + prose("summit");

        Briefing briefing = pages.briefing(page("Summit", article));

        assertThat(briefing.captions()).extracting(Paragraph::id, Paragraph::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("caption.1", "Abe and Putin in Tokyo."));
        assertThat(briefing.lede()).extracting(Paragraph::text).noneMatch(t -> t.contains("Abe and Putin"));
    }

    @Test
    void idHashAndFileNameAreSetAsTheTextImporterSetsThem() throws Exception {
        ParsedBriefing parsed = pages.parse(page("A Page Title", prose("identity")));

        assertThat(parsed.briefing().id()).isEqualTo("a-page-title");
        assertThat(parsed.briefing().originalFileName()).isEqualTo("page.html");
        assertThat(parsed.briefing().contentHash()).startsWith("sha256:");
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void aPageWithoutATitleIsNamedByItsFirstHeadingOrElseItsFile() throws Exception {
        String noTitle = "<html><body><article>" + prose("untitled") + "</article></body></html>";

        Briefing briefing = new HtmlBriefingParser().parse(pages.write("field-notes.htm", noTitle)).briefing();

        assertThat(briefing.title()).isEqualTo("field-notes");
    }

    @Test
    void aPageOfOnlyLinksAndFormsHasNoArticle() throws Exception {
        String html = "<html><head><title>Menu</title></head><body><nav><a href=\"/a\">Home</a></nav>"
                + "<div><ul><li><a href=\"/x\">Products and services</a></li><li><a href=\"/y\">About the company"
                + "</a></li><li><a href=\"/z\">Contact us and our offices</a></li></ul></div>"
                + "<form><label>Search</label><input name=\"q\"></form></body></html>";
        Path file = pages.write("menu.html", html);

        assertThatThrownBy(() -> new HtmlBriefingParser().parse(file))
                .isInstanceOf(BriefingInputException.class)
                .hasMessage(file + ": no article text found");
    }

    @Test
    void theCharsetTheMetaTagDeclaresIsUsed() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Caf\u00e9</title></head><body><article><p>Na\u00efve \u201cquotes\u201d in a caf\u00e9, "
                + "written in the old Windows code page, long enough to be prose.</p></article></body></html>";
        Path file = pages.write("cp.html", html, Charset.forName("windows-1252"));

        ParsedBriefing parsed = new HtmlBriefingParser().parse(file);

        assertThat(parsed.briefing().title()).isEqualTo("Caf\u00e9");
        assertThat(parsed.briefing().lede().get(0).text()).startsWith("Na\u00efve \u201cquotes\u201d in a caf\u00e9");
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void anUnknownDeclaredCharsetIsReadAsUtf8WithAWarning() throws Exception {
        String html = "<html><head><meta charset=\"x-unknown-foo\"><title>Unknown</title></head><body><article>"
                + "<p>Text in UTF-8 \u2014 with a dash, under a charset nobody knows, long enough.</p></article>"
                + "</body></html>";
        Path file = pages.write("unknown.html", html, StandardCharsets.UTF_8);

        ParsedBriefing parsed = new HtmlBriefingParser().parse(file);

        assertThat(parsed.briefing().lede().get(0).text()).contains("\u2014 with a dash");
        assertThat(parsed.warnings()).singleElement().asString().contains("x-unknown-foo", "UTF-8");
    }

    @Test
    void undeclaredBytesThatAreNotUtf8AreReadAsWindows1252WithAWarning() throws Exception {
        String html = "<html><head><title>Old</title></head><body><article><p>An \u201cold\u201d page saved "
                + "without a charset, in the Windows code page, long enough to be prose.</p></article></body></html>";
        Path file = pages.write("old.html", html, Charset.forName("windows-1252"));

        ParsedBriefing parsed = new HtmlBriefingParser().parse(file);

        assertThat(parsed.briefing().lede().get(0).text()).startsWith("An \u201cold\u201d page");
        assertThat(parsed.warnings()).singleElement().asString().contains("windows-1252");
    }

    @Test
    void takesHtmlHtmAndXhtmlFiles() {
        HtmlBriefingParser parser = new HtmlBriefingParser();

        assertThat(List.of("a.html", "b.HTM", "c.xhtml")).allMatch(n -> parser.accepts(Path.of(n)));
        assertThat(parser.accepts(Path.of("d.txt"))).isFalse();
    }
}
