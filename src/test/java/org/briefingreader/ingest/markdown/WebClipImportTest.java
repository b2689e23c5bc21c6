package org.briefingreader.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.ingest.markdown.MarkdownFixture.headings;
import static org.briefingreader.ingest.markdown.MarkdownFixture.texts;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages clipped to Markdown: a key-value header, navigation, repeated titles, plain-line headings. */
class WebClipImportTest {
    private static final String CLIP = """
            # Hearings Explained

            **Product Type:** Reports
            **Report No.:** 98-317
            **Publication Date:** 04/13/2026
            **Topics:** Congress; Process
            **Source:** https://www.example.gov/product/98-317

            ---
            [Cite](https://example.gov#c)[Share](https://example.gov#s)[Home](https://example.gov) > [Products](https://example.gov/p) > 98-317

            # Hearings Explained

            ## SITE PRODUCT PAGE

            [Hide Details](https://example.gov#)

            | **Product Type:** | Reports
            | **Authors:** | Doe, Jane; Roe, Richard

            [Download PDF (517KB)](https://example.gov/a.pdf)                      | [Versions](https://example.gov#)

            - [April 13, 2026 (Version: 2)](https://example.gov/2.pdf)
            - [April 1, 2026 (Version: 1)](https://example.gov/1.pdf)
            [Listen](https://speak.example.com/?u=1)Hearings ExplainedUpdated April 13, 2026             (98-317)

            Committee hearings may be broadly classified into four types, and each serves the committee's work.

            Legislative Hearings

            The most familiar type of hearing gathers information about the measures before the committee.

            Oversight Hearings

            Congress has engaged in oversight of the executive branch, reviewing how laws are carried out.

                                          Disclaimer:
             These documents were prepared by a research service for the legislature.
            """;

    @TempDir
    Path dir;
    private MarkdownFixture md;

    @BeforeEach
    void fixture() {
        md = new MarkdownFixture(dir);
    }

