package org.briefingreader.ui.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.briefingreader.app.ExportFilter;

/**
 * What the Notes tab shows at the moment the export dialog opens, so "the current filter" exports the same notes.
 *
 * <p>Tag, category and briefing map onto {@link ExportFilter} as they are. The tab's words and section have no
 * counterpart there (its words are matched in the note, quote and tags, not by the search index; a section is a
 * section of the briefing shown, not a kind): when either is set, the notes the tab lists are chosen by id.
 *
 * @param briefingId   the briefing whose notes the tab lists; empty when it lists the library's
 * @param text         the tab's filter words, or empty
 * @param tag          the tag chosen, or empty
 * @param category     the category chosen, or empty
 * @param section      the heading of the section chosen, or empty
 * @param shown        the annotations the tab lists (placed and orphaned)
 */
public record ExportSelection(Optional<String> briefingId, String text, String tag, String category,
        String section, List<UUID> shown) {
    /** The Notes tab with no filter, listing the library. */
    public static final ExportSelection NONE = new ExportSelection(Optional.empty(), "", "", "", "", List.of());

    public ExportSelection {
        Objects.requireNonNull(briefingId, "briefingId");
        text = Objects.requireNonNull(text, "text").strip();
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(section, "section");
        shown = List.copyOf(shown);
    }

    /** The filter that exports what the tab lists. */
    public ExportFilter filter() {
        boolean byId = !text.isEmpty() || !section.isEmpty();
        return new ExportFilter(briefingId, nonEmpty(tag), nonEmpty(category), Optional.empty(), Optional.empty(),
                byId ? Optional.of(Set.copyOf(shown)) : Optional.empty());
    }

    /** The filter in a few words for the dialog: "this briefing, tag #economy, “sanctions”"; or "no filter". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(briefingId.isPresent() ? "this briefing" : "the library");
        if (!tag.isEmpty()) {
            parts.add("tag #" + tag);
        }
        if (!category.isEmpty()) {
            parts.add("category " + category);
        }
        if (!section.isEmpty()) {
            parts.add("section " + section);
        }
        if (!text.isEmpty()) {
            parts.add("\u201C" + text + "\u201D");
        }
        return String.join(", ", parts);
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
