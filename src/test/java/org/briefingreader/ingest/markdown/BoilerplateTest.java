package org.briefingreader.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The data file of boilerplate phrases: its format and the rules shipped. */
class BoilerplateTest {
    @Test
    void dropAndEndRulesAreReadAndCommentsIgnored() {
        Boilerplate b = Boilerplate.parse("# comment\n\ndrop: ^Share this$\nend:^Related articles\n");
        assertThat(b.drops("share THIS")).isTrue();
        assertThat(b.drops("Share this story with a friend")).isFalse();
        assertThat(b.endsArticle("Related articles and more")).isTrue();
        assertThat(b.endsArticle("Share this")).isFalse();
    }

    @Test
    void aLineOfUnknownKindFailsWithItsNumber() {
        assertThatThrownBy(() -> Boilerplate.parse("drop: ok\nskip: x\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void aBadPatternFailsWithItsNumber() {
        assertThatThrownBy(() -> Boilerplate.parse("\n\ndrop: (unclosed\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
    }

    @Test
    void shippedListDropsPageFurnitureAndEndsAtADisclaimer() {
        Boilerplate b = Boilerplate.defaults();
        assertThat(b.drops("Download PDF (517KB)")).isTrue();
        assertThat(b.drops("Hide Overview")).isTrue();
        assertThat(b.drops("The report can be downloaded as a PDF.")).isFalse();
        assertThat(b.endsArticle("Disclaimer: These documents were prepared by...")).isTrue();
    }
}
