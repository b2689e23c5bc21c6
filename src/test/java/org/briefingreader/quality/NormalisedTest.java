package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisedTest {
    @Test
    void curlyQuotesAndDashesFoldToPlainOnes() {
        assertThat(Normalised.text("Japan\u2019s \u201cBig\u201d Picture \u2014 Now\u2013Then"))
                .isEqualTo("japan's \"big\" picture - now-then");
    }

    @Test
    void whiteSpaceRunsCollapseAndEndsAreTrimmed() {
        assertThat(Normalised.text("  The\u00a0Big \t\n Picture  ")).isEqualTo("the big picture");
    }

    @Test
    void compatibilityFormsAndCaseFold() {
        assertThat(Normalised.text("\ufb01nal STRA\u00dfE")).isEqualTo("final strasse");
        assertThat(Normalised.same("Stra\u00dfe", "STRASSE")).isTrue();
    }

    @Test
    void zeroWidthCharactersAreDropped() {
        assertThat(Normalised.text("Over\u200bview\ufeff")).isEqualTo("overview");
    }

    @Test
    void punctuationAndNumberingStillCount() {
        assertThat(Normalised.same("1. Overview", "Overview")).isFalse();
        assertThat(Normalised.same("Overview:", "Overview")).isFalse();
    }
}
