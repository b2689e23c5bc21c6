package org.briefingreader.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Motivation;

/**
 * What the user wrote for an annotation: note, tags, category, and the motivation if they chose one (else it
 * follows from the rest: {@link Motivation#implied}).
 */
public record AnnotationDraft(Optional<String> note, List<String> tags, Optional<String> category,
        Optional<Motivation> motivation) {
    public static final AnnotationDraft HIGHLIGHT = new AnnotationDraft(Optional.empty(), List.of(),
            Optional.empty(), Optional.empty());

    public AnnotationDraft {
        Objects.requireNonNull(note, "note");
        note = note.filter(n -> !n.isBlank());
        tags = Annotation.cleanTags(tags);
        Objects.requireNonNull(category, "category");
        category = category.map(String::strip).filter(c -> !c.isEmpty());
        Objects.requireNonNull(motivation, "motivation");
    }

    Motivation motivationOrImplied() {
        return motivation.orElseGet(() -> Motivation.implied(note, tags));
    }
}
