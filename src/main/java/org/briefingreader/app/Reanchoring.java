package org.briefingreader.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Placement;
import org.briefingreader.domain.annotation.Reanchorer;

/**
 * A briefing's annotations placed in its current text, with how each was placed.
 *
 * @param annotations the annotations, re-targeted or orphaned, in their stored order
 * @param counts      how many were placed by each method (only annotations that needed placing)
 * @param changed     whether anything differs from what was stored
 */
public record Reanchoring(List<Annotation> annotations, Map<Placement.Method, Integer> counts, boolean changed) {
    public Reanchoring {
        annotations = List.copyOf(annotations);
        counts = Map.copyOf(counts);
    }

    static Reanchoring of(List<Annotation> stored, Briefing briefing) {
        List<Annotation> placed = new ArrayList<>(stored.size());
        Map<Placement.Method, Integer> counts = new EnumMap<>(Placement.Method.class);
        CanonicalText text = null;
        boolean changed = false;
        for (Annotation annotation : stored) {
            if (annotation.anchoredTo().equals(briefing.contentHash()) && !annotation.isOrphan()) {
                placed.add(annotation);
                continue;
            }
            if (text == null) {
                text = CanonicalText.of(briefing);
            }
            Placement placement = Reanchorer.place(annotation, text, briefing.contentHash());
            counts.merge(placement.method(), 1, Integer::sum);
            placed.add(placement.annotation());
            changed |= !placement.annotation().equals(annotation);
        }
        return new Reanchoring(placed, counts, changed);
    }

    /** How many ended up orphans. */
    public int orphans() {
        return (int) annotations.stream().filter(Annotation::isOrphan).count();
    }
}
