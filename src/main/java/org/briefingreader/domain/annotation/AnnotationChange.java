package org.briefingreader.domain.annotation;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One undoable change: the annotation before and after it. A create has no {@code before}, a delete no
 * {@code after}; an edit or a move has both.
 */
public record AnnotationChange(UUID id, Optional<Annotation> before, Optional<Annotation> after) {
    public AnnotationChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change needs a before or an after");
        }
        before.ifPresent(a -> requireSameId(id, a));
        after.ifPresent(a -> requireSameId(id, a));
    }

    private static void requireSameId(UUID id, Annotation annotation) {
        if (!annotation.id().equals(id)) {
            throw new IllegalArgumentException("change of " + id + " holds annotation " + annotation.id());
        }
    }

    /** What the user did, as menus say it: "annotate", "edit note", "delete annotation". */
    public String label() {
        if (before.isEmpty()) {
            return "annotate";
        }
        if (after.isEmpty()) {
            return "delete annotation";
        }
        return moves() ? "place annotation" : "edit annotation";
    }

    /** Whether the change moved the annotation to another passage (placing an orphan by hand), not just its body. */
    public boolean moves() {
        return before.isPresent() && after.isPresent() && !before.get().target().equals(after.get().target());
    }

    /** The same change the other way round: what undoing it does. */
    public AnnotationChange inverse() {
        return new AnnotationChange(id, after, before);
    }
}
