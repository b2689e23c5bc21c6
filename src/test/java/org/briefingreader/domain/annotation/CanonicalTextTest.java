package org.briefingreader.domain.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.junit.jupiter.api.Test;

/** The one string annotation positions count in, and the UTF-16 / code point boundary. */
class CanonicalTextTest {
    private static Briefing briefing(String caption, String paragraph) {
        return new Briefing("notes-2020", "Notes", Optional.of("A subtitle"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Jane Doe"), List.of(new Paragraph("caption.1", caption)),
                List.of(new Paragraph("summary.b1", "One point.")), List.of(new Paragraph("lede.p1", "The lede.")),
                List.of(new Section("the-history", "The History", SectionKind.HISTORY,
                        List.of(new Paragraph("the-history.p1", paragraph)))),
                "notes.txt", "sha256:" + "0".repeat(64), Optional.empty());
    }

    @Test
    void unitsInReadingOrderSeparatedByABlankLineWithoutByline() {
        CanonicalText text = CanonicalText.of(briefing("A photo.", "Long ago."));
        assertThat(text.text()).isEqualTo(
                "Notes\n\nA subtitle\n\nA photo.\n\nOne point.\n\nThe lede.\n\nThe History\n\nLong ago.");
        assertThat(text.units()).extracting(CanonicalText.Unit::id).containsExactly("title", "subtitle",
                "caption.1", "summary.b1", "lede.p1", "the-history", "the-history.p1");
        CanonicalText.Unit history = text.unit("the-history.p1").orElseThrow();
        assertThat(text.text().substring(history.start(), history.end())).isEqualTo("Long ago.");
    }

    @Test
    void positionsCountCodePointsWhereJavaCountsUtf16Units() {
        CanonicalText text = CanonicalText.of(briefing("Smile \uD83D\uDE00 please.", "After the emoji."));
        int utf16 = text.text().indexOf("please");
        assertThat(text.toCodePoints(utf16)).isEqualTo(utf16 - 1);
        assertThat(text.toUtf16(utf16 - 1)).isEqualTo(utf16);
        assertThat(text.codePointLength()).isEqualTo(text.text().length() - 1);

        int start = text.text().indexOf("After");
        TextPositionSelector position = text.position(start, start + "After".length());
        assertThat(position).isEqualTo(new TextPositionSelector(start - 1, start + 4));
        assertThat(text.slice(position)).contains("After");
        assertThat(text.slice(new TextPositionSelector(0, text.codePointLength() + 1))).isEmpty();
    }

    @Test
    void withoutSurrogatesOffsetsArePositions() {
        CanonicalText text = CanonicalText.of(briefing("Plain.", "Plain too."));
        assertThat(text.toCodePoints(12)).isEqualTo(12);
        assertThat(text.toUtf16(12)).isEqualTo(12);
        assertThatThrownBy(() -> text.toUtf16(text.text().length() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void quoteKeepsThirtyTwoCodePointsOfContextEachSide() {
        CanonicalText text = CanonicalText.of(briefing("\uD83D\uDE00".repeat(40), "x"));
        int start = text.text().indexOf("One point");
        TextQuoteSelector quote = text.quote(start, start + 3);
        assertThat(quote.exact()).isEqualTo("One");
        assertThat(quote.prefix().codePointCount(0, quote.prefix().length())).isEqualTo(32);
        assertThat(quote.prefix()).endsWith("\uD83D\uDE00\n\n");
        assertThat(quote.suffix()).isEqualTo(" point.\n\nThe lede.\n\nThe History\n");
        assertThat(text.quote(0, 5).prefix()).isEmpty();
    }

    @Test
    void aTargetAcrossUnitsListsEach() {
        CanonicalText text = CanonicalText.of(briefing("A photo.", "Long ago."));
        int start = text.text().indexOf("lede.");
        int end = text.text().indexOf("ago");
        AnnotationTarget target = text.target("notes-2020", start, end);
        assertThat(target.unitIds()).containsExactly("lede.p1", "the-history", "the-history.p1");
        assertThat(target.quote().exact()).isEqualTo("lede.\n\nThe History\n\nLong ");
    }

    @Test
    void quotesAreFoundWhateverTheWhitespace() {
        CanonicalText text = CanonicalText.of(briefing("A\u00a0photo  of   them.", "Long ago."));
        List<int[]> found = text.folded().find("photo of\nthem");
        assertThat(found).hasSize(1);
        assertThat(text.text().substring(found.get(0)[0], found.get(0)[1])).isEqualTo("photo  of   them");
        assertThat(text.folded().find("The lede. The History")).hasSize(1);
        assertThat(text.folded().find("   ")).isEmpty();
        assertThat(FoldedText.fold(" a\u200Bb \u00a0 c ")).isEqualTo("ab c");
    }
}
