package org.briefingreader.domain.annotation;

import java.util.List;
import java.util.Objects;
import org.briefingreader.domain.Ids;

/**
 * What an annotation points at: a passage of one briefing, by the units it touches, by quote and by position.
 *
 * @param briefingId the briefing (its W3C {@code source})
 * @param unitIds    the text units the passage touches, in reading order (see {@link CanonicalText} for the ids of
 *                   the title, subtitle and headings); empty only for an orphan
 * @param quote      the passage and its context
 * @param position   its place in the canonical text the annotation was last anchored to
 */
public record AnnotationTarget(String briefingId, List<String> unitIds, TextQuoteSelector quote,
        TextPositionSelector position) {
    public AnnotationTarget {
        Ids.requireBriefingId(briefingId);
        unitIds = List.copyOf(unitIds);
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(position, "position");
    }
}
