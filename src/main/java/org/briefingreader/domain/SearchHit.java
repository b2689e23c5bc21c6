package org.briefingreader.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One matching text unit, with where it is, its snippet and the exact spans of the matched words.
 *
 * <p>All ranges are offsets into {@code text} (the whole unit), so a reading pane can mark them where the unit
 * is shown; {@link #snippetText()} is the part of it worth showing in a result list.
 *
 * @param briefingId    the briefing
 * @param briefingTitle its title, for display
 * @param sectionId     the section, if the unit is in one
 * @param heading       that section's heading, if any
 * @param kind          that section's kind; {@code SUMMARY} for summary bullets; none for title, caption, lede
 * @param unitId        the unit (e.g. {@code the-history.p1}; {@code title} for the title)
 * @param unitType      what sort of unit it is
 * @param position      the unit's place in the briefing's reading order (0 = title)
 * @param score         relevance; higher is better
 * @param text          the unit's whole text
 * @param snippet       the span of {@code text} to show
 * @param matches       the matched words, sorted, not overlapping
 */
public record SearchHit(String briefingId, String briefingTitle, Optional<String> sectionId,
        Optional<String> heading, Optional<SectionKind> kind, String unitId, UnitType unitType, int position,
        float score, String text, TextRange snippet, List<TextRange> matches) {

    public SearchHit {
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(briefingTitle, "briefingTitle");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitType, "unitType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(snippet, "snippet");
        matches = List.copyOf(matches);
        if (snippet.end() > text.length()) {
            throw new IllegalArgumentException("snippet " + snippet + " outside a text of " + text.length());
        }
        for (TextRange m : matches) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("match " + m + " outside a text of " + text.length());
            }
        }
    }

    /** The text of the snippet span. */
    public String snippetText() {
        return text.substring(snippet.start(), snippet.end());
    }
}
