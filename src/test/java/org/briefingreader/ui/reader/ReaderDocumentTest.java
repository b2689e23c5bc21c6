package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.ui.TestBriefings;
import org.junit.jupiter.api.Test;

class ReaderDocumentTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final ReaderDocument document = ReaderDocument.of(seed);

    @Test
    void textIsTheCanonicalTextSoOffsetsMapOneToOne() {
        CanonicalText canonical = CanonicalText.of(seed);

        assertThat(document.text()).isEqualTo(canonical.text());
        assertThat(document.units()).extracting(ReaderUnit::id)
                .containsExactlyElementsOf(canonical.units().stream().map(CanonicalText.Unit::id).toList());
    }

    @Test
    void everyUnitIsTheEvenParagraphItsIndexSays() {
        // Split as the text area does: one paragraph per line.
        List<String> paragraphs = Arrays.asList(document.text().split("\n", -1));

        assertThat(paragraphs).hasSize(2 * document.units().size() - 1);
        for (ReaderUnit unit : document.units()) {
            int paragraph = document.paragraphOf(unit.id()).orElseThrow();
            assertThat(paragraphs.get(paragraph)).isEqualTo(unit.text());
            assertThat(paragraphs.get(paragraph + 1 < paragraphs.size() ? paragraph + 1 : paragraph - 1)).isEmpty();
            assertThat(document.unitAtParagraph(paragraph)).contains(unit);
        }
    }

    @Test
    void unitsKnowTheirKindAndSection() {
        assertThat(document.units().get(0)).isEqualTo(
                new ReaderUnit("title", ReaderUnit.Kind.TITLE, TestBriefings.JAPAN_RUSSIA_TITLE, ""));
        assertThat(document.unit("subtitle").orElseThrow().kind()).isEqualTo(ReaderUnit.Kind.SUBTITLE);
        assertThat(document.unit("caption.1").orElseThrow().kind()).isEqualTo(ReaderUnit.Kind.CAPTION);
        assertThat(document.units()).filteredOn(u -> u.kind() == ReaderUnit.Kind.SUMMARY).hasSize(3);
        assertThat(document.unit("lede.p1").orElseThrow().sectionId()).isEmpty();
        assertThat(document.unit("the-history").orElseThrow())
                .isEqualTo(new ReaderUnit("the-history", ReaderUnit.Kind.HEADING, "The History", "the-history",
                        SectionKind.HISTORY));
        assertThat(document.unit("how-it-will-play-out.p1").orElseThrow().sectionKind())
                .isEqualTo(SectionKind.OUTLOOK);
        assertThat(document.unit("lede.p1").orElseThrow().sectionKind()).isEqualTo(SectionKind.OTHER);
        assertThat(document.unit("why-theres-been-no-progress.p2").orElseThrow())
                .extracting(ReaderUnit::kind, ReaderUnit::sectionId)
                .containsExactly(ReaderUnit.Kind.PARAGRAPH, "why-theres-been-no-progress");
    }

    @Test
    void aGapParagraphBelongsToTheUnitBeforeIt() {
        int heading = document.paragraphOf("the-history").orElseThrow();

        assertThat(document.unitAtParagraph(heading + 1).map(ReaderUnit::id)).contains("the-history");
        assertThat(document.unitAtParagraph(-1)).isEmpty();
        assertThat(document.paragraphOf("no-such-unit")).isEqualTo(Optional.empty());
    }

    @Test
    void sectionIdsAreTheHeadingsInOrder() {
        assertThat(document.sectionIds()).hasSize(7).startsWith("the-big-picture", "the-history")
                .endsWith("how-it-will-play-out");
        assertThat(ReaderDocument.EMPTY.sectionIds()).isEmpty();
        assertThat(ReaderDocument.EMPTY.unitAtParagraph(0)).isEmpty();
    }

    @Test
    void aUnitWithLineBreaksFillsALineEachAndTheUnitsAfterItFollowTheirText() {
        Briefing plain = TestBriefings.simple("Line Breaks", Optional.empty(), 2);
        Section first = plain.sections().get(0);
        Section broken = new Section(first.id(), first.heading(), first.kind(), List.of(
                new Paragraph("part-1.p1", "Line one\nline two\n\nline four"), first.paragraphs().get(1)));
        Briefing withBreaks = new Briefing(plain.id(), plain.title(), plain.subtitle(), plain.source(),
                plain.published(), plain.readTime(), plain.byline(), plain.captions(), plain.summary(),
                plain.lede(), List.of(broken, plain.sections().get(1)), plain.originalFileName(), plain.contentHash(),
                plain.copyright());
        ReaderDocument doc = ReaderDocument.of(withBreaks);
        List<String> paragraphs = Arrays.asList(doc.text().split("\n", -1));

        assertThat(doc.text()).isEqualTo(CanonicalText.of(withBreaks).text());
        for (ReaderUnit unit : doc.units()) {
            int paragraph = doc.paragraphOf(unit.id()).orElseThrow();
            assertThat(paragraphs.get(paragraph)).as(unit.id()).isEqualTo(unit.text().split("\n", -1)[0]);
            assertThat(doc.unitAtParagraph(paragraph)).contains(unit);
            assertThat(doc.unitStartingAt(paragraph)).contains(unit);
        }
        int broke = doc.paragraphOf("part-1.p1").orElseThrow();
        assertThat(doc.unitAtParagraph(broke + 3).map(ReaderUnit::id)).as("the fourth line").contains("part-1.p1");
        assertThat(doc.unitStartingAt(broke + 3)).isEmpty();
        assertThat(doc.paragraphOf("part-1.p2")).contains(broke + 5);
    }

    @Test
    void anOffsetBelongsToItsUnitAndAGapToTheUnitAfterIt() {
        CanonicalText.Unit history = CanonicalText.of(seed).unit("the-history").orElseThrow();

        assertThat(document.unitAtOffset(history.start()).map(ReaderUnit::id)).contains("the-history");
        assertThat(document.unitAtOffset(history.end() - 1).map(ReaderUnit::id)).contains("the-history");
        assertThat(document.unitAtOffset(history.start() - 1).map(ReaderUnit::id)).contains("the-history");
        assertThat(document.unitAtOffset(history.end()).map(ReaderUnit::id)).contains("the-history.p1");
    }

    @Test
    void eachUnitStartsWhereTheCanonicalTextPutsItSoUnitRelativeHitsBecomeTextOffsets() {
        for (CanonicalText.Unit unit : CanonicalText.of(seed).units()) {
            int start = document.startOf(unit.id()).orElseThrow();
            assertThat(start).as(unit.id()).isEqualTo(unit.start());
            assertThat(document.text().substring(start, start + (unit.end() - unit.start())))
                    .isEqualTo(document.unit(unit.id()).orElseThrow().text());
        }
        int lastParagraph = document.startOf("how-it-will-play-out.p1").orElseThrow();
        assertThat(document.text().substring(lastParagraph)).startsWith("This does not mean that Russia");
        assertThat(document.startOf("no-such-unit")).isEmpty();
        assertThat(ReaderDocument.EMPTY.startOf("title")).isEmpty();
    }
}
