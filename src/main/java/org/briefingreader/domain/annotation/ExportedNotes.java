package org.briefingreader.domain.annotation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an export writes: annotations grouped by briefing, with when and of what they were exported.
 *
 * @param exported   when the export was made
 * @param scope      what was exported, for a heading or label: "the library", "briefing ...", "tag economy"
 * @param briefings  the groups, in the order they are written (at least zero: an empty export is valid)
 * @param categories the library's categories (for their colours)
 */
public record ExportedNotes(Instant exported, String scope, List<BriefingNotes> briefings,
        List<Category> categories) {
    public ExportedNotes {
        Objects.requireNonNull(exported, "exported");
        Objects.requireNonNull(scope, "scope");
        briefings = List.copyOf(briefings);
        categories = List.copyOf(categories);
    }

    /** How many annotations in all. */
    public int size() {
        return briefings.stream().mapToInt(b -> b.annotations().size()).sum();
    }

    /** The link that opens the reader at an annotation: {@code briefing-reader://open?briefing=ID&annotation=AID}. */
    public static String link(Annotation annotation) {
        return "briefing-reader://open?briefing=" + annotation.briefingId() + "&annotation=" + annotation.id();
    }
}
