package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationReadersTest {
    private static final Path CORPUS = Path.of("../shared/corpus");

    @TempDir
    Path dir;

    @Test
    void readabilityPageTakesMetadataBodyAndH1ToH3(@TempDir Path page) throws IOException {
        write(page.resolve("source.html"), "<html><body>whatever</body></html>");
        write(page.resolve("expected-metadata.json"), "{\"title\": \"Seven secrets\", \"byline\": null,"
                + " \"publishedTime\": \"2015-09-17T16:57:43+01:00\"}");
        write(page.resolve("expected.html"), "<div id=\"readability-page-1\"><p>Intro &amp; more.</p>"
                + "<h2>Part one</h2><p>Text.</p><h3>Detail</h3><h4>Too deep</h4><p>End.</p></div>");

        Expected e = ReadabilityExpectations.read(page.resolve("source.html"));

        assertThat(e.title()).contains("Seven secrets");
        assertThat(e.date().orElseThrow().day()).isEqualTo(LocalDate.of(2015, 9, 17));
        assertThat(e.date().orElseThrow().offset()).contains(ZoneOffset.ofHours(1));
        assertThat(e.headings()).contains(List.of("Part one", "Detail"));
        assertThat(e.body()).contains("Intro & more. Part one Text. Detail Too deep End.");
    }

    @Test
    void readabilityNullTimeMeansNoDateExpected(@TempDir Path page) throws IOException {
        write(page.resolve("expected-metadata.json"), "{\"title\": \"T\", \"publishedTime\": null}");
        write(page.resolve("expected.html"), "<p>x</p>");

        assertThat(ReadabilityExpectations.read(page.resolve("source.html")).date()).isEmpty();
    }

    @Test
    void realReadabilityPage() throws IOException {
        Path source = CORPUS.resolve("readability-dev/test-pages/bug-1255978/source.html");
        assumeTrue(Files.exists(source), "corpus readability-dev absent: " + source);

        Expected e = ReadabilityExpectations.read(source);

        assertThat(e.title()).contains("Seven secrets that hotel owners don't want you to know");
        assertThat(e.date().orElseThrow().day()).isEqualTo(LocalDate.of(2015, 9, 17));
        assertThat(e.headings().orElseThrow()).contains("6. Mini bars almost always lose money");
        assertThat(e.body().orElseThrow()).contains("hairdryer");
    }

    @Test
    void frontMatterGivesTitleDateAndTheMarkdownHeadings() throws IOException {
        Path post = write(dir.resolve("post.md"), """
                ---
                title: "Hello: a *post*"
                date: 2015-03-17 14:00:00 -4
                tags:
                - x
                ---
                Intro paragraph.

                ## What's **new** with [us](http://example.com)

                Setext heading
                --------------

                ```
                # not a heading inside code
                ```

                ### `code` in a heading
                """);

        Expected e = FrontMatterExpectations.read(post);

        assertThat(e.title()).contains("Hello: a *post*");
        assertThat(e.date().orElseThrow().day()).isEqualTo(LocalDate.of(2015, 3, 17));
        assertThat(e.headings()).contains(List.of("What's new with us", "Setext heading", "code in a heading"));
        assertThat(e.body()).isEmpty();
    }

    @Test
    void frontMatterWithoutDateExpectsNone() throws IOException {
        Path post = write(dir.resolve("undated.md"), "---\ntitle: Undated\n---\nText.\n");

        assertThat(FrontMatterExpectations.read(post).date()).isEmpty();
        assertThat(FrontMatterExpectations.read(post).headings()).contains(List.of());
    }

    @Test
    void postWithoutFrontMatterIsRefused() throws IOException {
        Path post = write(dir.resolve("bare.md"), "# Title\n\nText.\n");

        assertThatThrownBy(() -> FrontMatterExpectations.read(post)).isInstanceOf(IOException.class)
                .hasMessageContaining("no YAML front matter");
    }

    @Test
    void real18fPost() throws IOException {
        Path post = CORPUS.resolve("18f-blog/posts/2014-09-25-design-studio-onrr.md");
        assumeTrue(Files.exists(post), "corpus 18f-blog absent: " + post);

        Expected e = FrontMatterExpectations.read(post);

        assertThat(e.title()).contains("User-centered design at 18F: a design studio for natural resource revenues");
        assertThat(e.headings().orElseThrow()).startsWith("What\u2019s a design studio?", "How does it work?");
    }

    @Test
    void crsClipWithContentsTakesItsEntries() throws IOException {
        Path clip = write(dir.resolve("R00001v1-made-up.md"), """
                # A Made-Up Report

                **Report No.:** R00001
                **Publication Date:** 04/09/2026

                # Contents

                - [Introduction](https://crsreports.congress.gov#_Toc1)
                - [Costs \\[Estimated\\]](https://crsreports.congress.gov#_Toc2)
                  - [Sub-part](https://crsreports.congress.gov#_Toc3)

                # Tables

                - [Table 1. Not a heading](https://crsreports.congress.gov#_Toc4)

                Introduction
                """);

        Expected e = CrsExpectations.read(clip);

        assertThat(e.title()).contains("A Made-Up Report");
        assertThat(e.date()).contains(new ExpectedDate(LocalDate.of(2026, 4, 9), Optional.empty()));
        assertThat(e.headings()).contains(List.of("Introduction", "Costs [Estimated]", "Sub-part"));
        assertThat(e.origin()).contains("Contents");
    }

    @Test
    void crsClipWithoutContentsOrLabelHasHeadingsUnscoredAndDateFromTheTable() throws IOException {
        Path clip = write(dir.resolve("IF00000v1-unlabelled.md"), """
                # Unlabelled

                **Report No.:** IF00000

                | **Publication Date:** | 04/21/2026
                """);

        Expected e = CrsExpectations.read(clip);

        assertThat(e.headings()).isEmpty();
        assertThat(e.date().orElseThrow().day()).isEqualTo(LocalDate.of(2026, 4, 21));
    }

    @Test
    void realCrsClipWithContents() throws IOException {
        Path clip = CORPUS.resolve("crs-dev/reports/R48911v1-social-security-administration-ssa-staffing-leve.md");
        assumeTrue(Files.exists(clip), "corpus crs-dev absent: " + clip);

        Expected e = CrsExpectations.read(clip);

        assertThat(e.headings()).contains(List.of("Introduction",
                "Recent and Historical Staffing Levels by State or Area"));
    }

    @Test
    void realCrsClipWithoutContentsUsesItsHandLabel() throws IOException {
        Path clip = CORPUS.resolve("crs-dev/in-focus/IF13207v1-prediction-markets-legislation-in-the-119th-cong.md");
        assumeTrue(Files.exists(clip), "corpus crs-dev absent: " + clip);

        Expected e = CrsExpectations.read(clip);

        assertThat(e.origin()).isEqualTo("hand label");
        assertThat(e.title()).contains("Prediction Markets Legislation in the 119th Congress");
        assertThat(e.date().orElseThrow().day()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(e.headings()).contains(List.of("Prohibitions Based on Subject Matter",
                "Ethics in Government Concerns", "Other Approaches"));
    }

    @Test
    void handLabelParsesAndIsFoundByCorpusAndFileName() throws IOException {
        HandLabel parsed = HandLabel.parse("{\"title\": \"T\", \"date\": \"2018-03-30\", \"headings\": [\"A\"]}");

        assertThat(parsed.date().orElseThrow().day()).isEqualTo(LocalDate.of(2018, 3, 30));
        assertThat(parsed.bodySelect()).isEmpty();
        assertThat(HandLabel.find("unit-test", Path.of("x/labelled-page.html"))).isPresent();
        assertThat(HandLabel.find("unit-test", Path.of("x/no-such-page.html"))).isEmpty();
    }

    @Test
    void labelledPageBodyIsTheSelectedElementLessTheDroppedParts() throws IOException {
        Path page = write(dir.resolve("labelled-page.html"), "<html><body><nav>Menu</nav><div class=\"story\">"
                + "<p>Story text.</p><div class=\"share\">Share this</div><h2>First Part</h2><p>More.</p></div>"
                + "<footer>Footer</footer></body></html>");

        Expected e = LabelledHtmlExpectations.read("unit-test", page);

        assertThat(e.title()).contains("A Labelled Page");
        assertThat(e.date()).isEmpty();
        assertThat(e.headings()).contains(List.of("First Part"));
        assertThat(e.body()).contains("Story text. First Part More.");
    }

    @Test
    void aPageWithoutLabelIsRefused() throws IOException {
        Path page = write(dir.resolve("unlabelled.html"), "<p>x</p>");

        assertThatThrownBy(() -> LabelledHtmlExpectations.read("unit-test", page)).isInstanceOf(IOException.class)
                .hasMessageContaining("no hand label");
    }

    @Test
    void everyBrookingsLabelFindsItsArticle() throws IOException {
        Path html = CORPUS.resolve("brookings-html/html");
        assumeTrue(Files.isDirectory(html), "corpus brookings-html absent: " + html);

        try (var pages = Files.list(html)) {
            for (Path page : pages.toList()) {
                Expected e = LabelledHtmlExpectations.read(QualityCorpora.BROOKINGS, page);
                assertThat(e.body().orElseThrow()).as(page.toString()).hasSizeGreaterThan(500)
                        .doesNotContain("committed to quality, independence, and impact");
            }
        }
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
