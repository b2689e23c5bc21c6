package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.quality.ShingleOverlap;
import org.junit.jupiter.api.Test;

/**
 * Imports the real pages of readability-dev and brookings-html: every page imports (a page Readability itself
 * calls unreadable may instead be refused as having no article), and body text stays as close to Mozilla
 * Readability's as measured (docs/html-import.md), so a regression fails.
 */
class HtmlCorpusTest {
    /** Measured 0.9899 micro F1 (mean 0.9457) on the 65 pages; a little below so that only a real regression fails. */
    private static final double MICRO_F1_FLOOR = 0.975;
    private static final double MEAN_F1_FLOOR = 0.92;

    private final HtmlBriefingParser parser = new HtmlBriefingParser();

    @Test
    void everyReadabilityPageImportsOrIsUnreadableByReadabilityToo() {
        List<Path> pages = HtmlCorpus.readabilityPages();
        assumeFalse(pages.isEmpty(), "../shared/corpus/readability-dev is absent: corpus test skipped");
        for (Path dir : pages) {
            Path source = dir.resolve("source.html");
            if (HtmlCorpus.readerable(dir)) {
                assertThatCode(() -> parser.parse(source)).as(dir.getFileName().toString())
                        .doesNotThrowAnyException();
            } else {
                try {
                    parser.parse(source);
                } catch (BriefingInputException e) {
                    assertThat(e.getMessage()).isEqualTo(source + ": no article text found");
                }
            }
        }
    }

    @Test
    void bodyTextMatchesReadabilitysAboveTheMeasuredFloor() {
        List<Path> pages = HtmlCorpus.readabilityPages();
        assumeFalse(pages.isEmpty(), "../shared/corpus/readability-dev is absent: corpus test skipped");
        ShingleOverlap total = ShingleOverlap.NONE;
        double sum = 0;
        for (Path dir : pages) {
            ShingleOverlap page = HtmlCorpus.score(parser, dir);
            total = total.plus(page);
            sum += page.f1();
        }

        assertThat(total.f1()).as("micro F1").isGreaterThan(MICRO_F1_FLOOR);
        assertThat(sum / pages.size()).as("mean F1").isGreaterThan(MEAN_F1_FLOOR);
    }

    @Test
    void brookingsPagesImportWithTheirSections() throws Exception {
        List<Path> pages = HtmlCorpus.brookingsPages();
        assumeFalse(pages.isEmpty(), "../shared/corpus/brookings-html is absent: corpus test skipped");
        int withSections = 0;
        for (Path page : pages) {
            Briefing briefing = parser.parse(page).briefing();
            assertThat(briefing.bodyParagraphCount()).as(page.getFileName().toString()).isGreaterThanOrEqualTo(2);
            assertThat(HtmlCorpus.bodyText(briefing)).as(page.getFileName().toString())
                    .doesNotContainIgnoringCase("cookie").doesNotContain("Sign Up");
            withSections += briefing.sections().isEmpty() ? 0 : 1;
        }
        assertThat(withSections).as("pages with h2 sections").isGreaterThanOrEqualTo(3);
    }
}
