package org.briefingreader.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed briefing, field by field, as the issue describes it. */
class PlainTextBriefingParserTest {
    private static SourceText source;
    private static ParsedBriefing parsed;
    private static Briefing seed;

    @BeforeAll
    static void readSeed() throws Exception {
        source = new SourceLoader().load(SeedFile.path());
        parsed = new PlainTextBriefingParser().read(source);
        seed = parsed.briefing();
    }

    @Test
    void titleIsTheFirstLine() {
        assertThat(seed.title()).isEqualTo("Japan Wants Closer Relations With Russia. Good Luck With That.");
    }

    @Test
    void publishedIsReadFromTheMetadataLineInGmt() {
        assertThat(seed.published()).contains(ZonedDateTime.of(2018, 5, 25, 8, 30, 0, 0, ZoneId.of("GMT")));
    }

    @Test
    void readTimeIsSevenMinutes() {
        assertThat(seed.readTime()).contains(Duration.ofMinutes(7));
    }

    @Test
    void lineUnderTheMetadataIsThePhotoCaption() {
        assertThat(seed.captions()).extracting(Paragraph::id).containsExactly("caption.1");
        assertThat(seed.captions().get(0).text())
                .startsWith("Japanese Prime Minister Shinzo Abe, third from right, and Russian President")
                .endsWith("watch a judo performance in Tokyo on Dec. 16, 2016.");
    }

    @Test
    void standfirstBecomesTheSubtitle() {
        assertThat(seed.subtitle()).hasValueSatisfying(s -> assertThat(s)
                .startsWith("Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin have met 20 times")
                .endsWith("adding urgency to his bid to improve relations with Russia."));
    }

    @Test
    void captionAndStandfirstAreInNeitherLedeNorSections() {
        List<String> body = bodyTexts();
        assertThat(body).noneMatch(t -> t.contains("third from right"));
        assertThat(body).noneMatch(t -> t.contains("have met 20 times over the past six years, including in Tokyo"));
    }

    @Test
    void bulletsBecomeTheSummaryWithoutMarkers() {
        assertThat(seed.summary()).extracting(Paragraph::id).containsExactly("summary.b1", "summary.b2", "summary.b3");
        assertThat(seed.summary().get(0).text()).startsWith("The Japanese prime minister's political troubles");
        assertThat(seed.summary().get(2).text()).startsWith("That said, Russia will maintain its outreach");
        assertThat(seed.summary()).allSatisfy(b -> assertThat(b.text()).doesNotStartWith("•").doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Test
    void ledeIsTheParagraphAfterTheBullets() {
        assertThat(seed.lede()).extracting(Paragraph::id).containsExactly("lede.p1");
        // The seed has "Pacific\u00A0and": the non-breaking space becomes a plain one.
        assertThat(seed.lede().get(0).text()).startsWith("With China rising in the Pacific and Japan increasingly");
    }

    @Test
    void sevenSectionsWithTheirHeadingsInOrder() {
        assertThat(seed.sections()).extracting(Section::heading).containsExactly("The Big Picture", "The History",
                "What Japan and Russia Want", "Tokyo's Unambitious Plan", "Little Progress",
                "Why There's Been No Progress", "How It Will Play Out");
    }

    @Test
    void eachSectionHasOneParagraphButNoProgressHasTwo() {
        assertThat(seed.sections()).extracting(s -> s.paragraphs().size()).containsExactly(1, 1, 1, 1, 1, 2, 1);
    }

    @Test
    void sectionKindsComeFromTheTable() {
        SectionKindTable table = SectionKindTable.defaults();
        List<Section> sections = seed.sections();
        for (int i : new int[] {0, 1, 2, sections.size() - 1}) {
            assertThat(sections.get(i).kind()).isEqualTo(table.classify(sections.get(i).heading()));
        }
        assertThat(sections).extracting(Section::kind).startsWith(SectionKind.CONTEXT, SectionKind.HISTORY,
                SectionKind.MOTIVATIONS).endsWith(SectionKind.OUTLOOK);
    }

    @Test
    void sectionAndParagraphIdsFollowTheHeadings() {
        assertThat(seed.sections()).extracting(Section::id).containsExactly("the-big-picture", "the-history",
                "what-japan-and-russia-want", "tokyos-unambitious-plan", "little-progress",
                "why-theres-been-no-progress", "how-it-will-play-out");
        assertThat(seed.section("why-theres-been-no-progress").orElseThrow().paragraphs())
                .extracting(Paragraph::id).containsExactly("why-theres-been-no-progress.p1",
                        "why-theres-been-no-progress.p2");
    }

    @Test
    void siteFooterIsNowhereInTheBriefingText() {
        List<String> all = new ArrayList<>(bodyTexts());
        seed.allUnits().forEach(p -> all.add(p.text()));
        assertThat(all).noneMatch(t -> t.contains("Article Search") || t.contains("All rights reserved")
                || t.contains("Worldview") || t.contains("To empower members"));
        assertThat(seed.sections().get(seed.sections().size() - 1).paragraphs().get(0).text())
                .endsWith("The problem is, time may be running out for Abe.");
    }

    @Test
    void copyrightLineIsKept() {
        assertThat(seed.copyright()).contains("Copyright © Stratfor Enterprises, LLC. All rights reserved.");
    }

    @Test
    void copyrightHolderBecomesTheSource() {
        assertThat(seed.source()).contains("Stratfor Enterprises, LLC");
    }

    @Test
    void idIsTheTitleSlugAndDate() {
        assertThat(seed.id()).isEqualTo("japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25");
    }

    @Test
    void fileNameHashAndWarningsComeFromTheSource() {
        assertThat(seed.originalFileName()).isEqualTo("japan-russia-2018.txt");
        assertThat(seed.contentHash()).isEqualTo(source.contentHash()).startsWith("sha256:");
        assertThat(parsed.warnings()).isEqualTo(source.warnings()).isEmpty();
    }

    @Test
    void paragraphTextIsNormalisedButKeepsDashes() {
        assertThat(seed.allUnits()).allSatisfy(p -> assertThat(p.text())
                .doesNotContain("\u00A0").doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" "));
        assertThat(seed.section("why-theres-been-no-progress").orElseThrow().paragraphs().get(1).text())
                .startsWith("The barriers limiting outreach between Russia and Japan are clear — and enduring.");
    }

    @Test
    void bylineIsAbsentWhenTheSeedHasNone() {
        assertThat(seed.byline()).isEmpty();
    }

    @Test
    void theSameSourceGivesTheSameBriefing() throws Exception {
        assertThat(new PlainTextBriefingParser().read(source)).isEqualTo(parsed);
    }

    private static List<String> bodyTexts() {
        List<String> texts = new ArrayList<>();
        seed.lede().forEach(p -> texts.add(p.text()));
        for (Section section : seed.sections()) {
            texts.add(section.heading());
            section.paragraphs().forEach(p -> texts.add(p.text()));
        }
        return texts;
    }
}
