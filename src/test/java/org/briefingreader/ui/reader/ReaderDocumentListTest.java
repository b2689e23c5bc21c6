package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.CanonicalText;
import org.junit.jupiter.api.Test;

/** The marks the pane draws for list items, without a toolkit. */
class ReaderDocumentListTest {
    @Test
    void listItemsCarryTheirMarkAndOtherUnitsNone() {
        ReaderDocument document = ReaderDocument.of(ListBriefing.briefing());

        assertThat(document.units()).extracting(ReaderUnit::id, ReaderUnit::listMark).containsExactly(
                tuple("title", ""), tuple("steps", ""),
                tuple("steps.p1", ""), tuple("steps.p2", "1."),
                tuple("steps.p3", "2."), tuple("steps.p4", "3."),
                tuple("steps.p5", ""), tuple("steps.p6", "•"),
                tuple("steps.p7", "•"), tuple("steps.p8", ""));
        assertThat(document.text()).isEqualTo(CanonicalText.of(ListBriefing.briefing()).text());
    }

    @Test
    void numbersStartAgainInEachSectionAndTheLede() {
        Briefing briefing = new Briefing("two-lists", "Two Lists", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(Paragraph.listItem("lede.p1", "Lede item.", ListMark.NUMBERED)),
                List.of(section("a"), section("b")), "two.json", "sha256:" + "2".repeat(64), Optional.empty());

        ReaderDocument document = ReaderDocument.of(briefing);

        assertThat(document.unit("lede.p1").orElseThrow().listMark()).isEqualTo("1.");
        assertThat(document.unit("a.p2").orElseThrow().listMark()).isEqualTo("2.");
        assertThat(document.unit("b.p1").orElseThrow().listMark()).isEqualTo("1.");
        assertThat(document.unit("b.p1").orElseThrow().kind()).isEqualTo(ReaderUnit.Kind.PARAGRAPH);
        assertThat(document.unitShownAt(document.paragraphOf("b.p1").orElseThrow() + 1)).isEmpty();
    }

    private static Section section(String id) {
        return new Section(id, id.toUpperCase(), SectionKind.OTHER, List.of(
                Paragraph.listItem(id + ".p1", "One.", ListMark.NUMBERED),
                Paragraph.listItem(id + ".p2", "Two.", ListMark.NUMBERED)));
    }
}
