package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.briefingreader.domain.TextRange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class TextLayersTest {
    @Test
    void noLayersLeaveTheWholeTextUnstyled() {
        StyleSpans<Collection<String>> spans = new TextLayers().spans(40);

        assertThat(spans.length()).isEqualTo(40);
        assertThat(spans(spans)).containsExactly(span(List.of(), 40));
    }

    @Test
    void anEmptyTextGetsOneEmptySpan() {
        StyleSpans<Collection<String>> spans = new TextLayers().add(new TextRange(0, 5), "search-hit").spans(0);

        assertThat(spans.length()).isZero();
        assertThat(spans.styleStream()).allSatisfy(style -> assertThat(style).isEmpty());
    }

    @Test
    void rangesAreStyledAndTheGapsBetweenThemAreNot() {
        StyleSpans<Collection<String>> spans = new TextLayers()
                .addAll(List.of(new TextRange(2, 5), new TextRange(10, 12)), "search-hit").spans(20);

        assertThat(spans(spans)).containsExactly(span(List.of(), 2), span(List.of("search-hit"), 3),
                span(List.of(), 5), span(List.of("search-hit"), 2), span(List.of(), 8));
    }

    @Test
    void overlappingRangesCarryTheUnionOfTheirClassesInTheOrderFirstAdded() {
        StyleSpans<Collection<String>> spans = new TextLayers()
                .add(new TextRange(0, 10), "search-hit")
                .add(new TextRange(5, 15), "highlight-yellow")
                .add(new TextRange(7, 8), "search-current")
                .spans(15);

        assertThat(spans(spans)).containsExactly(
                span(List.of("search-hit"), 5),
                span(List.of("search-hit", "highlight-yellow"), 2),
                span(List.of("search-hit", "highlight-yellow", "search-current"), 1),
                span(List.of("search-hit", "highlight-yellow"), 2),
                span(List.of("highlight-yellow"), 5));
    }

    @Test
    void theSameClassTwiceOverACharacterIsNamedOnceAndLastsUntilBothRangesEnd() {
        StyleSpans<Collection<String>> spans = new TextLayers()
                .add(new TextRange(0, 6), "search-hit").add(new TextRange(3, 9), "search-hit").spans(10);

        assertThat(spans(spans)).containsExactly(span(List.of("search-hit"), 9), span(List.of(), 1));
    }

    @Test
    void adjacentRangesOfOneClassMakeOneSpanAndOfTwoClassesTwo() {
        StyleSpans<Collection<String>> same = new TextLayers()
                .add(new TextRange(2, 4), "search-hit").add(new TextRange(4, 6), "search-hit").spans(8);
        StyleSpans<Collection<String>> different = new TextLayers()
                .add(new TextRange(2, 4), "search-hit").add(new TextRange(4, 6), "search-current").spans(8);

        assertThat(spans(same)).containsExactly(span(List.of(), 2), span(List.of("search-hit"), 4), span(List.of(), 2));
        assertThat(spans(different)).containsExactly(span(List.of(), 2), span(List.of("search-hit"), 2),
                span(List.of("search-current"), 2), span(List.of(), 2));
    }

    @Test
    void rangesPastTheEndAreCutAndEmptyRangesMarkNothing() {
        StyleSpans<Collection<String>> spans = new TextLayers()
                .add(new TextRange(8, 30), "search-hit")
                .add(new TextRange(12, 14), "search-hit")
                .add(new TextRange(3, 3), "search-current")
                .spans(10);

        assertThat(spans.length()).isEqualTo(10);
        assertThat(spans(spans)).containsExactly(span(List.of(), 8), span(List.of("search-hit"), 2));
    }

    @Test
    void aRangeCoveringTheWholeTextIsOneSpan() {
        assertThat(spans(new TextLayers().add(new TextRange(0, 7), "search-hit").spans(7)))
                .containsExactly(span(List.of("search-hit"), 7));
    }

    @Test
    void aLayerNeedsAStyleClassAndTheTextANonNegativeLength() {
        assertThatThrownBy(() -> new TextLayers().add(new TextRange(0, 1), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextLayers().spans(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<StyleSpan<Collection<String>>> spans(StyleSpans<Collection<String>> spans) {
        List<StyleSpan<Collection<String>>> list = new ArrayList<>();
        spans.forEach(list::add);
        return list;
    }

    private static StyleSpan<Collection<String>> span(List<String> style, int length) {
        return new StyleSpan<>(style, length);
    }
}
