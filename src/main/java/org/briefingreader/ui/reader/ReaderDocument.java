package org.briefingreader.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.ListMarkers;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.CanonicalText;

/**
 * The text the reading pane shows: exactly the briefing's {@link CanonicalText}, so an offset in the pane is an
 * offset in the canonical text, and its units in order.
 *
 * <p>The pane has one paragraph per line of the text. Units are separated by a blank line ({@code "\n\n"}), so
 * when no unit holds a line break, unit {@code i} is paragraph {@code 2 * i} and the odd paragraphs are the
 * empty gaps; a unit whose text holds line breaks (a JSON import may keep them) spans several paragraphs, and
 * every unit after it starts that much later. For the seed briefing, paragraph 0 is the title, paragraph 2 the
 * subtitle, and paragraph 1 the gap between them.
 */
public record ReaderDocument(String briefingId, String text, List<ReaderUnit> units) {
    /** The document of no briefing: no text, no units. */
    public static final ReaderDocument EMPTY = new ReaderDocument("", "", List.of());

    public ReaderDocument {
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(text, "text");
        units = List.copyOf(units);
    }

    public static ReaderDocument of(Briefing briefing) {
        CanonicalText canonical = CanonicalText.of(briefing);
        Map<String, ReaderUnit.Kind> kinds = new HashMap<>();
        Map<String, Section> sectionOf = new HashMap<>();
        Map<String, String> listMarks = new HashMap<>();
        listMarks(briefing.captions(), listMarks);
        listMarks(briefing.summary(), listMarks);
        listMarks(briefing.lede(), listMarks);
        kinds.put(CanonicalText.TITLE, ReaderUnit.Kind.TITLE);
        kinds.put(CanonicalText.SUBTITLE, ReaderUnit.Kind.SUBTITLE);
        briefing.captions().forEach(p -> kinds.put(p.id(), ReaderUnit.Kind.CAPTION));
        briefing.summary().forEach(p -> kinds.put(p.id(), ReaderUnit.Kind.SUMMARY));
        briefing.lede().forEach(p -> kinds.put(p.id(), ReaderUnit.Kind.LEDE));
        for (Section section : briefing.sections()) {
            kinds.put(section.id(), ReaderUnit.Kind.HEADING);
            sectionOf.put(section.id(), section);
            listMarks(section.paragraphs(), listMarks);
            for (Paragraph p : section.paragraphs()) {
                kinds.put(p.id(), ReaderUnit.Kind.PARAGRAPH);
                sectionOf.put(p.id(), section);
            }
        }
        String text = canonical.text();
        List<ReaderUnit> units = new ArrayList<>();
        for (CanonicalText.Unit unit : canonical.units()) {
            Section section = sectionOf.get(unit.id());
            units.add(new ReaderUnit(unit.id(), kinds.getOrDefault(unit.id(), ReaderUnit.Kind.PARAGRAPH),
                    text.substring(unit.start(), unit.end()), section == null ? "" : section.id(),
                    section == null ? SectionKind.OTHER : section.kind(),
                    listMarks.getOrDefault(unit.id(), "")));
        }
        return new ReaderDocument(briefing.id(), text, units);
    }

    /** Puts the marks of the list items among {@code paragraphs} (one group: numbers restart per group). */
    private static void listMarks(List<Paragraph> paragraphs, Map<String, String> marks) {
        List<String> drawn = ListMarkers.of(paragraphs, ReaderUnit.BULLET);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!drawn.get(i).isEmpty()) {
                marks.put(paragraphs.get(i).id(), drawn.get(i));
            }
        }
    }

    /** The pane paragraph that shows the first line of unit {@code unitId}; empty when there is no such unit. */
    public Optional<Integer> paragraphOf(String unitId) {
        int paragraph = 0;
        for (ReaderUnit unit : units) {
            if (unit.id().equals(unitId)) {
                return Optional.of(paragraph);
            }
            paragraph += lines(unit.text()) + 1;
        }
        return Optional.empty();
    }

    /** The unit shown by pane paragraph {@code paragraph}; a gap belongs to the unit before it. */
    public Optional<ReaderUnit> unitAtParagraph(int paragraph) {
        if (units.isEmpty() || paragraph < 0) {
            return Optional.empty();
        }
        int next = 0;
        ReaderUnit found = units.get(0);
        for (ReaderUnit unit : units) {
            if (next > paragraph) {
                break;
            }
            found = unit;
            next += lines(unit.text()) + 1;
        }
        return Optional.of(found);
    }

    /** The unit one of whose lines pane paragraph {@code paragraph} shows; empty for a gap. */
    public Optional<ReaderUnit> unitShownAt(int paragraph) {
        return unitAtParagraph(paragraph).filter(u -> paragraph < paragraphOf(u.id()).orElse(-1) + lines(u.text()));
    }

    /** The unit whose first line is pane paragraph {@code paragraph}; empty for a gap or a later line. */
    public Optional<ReaderUnit> unitStartingAt(int paragraph) {
        return unitAtParagraph(paragraph).filter(u -> paragraphOf(u.id()).orElse(-1) == paragraph);
    }

    public Optional<ReaderUnit> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    /** The section ids in reading order: the ids of the heading units. */
    public List<String> sectionIds() {
        return units.stream().filter(u -> u.kind() == ReaderUnit.Kind.HEADING).map(ReaderUnit::id).toList();
    }

    /**
     * The UTF-16 offset in {@link #text()} of the first character of unit {@code unitId}; empty when there is no
     * such unit. A range relative to the unit (a search hit) becomes a range of the text by adding it.
     */
    public Optional<Integer> startOf(String unitId) {
        int start = 0;
        for (ReaderUnit unit : units) {
            if (unit.id().equals(unitId)) {
                return Optional.of(start);
            }
            start += unit.text().length() + CanonicalText.SEPARATOR.length();
        }
        return Optional.empty();
    }

    /** The unit holding UTF-16 offset {@code offset} of the text (a gap counts to the unit after it). */
    public Optional<ReaderUnit> unitAtOffset(int offset) {
        int start = 0;
        for (ReaderUnit unit : units) {
            int end = start + unit.text().length();
            if (offset < end) {
                return Optional.of(unit);
            }
            start = end + CanonicalText.SEPARATOR.length();
        }
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(units.size() - 1));
    }

    /** How many pane paragraphs a unit's text fills: one per line. */
    static int lines(String unitText) {
        int lines = 1;
        for (int i = 0; i < unitText.length(); i++) {
            if (unitText.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
