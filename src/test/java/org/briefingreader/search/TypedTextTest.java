package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingreader.domain.TextRange;
import org.junit.jupiter.api.Test;

/** Reading what is in a search box while it is typed: its words, the unfinished one, where they are in a text. */
class TypedTextTest {
    @Test
    void lastWordIsUnfinishedAndWhatPrecedesItIsKeptAsTyped() {
        TypedText typed = TypedText.of("Japan  Sovere");

        assertThat(typed.before()).isEqualTo("Japan  ");
        assertThat(typed.unfinished()).contains("sovere");
        assertThat(typed.words()).containsExactly("japan", "sovere");
        assertThat(typed.lastWordIsPrefix()).isTrue();
    }

    @Test
    void trailingSpaceOrPunctuationLeavesNothingUnfinished() {
        for (String text : List.of("big ", "big\u00A0", "\"peace deal\"", "sovereign*", "big,")) {
            TypedText typed = TypedText.of(text);

            assertThat(typed.unfinished()).as(text).isEmpty();
            assertThat(typed.before()).as(text).isEqualTo(text);
            assertThat(typed.lastWordIsPrefix()).as(text).isFalse();
        }
    }

    @Test
    void fieldNamesOperatorsAndNegatedWordsAreNotWordsToFind() {
        TypedText typed = TypedText.of("title:Russia OR -china Japan-Russia sec");

        assertThat(typed.words()).containsExactly("russia", "japan", "russia", "sec");
        assertThat(typed.unfinished()).contains("sec");
    }

    @Test
    void unfinishedOperatorIsCompletedButTheWordBeforeItStaysWhole() {
        TypedText typed = TypedText.of("japan OR");

        assertThat(typed.unfinished()).contains("or");
        assertThat(typed.words()).containsExactly("japan");
        assertThat(typed.lastWordIsPrefix()).isFalse();
    }

    @Test
    void wordsJoinAcrossApostrophesAndDotsAsLucenesTokenizerDoes() {
        TypedText typed = TypedText.of("Abe's U.S. 1,000 ties");

        assertThat(typed.words()).containsExactly("abe's", "u.s", "1,000", "ties");
    }

    @Test
    void onlyTheLastWordsOfALongTextAreKept() {
        TypedText typed = TypedText.of("word ".repeat(1000) + "last");

        assertThat(typed.words()).hasSize(TypedText.MAX_WORDS).last().isEqualTo("last");
    }

    @Test
    void matchesAreWholeWordsAndTheUnfinishedWordAsAWordStart() {
        TypedText typed = TypedText.of("big pic");

        assertThat(typed.matchesIn("The Big Picture of bigger epic pictures"))
                .containsExactly(new TextRange(4, 7), new TextRange(8, 11), new TextRange(31, 34));
    }

    @Test
    void matchesIgnoreCase() {
        assertThat(TypedText.of("PLAY").matchesIn("How It Will Play Out")).containsExactly(new TextRange(12, 16));
    }

    @Test
    void emptyOrSymbolOnlyTextHasNoWords() {
        assertThat(TypedText.of("").words()).isEmpty();
        assertThat(TypedText.of("").unfinished()).isEmpty();
        assertThat(TypedText.of(" -( \"").words()).isEmpty();
    }
}
