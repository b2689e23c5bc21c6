package org.briefingreader.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;

/**
 * The annotations of one part of a briefing, as the Markdown and HTML exports head them: consecutive annotations
 * with the same section path share a group, in reading order, and the orphans come last in a group of their own.
 *
 * @param heading     the section path ("The History", "Lede"), or {@value #ORPHANS}
 * @param annotations at least one, in the order given
 * @param orphans     whether this is the group of passages that could not be placed
 */
record SectionGroup(String heading, List<Annotation> annotations, boolean orphans) {
    static final String ORPHANS = "Orphans";

    SectionGroup {
        Objects.requireNonNull(heading, "heading");
        annotations = List.copyOf(annotations);
    }

    /** The groups of one briefing's annotations: runs of one section path, then the orphans. */
    static List<SectionGroup> of(BriefingNotes notes) {
        List<SectionGroup> groups = new ArrayList<>();
        List<Annotation> orphans = new ArrayList<>();
        String heading = null;
        List<Annotation> run = new ArrayList<>();
        for (Annotation annotation : notes.annotations()) {
            String path = notes.sectionPath(annotation);
            // sectionPath says "Orphan" also for an anchored passage whose unit is gone: it is one in all but name
            if (annotation.isOrphan() || path.equals("Orphan")) {
                orphans.add(annotation);
                continue;
            }
            if (!path.equals(heading) && !run.isEmpty()) {
                groups.add(new SectionGroup(heading, run, false));
                run = new ArrayList<>();
            }
            heading = path;
            run.add(annotation);
        }
        if (!run.isEmpty()) {
            groups.add(new SectionGroup(heading, run, false));
        }
        if (!orphans.isEmpty()) {
            groups.add(new SectionGroup(ORPHANS, orphans, true));
        }
        return List.copyOf(groups);
    }
}
