package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReaderLinkTest {
    private static final String BRIEFING = "japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25";
    private static final UUID NOTE = UUID.fromString("0c6f3a52-4a1e-4e55-9a3e-8f0d7b1c2d3e");

    @Test
    void theExportedLinkGivesBriefingAndAnnotation() {
        ReaderLink link = ReaderLink.parse("briefing-reader://open?briefing=" + BRIEFING + "&annotation=" + NOTE);

        assertThat(link).isEqualTo(new ReaderLink(BRIEFING, Optional.of(NOTE)));
        assertThat(ReaderLink.parse(link.toUri())).isEqualTo(link);
    }

    @Test
    void theAnnotationIsOptionalAndValuesArePercentDecoded() {
        assertThat(ReaderLink.parse("briefing-reader://open?briefing=arctic%2Dlanes"))
                .isEqualTo(new ReaderLink("arctic-lanes", Optional.empty()));
        assertThat(ReaderLink.parse("BRIEFING-READER://open/?annotation=urn%3Auuid%3A" + NOTE
                + "&briefing=arctic").annotationId()).contains(NOTE);
    }

    @Test
    void onlyArgumentsStartingWithTheSchemeLookLikeLinks() {
        assertThat(ReaderLink.looksLikeLink("briefing-reader://open?briefing=a")).isTrue();
        assertThat(ReaderLink.looksLikeLink("Briefing-Reader:anything")).isTrue();
        assertThat(ReaderLink.looksLikeLink("briefing-reader.txt")).isFalse();
        assertThat(ReaderLink.looksLikeLink("samples/japan.txt")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "https://open?briefing=a | the scheme must be briefing-reader:",
            "briefing-reader://show?briefing=a | it must start briefing-reader://open?",
            "briefing-reader:open?briefing=a | it must start briefing-reader://open?",
            "briefing-reader://open/notes?briefing=a | path or fragment",
            "briefing-reader://open?briefing=a#x | path or fragment",
            "briefing-reader://open | the briefing parameter is missing",
            "briefing-reader://open?annotation=0c6f3a52-4a1e-4e55-9a3e-8f0d7b1c2d3e | the briefing parameter is missing",
            "briefing-reader://open?briefing=a&page=3 | unknown parameter 'page'",
            "briefing-reader://open?briefing=a&briefing=b | given twice",
            "briefing-reader://open?briefing= | has no value",
            "briefing-reader://open?briefing=Not%20An%20Id | 'Not An Id' is not a briefing id",
            "briefing-reader://open?briefing=a&annotation=42 | '42' is not an annotation id",
            "briefing-reader://open?briefing=a%zz | not a well-formed URI",
            "briefing-reader://open?briefing=a b | not a well-formed URI"})
    void aBadLinkIsOneLineNamingTheArgumentAndTheFault(String argument, String fault) {
        assertThatThrownBy(() -> ReaderLink.parse(argument))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a reader link: '" + argument + "': ")
                .hasMessageContaining(fault)
                .hasMessageNotContaining("\n");
    }
}
