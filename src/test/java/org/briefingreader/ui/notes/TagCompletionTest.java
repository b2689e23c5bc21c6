package org.briefingreader.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Completing a tag from those the library already uses. */
class TagCompletionTest {
    private static final List<String> KNOWN = List.of("tech economics", "economy", "geoeconomics", "Energy");

    @Test
    void tagsStartingWithTheTypedTextComeBeforeAWordOfOneAndThenAnyPart() {
        assertThat(TagCompletion.complete(KNOWN, List.of(), "eco"))
                .containsExactly("economy", "tech economics", "geoeconomics");
    }

    @Test
    void caseIsIgnoredAndTagsAlreadyGivenAreLeftOut() {
        assertThat(TagCompletion.complete(KNOWN, List.of("ECONOMY"), "E"))
                .containsExactly("Energy", "tech economics", "geoeconomics");
    }

    @Test
    void nothingTypedOrTheWholeTagTypedOffersNothing() {
        assertThat(TagCompletion.complete(KNOWN, List.of(), "  ")).isEmpty();
        assertThat(TagCompletion.complete(KNOWN, List.of(), "energy")).isEmpty();
    }

    @Test
    void atMostAFewAreOffered() {
        List<String> many = IntStream.range(0, 30).mapToObj(i -> "tag" + i).toList();

        assertThat(TagCompletion.complete(many, List.of(), "tag")).hasSize(TagCompletion.MAX);
    }
}
