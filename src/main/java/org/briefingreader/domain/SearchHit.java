package org.briefingreader.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One match: a text unit, or an annotation whose note, passage, tags or category matched, with where it is, its
 * snippet and the exact spans of the matched words.
 *
 * <p>All ranges are offsets into {@code text}, so a reading pane can mark them where the text is shown;
 * {@link #snippetText()} is the part of it worth showing in a result list. For a unit, {@code text} is the whole
 * unit. For an annotation ({@link #annotation()} present) it is the note when {@link #in()} is {@code NOTE}, else
 * the annotated passage (a match in the passage, or a hit by tag or category alone); the unit fields then describe
 * the passage's first unit.
 *
 * @param briefingId    the briefing
 * @param briefingTitle its title, for display (the briefing id for an annotation of a briefing no longer there)
 * @param sectionId     the section, if the unit is in one
 * @param heading       that section's heading, if any
 * @param kind          that section's kind; {@code SUMMARY} for summary bullets; none for title, caption, lede
 * @param unitId        the unit (e.g. {@code the-history.p1}; {@code title} for the title); empty only for an
 *                      orphan annotation, whose passage is nowhere
 * @param unitType      what sort of unit it is ({@code PARAGRAPH} for an orphan annotation)
 * @param position      the unit's place in the briefing's reading order (0 = title; -1 for an orphan annotation)
 * @param score         relevance; higher is better
 * @param text          the unit's whole text, or the annotation's note or passage (see above)
 * @param snippet       the span of {@code text} to show
 * @param matches       the matched words, sorted, not overlapping
 * @param in            whether {@code text} is the briefing's text ({@code TEXT}) or an annotation's note
 * @param annotation    the annotation, for a hit that is one
 */
public record SearchHit(String briefingId, String briefingTitle, Optional<String> sectionId,
        Optional<String> heading, Optional<SectionKind> kind, String unitId, UnitType unitType, int position,
        float score, String text, TextRange snippet, List<TextRange> matches, MatchIn in,
        Optional<HitAnnotation> annotation) {

    /** Where a hit's text comes from. */
    public enum MatchIn {
        /** The briefing's own words: a unit, or the passage an annotation marks. */
        TEXT,
        /** An annotation's note. */
        NOTE;

        /** Lower-case name for output: {@code text}, {@code note}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

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
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(annotation, "annotation");
        matches = List.copyOf(matches);
        if (snippet.end() > text.length()) {
            throw new IllegalArgumentException("snippet " + snippet + " outside a text of " + text.length());
        }
        for (TextRange m : matches) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("match " + m + " outside a text of " + text.length());
            }
        }
        if (in == MatchIn.NOTE && annotation.flatMap(HitAnnotation::note).isEmpty()) {
            throw new IllegalArgumentException("a hit in a note needs the annotation and its note");
        }
        if (unitId.isEmpty() && !annotation.map(HitAnnotation::orphan).orElse(false)) {
            throw new IllegalArgumentException("only an orphan annotation's hit has no unit");
        }
    }

    /** A hit on a text unit. */
    public SearchHit(String briefingId, String briefingTitle, Optional<String> sectionId, Optional<String> heading,
            Optional<SectionKind> kind, String unitId, UnitType unitType, int position, float score, String text,
            TextRange snippet, List<TextRange> matches) {
        this(briefingId, briefingTitle, sectionId, heading, kind, unitId, unitType, position, score, text, snippet,
                matches, MatchIn.TEXT, Optional.empty());
    }

    /** The text of the snippet span. */
    public String snippetText() {
        return text.substring(snippet.start(), snippet.end());
    }
}
