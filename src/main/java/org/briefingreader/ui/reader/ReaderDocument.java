package org.briefingreader.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.annotation.CanonicalText;

/**
 * The text the reading pane shows: exactly the briefing's {@link CanonicalText}, so an offset in the pane is an
 * offset in the canonical text, and its units in order.
 *
 * <p>Units are separated by a blank line ({@code "\n\n"}), so in the pane unit {@code i} is paragraph
 * {@code 2 * i} and the odd paragraphs are the empty gaps between units. For the seed briefing, paragraph 0
 * is the title, paragraph 2 the subtitle, and paragraph 1 the gap between them.
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
        Map<String, String> sectionOf = new HashMap<>();
        kinds.put(CanonicalText.TITLE, ReaderUnit.Kind.TITLE);
        kinds.put(CanonicalText.SUBTITLE, ReaderUnit.Kind.SUBTITLE);
        briefing.captions().forEach(p -> kinds.put(p.id(), ReaderUnit.Kind.CAPTION));
        briefing.summary().forEach(p -> kinds.put(p.id(), ReaderUnit.Kind.SUMMARY));
        briefing.lede().forEach(p -> kinds.put(p.id(), ReaderUnit.Kind.LEDE));
        for (Section section : briefing.sections()) {
            kinds.put(section.id(), ReaderUnit.Kind.HEADING);
            sectionOf.put(section.id(), section.id());
            for (Paragraph p : section.paragraphs()) {
                kinds.put(p.id(), ReaderUnit.Kind.PARAGRAPH);
                sectionOf.put(p.id(), section.id());
            }
        }
        String text = canonical.text();
        List<ReaderUnit> units = new ArrayList<>();
        for (CanonicalText.Unit unit : canonical.units()) {
            units.add(new ReaderUnit(unit.id(), kinds.getOrDefault(unit.id(), ReaderUnit.Kind.PARAGRAPH),
                    text.substring(unit.start(), unit.end()), sectionOf.getOrDefault(unit.id(), "")));
        }
        return new ReaderDocument(briefing.id(), text, units);
    }

    /** The pane paragraph that shows unit {@code unitId}; empty when there is no such unit. */
    public Optional<Integer> paragraphOf(String unitId) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(unitId)) {
                return Optional.of(2 * i);
            }
        }
        return Optional.empty();
    }

    /** The unit shown by pane paragraph {@code paragraph}; a gap belongs to the unit before it. */
    public Optional<ReaderUnit> unitAtParagraph(int paragraph) {
        if (units.isEmpty() || paragraph < 0) {
            return Optional.empty();
        }
        return Optional.of(units.get(Math.min(paragraph / 2, units.size() - 1)));
    }

    public Optional<ReaderUnit> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    /** The section ids in reading order: the ids of the heading units. */
    public List<String> sectionIds() {
        return units.stream().filter(u -> u.kind() == ReaderUnit.Kind.HEADING).map(ReaderUnit::id).toList();
    }
}
