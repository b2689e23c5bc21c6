package org.briefingreader.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What role a section plays in an analysis, for {@code kind:} search and navigation.
 *
 * <p>Headings are mapped to kinds by {@link SectionKindTable}; a heading it does not know is {@link #OTHER}.
 */
public enum SectionKind {
    /** Background that frames the analysis ("The Big Picture"). */
    CONTEXT,
    /** How things came to be ("The History"). */
    HISTORY,
    /** What the actors want and why ("What Japan and Russia Want"). */
    MOTIVATIONS,
    /** Obstacles, constraints and limits ("Why There's Been No Progress"). */
    CONSTRAINTS,
    /** The forecast ("How It Will Play Out"). */
    OUTLOOK,
    /** A summary or key-points section inside the body ("Summary", "Key Takeaways"). */
    SUMMARY,
    /** Anything the table does not recognise. */
    OTHER;

    /** The lower-case name used in JSON and in queries, e.g. {@code outlook}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label such as {@code "outlook"} case-insensitively. */
    public static Optional<SectionKind> fromLabel(String label) {
        for (SectionKind kind : values()) {
            if (kind.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
