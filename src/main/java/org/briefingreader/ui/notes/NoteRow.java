package org.briefingreader.ui.notes;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.annotation.Annotation;

/**
 * One annotation as the Notes tab lists it.
 *
 * @param annotation the annotation
 * @param place      where it is: its section's heading (this briefing) or its briefing (library); may be empty
 * @param colour     its category's colour (a CSS colour), if it has a known category
 */
public record NoteRow(Annotation annotation, String place, Optional<String> colour) {
    public NoteRow {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(colour, "colour");
    }

    /** The quoted passage. */
    public String quote() {
        return annotation.target().quote().exact();
    }
}