    @Test
    void keyValueHeaderGivesTitleDateAndSource() throws Exception {
        Briefing b = md.briefing(CLIP);
        assertThat(b.title()).isEqualTo("Hearings Explained");
        assertThat(b.published()).contains(ZonedDateTime.of(2026, 4, 13, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(b.source()).contains("example.gov");
    }

    @Test
    void keyValueTableRowsGiveTheBylineTheHeaderLacked() throws Exception {
        assertThat(md.briefing(CLIP).byline()).contains("Jane Doe and Richard Roe");
    }

    @Test
    void navigationVersionListRepeatedTitleAndFooterAreDropped() throws Exception {
        Briefing b = md.briefing(CLIP);
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(
                "Committee hearings may be broadly classified into four types, and each serves the committee's work.");
        assertThat(texts(b)).noneMatch(t -> t.contains("Download") || t.contains("Version") || t.contains("Listen")
                || t.contains("Hide") || t.contains("98-317") || t.contains("Disclaimer") || t.contains("prepared by"));
    }

    @Test
    void repeatedTitleDifferingInQuotesOrALostOrdinalSuffixIsStillDropped() throws Exception {
        String clip = CLIP.replace("Hearings Explained", "The Corps\u2019 Hearings in the 119th Congress")
                .replace("[Listen](https://speak.example.com/?u=1)The Corps\u2019 Hearings in the 119th Congress",
                        "[Listen](https://speak.example.com/?u=1)The Corps' Hearings in the 119 Congress");

        Briefing b = md.briefing(clip);

        assertThat(clip).contains("The Corps' Hearings in the 119 CongressUpdated April 13");
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(
                "Committee hearings may be broadly classified into four types, and each serves the committee's work.");
    }

    @Test
    void plainLineHeadingsInsideTheTextBecomeSections() throws Exception {
        Briefing b = md.briefing(CLIP);
        assertThat(headings(b)).containsExactly("Legislative Hearings", "Oversight Hearings");
        assertThat(b.sections().get(1).paragraphs()).hasSize(1);
    }

    @Test
    void headingDirectlyAboveNavigationIsNavigation() throws Exception {
        Briefing b = md.briefing("**Title:** T\n**Date:** 2020-01-02\n\nIntro text of the piece, long enough to be body"
                + " text.\n\n# Figures\n\n- [Figure 1. Map](https://x.gov#f1)\n- [Figure 2. Chart](https://x.gov#f2)\n\n"
                + "## Findings\n\nText.\n");
        assertThat(headings(b)).containsExactly("Findings");
        assertThat(texts(b)).containsExactly("Intro text of the piece, long enough to be body text.", "Text.");
    }

    @Test
    void inAnAuthoredDocumentALinkListAfterTheTextIsKept() throws Exception {
        Briefing b = md.briefing("---\ntitle: Post\n---\n[Home](/) | [Blog](/b)\n\nIntro text of the post.\n\n"
                + "## Resources\n\n- [Design system](https://x.gov/ds)\n- [Guides](https://x.gov/g)\n");
        assertThat(headings(b)).containsExactly("Resources");
        assertThat(texts(b)).containsExactly("Intro text of the post.", "Design system", "Guides");
    }

    @Test
    void contentsEntriesConfirmHeadingsTheRuleDoubtsAndContentsIsNoSection() throws Exception {
        String doc = """
                **Title:** Mining and Power
                **Publication Date:** 04/22/2026

                # Contents

                - [Policy Considerations](https://x.gov#t1)
                - [Electricity Data Availability](https://x.gov#t2)
                - [Enacted Laws in the 119th Congress](https://x.gov#t3)

                Opening paragraph of the report, which says what it covers in several words.

                Policy Considerations

                Electricity Data Availability

                The agency has tried to collect more information on the energy used by mining.

                Enacted Laws in the 119 Congress

                One law was enacted with provisions on the matter during the session.
                """;
        Briefing b = md.briefing(doc);
        assertThat(b.title()).isEqualTo("Mining and Power");
        assertThat(headings(b)).containsExactly("Policy Considerations", "Electricity Data Availability",
                "Enacted Laws in the 119 Congress");
        assertThat(texts(b)).noneMatch(t -> t.contains("Contents"));
    }

    @Test
    void withoutContentsTwoHeadingLikeLinesInARowAreNotHeadings() throws Exception {
        Briefing b = md.briefing("**Title:** T\n**Date:** 2020-01-02\n\nOpening paragraph with enough words to be body text.\n\n"
                + "Policy Considerations\n\nElectricity Data Availability\n\nThe agency has tried to collect more data.\n");
        assertThat(headings(b)).isEmpty();
    }

    @Test
    void tableRowsBecomeRowParagraphsAndNeverHeadings() throws Exception {
        Briefing b = md.briefing("**Title:** T\n**Date:** 2020-01-02\n\nOpening paragraph with enough words to be body text.\n\n"
                + "| Year | Action\n| 1992 | Program Established\n\nMore text follows the table here.\n");
        assertThat(headings(b)).isEmpty();
        assertThat(texts(b)).contains("Year Action", "1992 Program Established");
        Briefing gfm = md.briefing("# T\n\n| Year | Action |\n|------|--------|\n| 1992 | Start |\n");
        assertThat(texts(gfm)).containsExactly("Year Action", "1992 Start");
    }

    @Test
    void captionsLabelsAndCitationsAreNotHeadings() throws Exception {
        Briefing b = md.briefing("**Title:** T\n**Date:** 2020-01-02\n\nOpening paragraph with enough words to be body text.\n\n"
                + "**Statutory Authority:** 15 U.S.C. 3722\n\nThe program supports entrepreneurship in many regions.\n\n"
                + "*Photo by Jane Doe*\n\nThe program supports entrepreneurship in many regions.\n\n"
                + "Report IF11105, [Emerging Technologies](https://x.gov/a), by Kelley M. Sayler\n\n"
                + "The program supports entrepreneurship in many regions.\n");
        assertThat(headings(b)).isEmpty();
    }

    @Test
    void markdownWithItsOwnHeadingsGetsNoPlainLineHeadings() throws Exception {
        Briefing b = md.briefing("---\ntitle: Post\n---\nIntro paragraph with enough words in it to be body text.\n\n"
                + "Looks Like A Heading\n\nThe next paragraph of the post goes on with its story here.\n\n"
                + "## Real Heading\n\nText.\n");
        assertThat(headings(b)).containsExactly("Real Heading");
    }

    @Test
    void boldLineInAPostWithoutHeadingsIsAHeading() throws Exception {
        Briefing b = md.briefing("---\ntitle: Post\n---\nIntro paragraph with enough words in it to be body text.\n\n"
                + "**Agile Purchasing**\n\nThe next paragraph of the post goes on with its story here.\n");
        assertThat(headings(b)).containsExactly("Agile Purchasing");
    }

    @Test
    void linkOnlyParagraphAndBreadcrumbAreDroppedButALinkInASentenceIsKept() throws Exception {
        Briefing b = md.briefing("# T\n\n[Home](/) | [About](/a)\n\n[Home](/) > [Blog](/b) > [2020](/c) > Post\n\n"
                + "Read [the report](/r).\n");
        assertThat(texts(b)).containsExactly("Read the report.");
    }

    @Test
    void unpairedEmphasisMarksOfAClipperAreRemoved() throws Exception {
        Briefing b = md.briefing("# T\n\n_**In **_**s****pace****.** Protecting the force.\n\n"
                + "_**From**__****_**space****.** Delivering operations.\n");
        assertThat(texts(b)).containsExactly("In space. Protecting the force.", "From space. Delivering operations.");
    }
}
