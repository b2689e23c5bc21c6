package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.junit.jupiter.api.Test;

class PageScoreTest {
    private static final Expected EXPECTED = new Expected(Optional.of("Japan Wants Closer Relations"),
            Optional.of(ExpectedDate.parse("2018-05-25")), Optional.of(List.of("The Big Picture", "The History")),
            Optional.of("Japan and Russia met again. The Big Picture Tokyo hopes for a win with Moscow this year. "
                    + "The History Abe has met Putin twenty times in six years."), "test");

    @Test
    void aGoodImportScoresRightEverywhere() {
        Briefing b = QualityFixtures.briefing("Japan wants closer  relations",
                Optional.of(ZonedDateTime.of(2018, 5, 25, 8, 30, 0, 0, ZoneOffset.UTC)),
                List.of("Japan and Russia met again."),
                QualityFixtures.sections("The Big Picture", List.of("Tokyo hopes for a win with Moscow this year."),
                        "The History", List.of("Abe has met Putin twenty times in six years.")));

        PageScore s = PageScore.of("c", "f", EXPECTED, b);

        assertThat(s.titleRight()).isTrue();
        assertThat(s.date()).isEqualTo(DateOutcome.RIGHT);
        assertThat(s.headings()).contains(new HeadingMatch(2, 2, 2));
        assertThat(s.missed()).isEmpty();
        assertThat(s.body().orElseThrow().f1()).isEqualTo(1.0);
        assertThat(s.worstF1()).isEqualTo(1.0);
    }

    @Test
    void bodyIsLedeThenHeadingsAndParagraphsWithoutTheSummary() {
        Briefing b = QualityFixtures.briefing("T", Optional.empty(), List.of("Lede text here."),
                QualityFixtures.sections("Heading One", List.of("First para.", "Second para.")));

        assertThat(BriefingText.body(b)).isEqualTo("Lede text here.\nHeading One\nFirst para.\nSecond para.\n");
        assertThat(BriefingText.headings(b)).containsExactly("Heading One");
    }

    @Test
    void missesAndExtrasAreListedInComparedForm() {
        Briefing b = QualityFixtures.briefing("Other title", Optional.empty(), List.of("Share this page"),
                QualityFixtures.sections("The History", List.of("Abe has met Putin twenty times in six years."),
                        "Related Articles", List.of("Read more")));

        PageScore s = PageScore.of("c", "f", EXPECTED, b);

        assertThat(s.titleRight()).isFalse();
        assertThat(s.date()).isEqualTo(DateOutcome.MISSING);
        assertThat(s.missed()).containsExactly("the big picture");
        assertThat(s.extra()).containsExactly("related articles");
        assertThat(s.body().orElseThrow().f1()).isBetween(0.0, 0.9);
        assertThat(QualityReport.why(s)).contains("title \"Other title\"", "date missing", "1 of 2 found, 1 extra");
    }

    @Test
    void aFailedImportScoresAsAnEmptyBriefing() {
        PageScore s = PageScore.failed("c", "f", EXPECTED, "f: unsupported file type \".html\"");

        assertThat(s.titleRight()).isFalse();
        assertThat(s.date()).isEqualTo(DateOutcome.NOT_IMPORTED);
        assertThat(s.headings()).contains(new HeadingMatch(0, 0, 2));
        assertThat(s.body().orElseThrow().f1()).isZero();
        assertThat(s.worstF1()).isNegative();
        assertThat(QualityReport.why(s)).startsWith("not imported");
    }

    @Test
    void aFailedImportIsNotRightEvenWhereNoDateWasExpected() {
        Expected noDate = new Expected(Optional.of("T"), Optional.empty(), Optional.empty(), Optional.empty(), "t");

        assertThat(PageScore.failed("c", "f", noDate, "refused").date()).isEqualTo(DateOutcome.NOT_IMPORTED);
    }

    @Test
    void aDocumentWithoutTitleHasItsTitleUnscored() {
        Expected untitled = new Expected(Optional.of(" "), Optional.empty(), Optional.empty(), Optional.empty(), "t");
        Briefing b = QualityFixtures.briefing("source", Optional.empty(), List.of("Text."), QualityFixtures.sections());

        PageScore s = PageScore.of("c", "f", untitled, b);

        assertThat(s.expected().title()).isEmpty();
        assertThat(s.titleRight()).isFalse();
        assertThat(CorpusScore.of("c", List.of(s)).titlePages()).isZero();
    }
}
