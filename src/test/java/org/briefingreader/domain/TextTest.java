package org.briefingreader.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void nonBreakingAndOtherSpacesCollapseToOne() {
        assertThat(Text.normaliseSpace("\u00A0 islands\u00A0\u00A0that\u2009Japan \t\n")).isEqualTo("islands that Japan");
    }

    @Test
    void zeroWidthCharactersVanishInsteadOfSplittingAWord() {
        assertThat(Text.normaliseSpace("\uFEFFfoo\u200Bbar\u2060baz")).isEqualTo("foobarbaz");
    }

    @Test
    void onlyWhitespaceIsBlank() {
        assertThat(Text.isBlank("\u00A0\u200B \n")).isTrue();
        assertThat(Text.isBlank("\u00A0x")).isFalse();
    }
}
