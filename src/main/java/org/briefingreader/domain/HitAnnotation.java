package org.briefingreader.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The annotation a search hit is, with what a result list shows of it: the passage, the note, tags and category.
 *
 * @param id       the annotation
 * @param quote    the annotated passage (its exact quote)
 * @param note     its note, if any
 * @param tags     its tags as written, in their order
 * @param category its category's name, if any
 * @param orphan   true when the passage is not placed in the briefing as indexed (an orphan, or an annotation of a
 *                 briefing no longer in the library): the hit then points at no unit
 */
public record HitAnnotation(UUID id, String quote, Optional<String> note, List<String> tags, Optional<String> category,
        boolean orphan) {
    public HitAnnotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(note, "note");
        tags = List.copyOf(tags);
        Objects.requireNonNull(category, "category");
    }
}
