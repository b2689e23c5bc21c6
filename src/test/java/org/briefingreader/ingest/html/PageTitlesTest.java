package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageTitlesTest {
    private static final Document NO_HEADINGS = Jsoup.parse("<p>text</p>");

    @Test
    void suffixEqualToTheSiteNameIsDropped() {
        assertThat(PageTitles.withoutSite("Attack stokes fears - The Washington Post",
                Optional.of("The Washington Post"), NO_HEADINGS)).isEqualTo("Attack stokes fears");
    }

    @Test
    void prefixEqualToTheSiteNameIsDropped() {
        assertThat(PageTitles.withoutSite("Silicon Exposed | Open Verilog flow for GreenPak4",
                Optional.of("silicon exposed"), NO_HEADINGS)).isEqualTo("Open Verilog flow for GreenPak4");
    }

    @Test
    void headingThatSaysTheLeadingPartsIsTheTitle() {
        Document page = Jsoup.parse("<h1>Evolve: Shared Mutable History</h1>");

        assertThat(PageTitles.withoutSite("Evolve: Shared Mutable History — evolve extension for Mercurial",
                Optional.empty(), page)).isEqualTo("Evolve: Shared Mutable History");
    }

    @Test
    void withOneSeparatorTheLongerSideIsKeptWhenItHasThreeWords() {
        assertThat(PageTitles.withoutSite("Zuckerberg offers peek at acquisition strategies - CNET",
                Optional.empty(), NO_HEADINGS)).isEqualTo("Zuckerberg offers peek at acquisition strategies");
        assertThat(PageTitles.withoutSite("Daring Fireball - Colophon", Optional.empty(), NO_HEADINGS))
                .isEqualTo("Daring Fireball - Colophon");
    }

    @Test
    void colonIsNeverASeparator() {
        assertThat(PageTitles.withoutSite("This is a long title with a colon: Hello there", Optional.of("Hello there"),
                NO_HEADINGS)).isEqualTo("This is a long title with a colon: Hello there");
    }

    @Test
    void hyphenInsideWordsAndManyPartsWithoutEvidenceStayWhole() {
        assertThat(PageTitles.withoutSite("Friday Facts #282 - 0.17 in sight | Factorio", Optional.of("Factorio.com"),
                NO_HEADINGS)).isEqualTo("Friday Facts #282 - 0.17 in sight | Factorio");
        assertThat(PageTitles.withoutSite("Well-known re-entry", Optional.empty(), NO_HEADINGS))
                .isEqualTo("Well-known re-entry");
    }

    @Test
    void declaredTitleLosesOnlyAnExactSiteName() {
        assertThat(PageTitles.withoutSiteName("How to Throw a Party | eHow", Optional.of("eHow")))
                .isEqualTo("How to Throw a Party");
        assertThat(PageTitles.withoutSiteName("Whale strandings | Eleanor Ainge Roy", Optional.of("the Guardian")))
                .isEqualTo("Whale strandings | Eleanor Ainge Roy");
    }

    @Test
    void entitiesAndSpacingAreCleaned() {
        assertThat(PageTitles.withoutSite("  Ben &amp; Jerry\u00a0 news ", Optional.empty(), NO_HEADINGS))
                .isEqualTo("Ben & Jerry news");
    }
}
