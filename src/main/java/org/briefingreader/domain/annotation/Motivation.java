package org.briefingreader.domain.annotation;

import java.util.Locale;
import java.util.Optional;

/** Why an annotation was made, as the W3C Web Annotation vocabulary names it (oa:Motivation). */
public enum Motivation {
    HIGHLIGHTING,
    COMMENTING,
    TAGGING,
    BOOKMARKING;

    /** The W3C term: {@code highlighting}, {@code commenting}, {@code tagging}, {@code bookmarking}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The motivation with this W3C term, case-insensitively. */
    public static Optional<Motivation> fromLabel(String label) {
        for (Motivation m : values()) {
            if (m.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** What a new annotation is for when the user did not say: a note comments, tags alone tag, else a highlight. */
    public static Motivation implied(Optional<String> note, java.util.List<String> tags) {
        if (note.isPresent()) {
            return COMMENTING;
        }
        return tags.isEmpty() ? HIGHLIGHTING : TAGGING;
    }
}
