package org.briefingreader.domain.annotation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;

/**
 * The annotations of one briefing being exported, with the briefing they point at (absent when it was deleted:
 * its annotations are orphans and still exported).
 *
 * @param briefingId  the briefing's id
 * @param briefing    the briefing as it is now, if it is still in the library
 * @param annotations its annotations in reading order (orphans last), at least one
 */
public record BriefingNotes(String briefingId, Optional<Briefing> briefing, List<Annotation> annotations) {
    public BriefingNotes {
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(briefing, "briefing");
        annotations = List.copyOf(annotations);
        if (annotations.isEmpty()) {
            throw new IllegalArgumentException("no annotations of briefing " + briefingId + " to export");
        }
        briefing.ifPresent(b -> {
            if (!b.id().equals(briefingId)) {
                throw new IllegalArgumentException("briefing " + b.id() + " given for " + briefingId);
            }
        });
    }

    /** The briefing's title, or its id when it is no longer in the library. */
    public String title() {
        return briefing.map(Briefing::title).orElse(briefingId);
    }

    /**
     * Where an annotation sits, as a reader would name it: the heading of its section ("The History"), or
     * "Title", "Subtitle", "Caption", "Summary", "Lede"; "Orphan" when it could not be placed.
     */
    public String sectionPath(Annotation annotation) {
        if (annotation.isOrphan() || briefing.isEmpty() || annotation.target().unitIds().isEmpty()) {
            return "Orphan";
        }
        return sectionPath(briefing.get(), annotation.target().unitIds().get(0));
    }

    /** The reader's name of the part of {@code briefing} that unit {@code unitId} belongs to. */
    public static String sectionPath(Briefing briefing, String unitId) {
        if (unitId.equals(CanonicalText.TITLE)) {
            return "Title";
        }
        if (unitId.equals(CanonicalText.SUBTITLE)) {
            return "Subtitle";
        }
        if (contains(briefing.captions(), unitId)) {
            return "Caption";
        }
        if (contains(briefing.summary(), unitId)) {
            return "Summary";
        }
        if (contains(briefing.lede(), unitId)) {
            return "Lede";
        }
        for (Section section : briefing.sections()) {
            if (section.id().equals(unitId) || contains(section.paragraphs(), unitId)) {
                return section.heading();
            }
        }
        return "Orphan";
    }

    /** The section kind of the part unit {@code unitId} belongs to, for {@code --kind} filters. */
    public static Optional<org.briefingreader.domain.SectionKind> kindOf(Briefing briefing, String unitId) {
        if (contains(briefing.summary(), unitId)) {
            return Optional.of(org.briefingreader.domain.SectionKind.SUMMARY);
        }
        for (Section section : briefing.sections()) {
            if (section.id().equals(unitId) || contains(section.paragraphs(), unitId)) {
                return Optional.of(section.kind());
            }
        }
        return Optional.empty();
    }

    private static boolean contains(List<Paragraph> units, String unitId) {
        return units.stream().anyMatch(p -> p.id().equals(unitId));
    }
}
