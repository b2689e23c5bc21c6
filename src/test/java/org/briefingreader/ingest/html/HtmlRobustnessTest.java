package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.ingest.SourceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRobustnessTest {
    @TempDir
    Path dir;
    HtmlPages pages;

    @BeforeEach
    void setUp() {
        pages = new HtmlPages(dir);
    }

    @Test
    void aTenMegabytePageImportsInReasonableTime() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Big page</title></head><body>");
        html.append("<nav><a href=\"/\">Home</a></nav><article>");
        for (int i = 0; html.length() < 10 * 1024 * 1024; i++) {
            if (i % 50 == 0) {
                html.append("<h2>Part ").append(i / 50 + 1).append("</h2>");
            }
            html.append("<div class=\"block\"><p>Paragraph ").append(i)
                    .append(" of a very long report, with commas, clauses, and enough words to be real prose for "
                            + "the scorer to count it as article text.</p></div>");
        }
        html.append("</article></body></html>");
        Path file = pages.write("big.html", html.toString());

        Briefing briefing = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new HtmlBriefingParser().parse(file).briefing());

        assertThat(briefing.sections()).hasSizeGreaterThan(1000);
        assertThat(briefing.bodyParagraphCount()).isGreaterThan(50_000);
    }

    @Test
    void tenThousandNestedDivsCauseNoStackOverflow() throws Exception {
        int depth = 10_000;
        String html = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(depth)
                + "<p>Deep inside ten thousand divs, this paragraph, with its commas, is the article.</p>"
                + "</div>".repeat(depth) + "</body></html>";

        Briefing briefing = pages.briefing(html);

        assertThat(briefing.lede()).extracting(Paragraph::text).containsExactly(
                "Deep inside ten thousand divs, this paragraph, with its commas, is the article.");
    }

    @Test
    void brokenMarkupStillImports() throws Exception {
        String html = "<html><head><title>Broken</title><body></div></div><article><h2>Unclosed section"
                + "<p>First paragraph, never closed, with some words in it to count."
                + "<p>Second paragraph <b>bold <i>and italic</b> text</i>, also unclosed, still prose."
                + "</span></article></div><ul><li>stray item";

        Briefing briefing = pages.briefing(html);

        assertThat(briefing.allUnits()).extracting(Paragraph::text).contains(
                "First paragraph, never closed, with some words in it to count.",
                "Second paragraph bold and italic text, also unclosed, still prose.");
    }

    @Test
    void aPageWithNoArticleIsRefusedInOneLine() throws Exception {
        String html = "<html><head><title>Nothing</title></head><body><header><a href=\"/\">Logo</a></header>"
                + "<nav><a href=\"/a\">A</a> <a href=\"/b\">B</a></nav><form><input name=\"q\"><button>Search"
                + "</button></form><footer>\u00a9 2024</footer></body></html>";
        Path file = pages.write("empty.html", html);

        assertThatThrownBy(() -> new HtmlBriefingParser().parse(file))
                .isInstanceOf(BriefingInputException.class)
                .hasMessage(file + ": no article text found");
    }

    @Test
    void aPageOverTheSizeLimitIsRefusedByTheLoader() throws Exception {
        Path file = pages.write("over.html", HtmlPages.page("Over", HtmlPages.prose("limit")));
        HtmlBriefingParser small = new HtmlBriefingParser(new SourceLoader(100),
                org.briefingreader.domain.SectionKindTable.defaults());

        assertThatThrownBy(() -> small.parse(file)).isInstanceOf(BriefingInputException.class)
                .hasMessageContaining("over the 100 bytes size limit");
    }

    @Test
    void anUnknownCharsetImportsWithAWarning() throws Exception {
        String html = "<html><head><meta charset=\"x-unknown-foo\"><title>Foo</title></head><body><p>Some "
                + "paragraph text, long enough, under a charset that does not exist.</p></body></html>";

        var parsed = pages.parse(html);

        assertThat(parsed.briefing().lede()).isNotEmpty();
        assertThat(parsed.warnings()).anyMatch(w -> w.contains("x-unknown-foo"));
    }
}
