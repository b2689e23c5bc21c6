package org.briefingreader.ui.reader;

import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;

/** A briefing whose one section mixes paragraphs, a numbered list and a bulleted list: the list tests' fixture. */
final class ListBriefing {
    static final String LONG_ITEM = "Second, a long item that wraps over several lines of the reading pane, so "
            + "that its later lines can be seen to hang under the first line's text rather than under its number, "
            + "as a list item does in a browser or a word processor, and as a reader of a briefing expects.";

    private ListBriefing() {
    }

    static Briefing briefing() {
        List<Paragraph> paragraphs = List.of(
                new Paragraph("steps.p1", "The plan has three steps."),
                Paragraph.listItem("steps.p2", "First, agree on the islands.", ListMark.NUMBERED),
                Paragraph.listItem("steps.p3", LONG_ITEM, ListMark.NUMBERED),
                Paragraph.listItem("steps.p4", "Third, sign the treaty.", ListMark.NUMBERED),
                new Paragraph("steps.p5", "Two things stand in the way."),
                Paragraph.listItem("steps.p6", "The alliance with the United States.", ListMark.BULLET),
                Paragraph.listItem("steps.p7", "Sovereignty.", ListMark.BULLET),
                new Paragraph("steps.p8", "Neither will move soon."));
        return new Briefing("lists-2024-01-01", "A Briefing With Lists", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new Section("steps", "The Steps", SectionKind.OTHER, paragraphs)),
                "lists.json", "sha256:" + "1".repeat(64), Optional.empty());
    }
}
