package org.briefingreader.app;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.NotesExporter;

/**
 * Exporting annotations: choose them ({@link ExportFilter}), group them by briefing in reading order (orphans
 * last), and hand them to the exporter of the format asked for. Synchronous; callers pick the thread.
 */
public final class ExportService {
    /** Hits read per page when a query chooses the annotations. */
    private static final int QUERY_PAGE = 1_000;

    private final LibraryService library;
    private final AnnotationService annotations;
    private final SearchProvider search;
    private final Map<String, NotesExporter> exporters = new LinkedHashMap<>();
    private final Clock clock;

    /** The search service, opened only when a query needs it (it may have to build the index first). */
    @FunctionalInterface
    public interface SearchProvider {
        SearchService open() throws IOException;
    }

    public ExportService(LibraryService library, AnnotationService annotations, SearchProvider search,
            List<NotesExporter> exporters, Clock clock) {
        this.library = Objects.requireNonNull(library, "library");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.search = Objects.requireNonNull(search, "search");
        for (NotesExporter exporter : exporters) {
            this.exporters.put(exporter.format(), exporter);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The formats {@code --format} takes, in the order given. */
    public List<String> formats() {
        return List.copyOf(exporters.keySet());
    }

    public NotesExporter exporter(String format) throws AnnotationException {
        NotesExporter exporter = exporters.get(format);
        if (exporter == null) {
            throw new AnnotationException("unknown export format '" + format + "' (formats: "
                    + String.join(", ", exporters.keySet()) + ")");
        }
        return exporter;
    }

    /** The annotations the filter chooses, grouped by briefing (library order: by id), each in reading order. */
    public ExportedNotes select(ExportFilter filter) throws IOException, AnnotationException {
        Optional<Matches> matches = filter.query().isPresent() ? Optional.of(matches(filter.query().get()))
                : Optional.empty();
        List<Annotation> chosen = new ArrayList<>();
        if (filter.briefingId().isPresent()) {
            String id = filter.briefingId().get();
            List<Annotation> ofBriefing = annotations.notes(id);
            if (ofBriefing.isEmpty() && library.get(id).isEmpty()) {
                throw new AnnotationException("no briefing with id " + id);
            }
            chosen.addAll(ofBriefing);
        } else {
            chosen.addAll(annotations.allNotes());
        }
        Map<String, List<Annotation>> byBriefing = new LinkedHashMap<>();
        Map<String, Optional<Briefing>> briefings = new LinkedHashMap<>();
        for (Annotation a : chosen) {
            if (!briefings.containsKey(a.briefingId())) {
                briefings.put(a.briefingId(), library.get(a.briefingId()));
            }
            Optional<Briefing> briefing = briefings.get(a.briefingId());
            if (keep(a, briefing, filter, matches)) {
                byBriefing.computeIfAbsent(a.briefingId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<BriefingNotes> groups = new ArrayList<>();
        byBriefing.forEach((id, list) -> {
            list.sort(READING_ORDER);
            groups.add(new BriefingNotes(id, briefings.get(id), list));
        });
        List<Category> categories = annotations.categories();
        return new ExportedNotes(clock.instant(), filter.describe(), groups, categories);
    }

    /** Selects and writes in one go; returns what was written. */
    public ExportedNotes export(ExportFilter filter, String format, OutputStream out)
            throws IOException, AnnotationException {
        NotesExporter exporter = exporter(format);
        ExportedNotes notes = select(filter);
        exporter.write(notes, out);
        return notes;
    }

    /** Placed annotations by position in the text, then orphans by creation. */
    private static final java.util.Comparator<Annotation> READING_ORDER = java.util.Comparator
            .comparing(Annotation::isOrphan)
            .thenComparingInt((Annotation a) -> a.isOrphan() ? 0 : a.target().position().start())
            .thenComparing(Annotation::created);

    private static boolean keep(Annotation a, Optional<Briefing> briefing, ExportFilter filter,
            Optional<Matches> matches) {
        if (!filter.hasId(a.id()) || !filter.hasTag(a.tags())) {
            return false;
        }
        if (filter.category().isPresent() && !a.category().map(Category::keyOf)
                .equals(Optional.of(Category.keyOf(filter.category().get())))) {
            return false;
        }
        if (filter.kind().isPresent()) {
            boolean ofKind = briefing.isPresent() && !a.isOrphan() && a.target().unitIds().stream()
                    .anyMatch(u -> BriefingNotes.kindOf(briefing.get(), u).equals(filter.kind()));
            if (!ofKind) {
                return false;
            }
        }
        return matches.isEmpty() || matches.get().includes(a);
    }

    /** What a query found: units (briefing id + unit id) and annotations. */
    private record Matches(Set<String> units, Set<UUID> annotations) {
        boolean includes(Annotation a) {
            return annotations.contains(a.id()) || !a.isOrphan() && a.target().unitIds().stream()
                    .anyMatch(u -> units.contains(a.briefingId() + "#" + u));
        }
    }

    private Matches matches(String query) throws IOException, AnnotationException {
        SearchService service = search.open();
        service.sync(SyncListener.NONE);
        Set<String> units = new HashSet<>();
        Set<UUID> found = new HashSet<>();
        for (int offset = 0; ; offset += QUERY_PAGE) {
            SearchResults page = service.search(query, Optional.empty(), offset, QUERY_PAGE);
            if (page.total() > org.briefingreader.domain.SearchQuery.MAX_WINDOW) {
                throw new AnnotationException("the query \"" + query + "\" finds " + page.total()
                        + " passages; an export query may find at most "
                        + org.briefingreader.domain.SearchQuery.MAX_WINDOW + " (add words or a scope)");
            }
            for (SearchHit hit : page.hits()) {
                if (hit.annotation().isPresent()) {
                    found.add(hit.annotation().get().id()); // the note, tags or category matched
                } else {
                    units.add(hit.briefingId() + "#" + hit.unitId()); // the passage's text matched
                }
            }
            if (offset + page.hits().size() >= page.total()) {
                break;
            }
        }
        return new Matches(units, found);
    }
}
