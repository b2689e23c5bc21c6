package org.briefingreader.domain.annotation;

import java.util.Objects;

/**
 * Where {@link Reanchorer} put an annotation in a new version of its briefing, and how it found the place.
 *
 * @param annotation the annotation re-targeted and {@link Anchoring#ANCHORED} to the new version, or, for
 *                   {@link Method#ORPHAN}, with its old target and content hash and {@link Anchoring#ORPHAN}
 * @param method     which step placed it
 * @param similarity how closely the placed text matches the old quote, {@code 1 - edits / quote length} over the
 *                   folded texts: 1 for {@link Method#POSITION} and {@link Method#QUOTE}, at least
 *                   {@link Reanchorer#MIN_SIMILARITY} for {@link Method#FUZZY}, 0 for {@link Method#ORPHAN}
 */
public record Placement(Annotation annotation, Method method, double similarity) {
    /** The step of {@link Reanchorer#place} that decided. */
    public enum Method {
        /** The old position still holds the quote (whitespace aside): the position is kept. */
        POSITION,
        /** The quote occurs elsewhere word for word (whitespace aside); context and distance chose among repeats. */
        QUOTE,
        /** Only an approximate occurrence was found, similar enough to take. */
        FUZZY,
        /** No place was similar enough: the annotation keeps its old target and is listed apart. */
        ORPHAN
    }

    public Placement {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(method, "method");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must lie in [0, 1], got " + similarity);
        }
        if ((method == Method.ORPHAN) != annotation.isOrphan()) {
            throw new IllegalArgumentException("a placement by " + method + " cannot carry an annotation that is "
                    + annotation.anchoring());
        }
    }
}
