package org.briefingreader.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.briefingreader.domain.SectionKind;

/**
 * Which annotations an export takes: all of the library, or those of one briefing, tag, category, section kind
 * or search query (all given conditions must hold).
 *
 * @param briefingId only this briefing's
 * @param tag        only those with this tag (case-insensitive)
 * @param category   only those filed under this category (case-insensitive)
 * @param kind       only those in a section of this kind
 * @param query      only those whose passage or note the query finds (the search language, docs/search.md)
 * @param ids        only these annotations: what a list in the window shows after filters this record cannot
 *                   express (the Notes tab's words and section)
 */
public record ExportFilter(Optional<String> briefingId, Optional<String> tag, Optional<String> category,
        Optional<SectionKind> kind, Optional<String> query, Optional<Set<UUID>> ids) {
    public static final ExportFilter ALL = new ExportFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public ExportFilter {
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(query, "query");
        ids = Objects.requireNonNull(ids, "ids").map(Set::copyOf);
    }

    /** A filter that takes any annotation id. */
    public ExportFilter(Optional<String> briefingId, Optional<String> tag, Optional<String> category,
            Optional<SectionKind> kind, Optional<String> query) {
        this(briefingId, tag, category, kind, query, Optional.empty());
    }

    /** What was exported, for headings and labels: "the library", "briefing x, tag economy". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        briefingId.ifPresent(id -> parts.add("briefing " + id));
        tag.ifPresent(t -> parts.add("tag " + t));
        category.ifPresent(c -> parts.add("category " + c));
        kind.ifPresent(k -> parts.add("kind " + k.label()));
        query.ifPresent(q -> parts.add("query " + q));
        ids.ifPresent(chosen -> parts.add(chosen.size() + (chosen.size() == 1 ? " chosen note" : " chosen notes")));
        return parts.isEmpty() ? "the library" : String.join(", ", parts);
    }

    boolean hasId(UUID id) {
        return ids.isEmpty() || ids.get().contains(id);
    }

    boolean hasTag(List<String> tags) {
        return tag.isEmpty() || tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT)
                .equals(tag.get().strip().toLowerCase(Locale.ROOT)));
    }
}
