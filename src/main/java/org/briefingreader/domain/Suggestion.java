package org.briefingreader.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A completion for a search box.
 *
 * @param text       what the box would hold if chosen: the query with its last word completed (WORD), or a
 *                   heading or title (HEADING, TITLE)
 * @param kind       where it comes from
 * @param briefingId the briefing of a heading or title
 * @param sectionId  the section of a heading
 * @param matches    the typed part inside {@code text}, for bold display
 */
public record Suggestion(String text, Kind kind, Optional<String> briefingId, Optional<String> sectionId,
        java.util.List<TextRange> matches) {

    /** Where a suggestion comes from. */
    public enum Kind {
        /** A word of the library completing the last word typed. */
        WORD,
        /** A section heading containing what was typed. */
        HEADING,
        /** A briefing title containing what was typed. */
        TITLE
    }

    public Suggestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(sectionId, "sectionId");
        matches = java.util.List.copyOf(matches);
    }
}
