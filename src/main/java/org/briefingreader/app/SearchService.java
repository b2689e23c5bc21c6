package org.briefingreader.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingStore;
import org.briefingreader.domain.LibraryIndex;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.Suggestion;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationStore;
import org.briefingreader.domain.query.ParsedQuery;
import org.briefingreader.domain.query.QueryNode;
import org.briefingreader.domain.query.QueryParser;

/**
 * Searching the library, and keeping its index a faithful cache of the briefing and annotation stores.
 *
 * <p>The stores are the truth. {@link #sync} compares the stores' cheap per-file stamps with the stamps the index
 * recorded and re-reads only what changed, so it is cheap enough to run after every import and on a timer;
 * a generation (a hash of all stamps) is recorded with each commit, so an index that is already current is
 * recognised without reading anything. Only the process holding the index writes it; in another process sync just
 * picks up the holder's commits.
 *
 * <p>A briefing's annotations are indexed from its annotation file and from the briefing itself (their passages'
 * sections, the briefing's title, source and date), so they are indexed again when either file changed. A note
 * edited in this process reaches the index at the next sync like any other change: the window's
 * {@link IndexKeeper} runs one every few seconds, and a command syncs before it searches.
 */
public final class SearchService {
    /** A word of a query, for spelling: letters and digits. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Shorter words are left alone: too many real words are one edit away from them. */
    private static final int MIN_SPELLED = 3;
    /** Stands for "no briefing file" in the stamp annotations are indexed with. */
    private static final String NO_BRIEFING = "-";

    private final LibraryIndex index;
    private final BriefingStore store;
    private final AnnotationStore annotations;

    public SearchService(LibraryIndex index, BriefingStore store, AnnotationStore annotations) {
        this.index = Objects.requireNonNull(index, "index");
        this.store = Objects.requireNonNull(store, "store");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
    }

    /** Runs {@code text} in the query language; what of it was ignored is in the results' query notes. */
    public SearchResults search(String text, Optional<SectionKind> kind, int offset, int limit) throws IOException {
        return index.search(new SearchQuery(text, QueryParser.parse(text), kind, offset, limit));
    }

    /**
     * Like {@link #search(String, Optional, int, int)}, within one briefing when {@code briefingId} is given: the
     * window's "this briefing" scope. The query is scoped as parsed, so its own brackets and ORs keep their meaning;
     * a query with nothing searchable finds nothing, it does not list the whole briefing.
     */
    public SearchResults search(String text, Optional<String> briefingId, Optional<SectionKind> kind, int offset,
            int limit) throws IOException {
        if (briefingId.isEmpty()) {
            return search(text, kind, offset, limit);
        }
        ParsedQuery parsed = QueryParser.parse(text);
        ParsedQuery scoped = parsed.root().isEmpty() ? parsed : new ParsedQuery(
                Optional.of(new QueryNode.And(List.of(parsed.root().get(), new QueryNode.BriefingIs(briefingId.get())))),
                parsed.notes());
        return index.search(new SearchQuery(text, scoped, kind, offset, limit));
    }

    /** Completions for a search box (words of the library, then headings and titles), best first. */
    public List<Suggestion> suggest(String typed, int limit) throws IOException {
        return index.suggest(typed, limit);
    }

    /**
     * For a query that found nothing: the same query with each word the library does not know replaced by the
     * library's closest word, if that finds something. {@code sovereignity islnds} gives
     * {@code sovereignty islands}.
     */
    public Optional<String> didYouMean(String text) throws IOException {
        Matcher words = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            boolean scoped = words.start() > 0 && text.charAt(words.start() - 1) == ':'
                    || words.end() < text.length() && text.charAt(words.end()) == ':';
            Optional<String> better = scoped || word.length() < MIN_SPELLED ? Optional.empty()
                    : index.spellings(word.toLowerCase(Locale.ROOT), 1).stream().findFirst();
            words.appendReplacement(corrected, Matcher.quoteReplacement(better.orElse(word)));
            changed |= better.isPresent();
        }
        words.appendTail(corrected);
        if (!changed) {
            return Optional.empty();
        }
        String suggestion = corrected.toString();
        return search(suggestion, Optional.empty(), 0, 1).total() > 0 ? Optional.of(suggestion) : Optional.empty();
    }

    /** Passages of other briefings most like this one. */
    public List<SearchHit> related(String briefingId, String unitId, int limit) throws IOException {
        return index.related(briefingId, unitId, limit);
    }

    /** True when this process holds the index (and keeps it current); false when another one does. */
    public boolean holdsIndex() {
        return index.isWritable();
    }

    /**
     * Brings the index up to date with the stores, re-reading only briefings and annotation files that changed.
     * Annotations of a briefing no longer in the library stay searchable, as orphans, as long as they are kept.
     */
    public synchronized SyncReport sync(SyncListener listener) throws IOException {
        if (!index.isWritable()) {
            index.refresh();
            return SyncReport.readOnly();
        }
        Map<String, String> stamps = store.stamps();
        Map<String, String> noteStamps = annotations.stamps();
        String generation = generation(stamps, noteStamps);
        if (index.committedGeneration().filter(generation::equals).isPresent()) {
            return new SyncReport(0, 0, true, List.of());
        }
        Map<String, String> indexed = index.indexedStamps();
        Map<String, String> indexedNotes = index.indexedAnnotationStamps();
        List<String> changed = new ArrayList<>();
        stamps.forEach((id, stamp) -> {
            if (!stamp.equals(indexed.get(id))) {
                changed.add(id);
            }
        });
        List<String> removed = indexed.keySet().stream().filter(id -> !stamps.containsKey(id)).toList();
        // Annotations depend on both files: their own, and the briefing's (where each passage now is).
        Map<String, String> notesDue = new TreeMap<>();
        noteStamps.forEach((id, stamp) -> {
            String wanted = stamp + " " + stamps.getOrDefault(id, NO_BRIEFING);
            if (!wanted.equals(indexedNotes.get(id))) {
                notesDue.put(id, wanted);
            }
        });
        List<String> notesGone = indexedNotes.keySet().stream().filter(id -> !noteStamps.containsKey(id)).toList();
        List<String> problems = new ArrayList<>();
        Set<String> changedIds = new HashSet<>(changed);
        int total = changed.size() + (int) notesDue.keySet().stream().filter(id -> !changedIds.contains(id)).count();
        int done = 0;
        int failed = 0;
        int notesIndexed = 0;
        for (String id : changed) {
            int before = problems.size();
            Optional<Briefing> briefing = putFromStore(id, stamps.get(id), problems);
            failed += problems.size() - before;
            String notesStamp = notesDue.remove(id);
            if (notesStamp != null) {
                putNotes(id, briefing, notesStamp, problems);
                notesIndexed++;
            }
            listener.progress(++done, total);
        }
        for (Map.Entry<String, String> due : notesDue.entrySet()) {
            putNotes(due.getKey(), briefingOrNone(due.getKey()), due.getValue(), problems);
            notesIndexed++;
            listener.progress(++done, total);
        }
        for (String id : removed) {
            index.remove(id);
        }
        for (String id : notesGone) {
            index.removeAnnotations(id);
        }
        // Stamps were read before the files: a change made meanwhile alters the generation, so the next sync
        // sees it; the index never claims a state newer than what it holds.
        index.commit(generation);
        index.refresh();
        return new SyncReport(changed.size() - failed, removed.size(), notesIndexed + notesGone.size(), true,
                problems);
    }

    /**
     * One string that changes whenever a briefing or an annotation file is added, changed or deleted: the
     * briefing store's generation when nothing was ever annotated.
     */
    static String generation(Map<String, String> briefingStamps, Map<String, String> annotationStamps) {
        Map<String, String> all = new TreeMap<>(briefingStamps);
        // A briefing id has no '/', so these keys never meet a briefing's.
        annotationStamps.forEach((id, stamp) -> all.put("annotations/" + id, stamp));
        return BriefingStore.generation(all);
    }

    /** Empties the index and fills it again from every stored briefing. */
    public synchronized SyncReport rebuild(SyncListener listener) throws IOException {
        if (!index.isWritable()) {
            throw new IndexBusyException();
        }
        index.clear();
        index.commit("");
        return sync(listener);
    }

    /** Indexes the stored briefing (or removes it when gone or unreadable); the briefing, if it was read. */
    private Optional<Briefing> putFromStore(String id, String stamp, List<String> problems) throws IOException {
        Optional<Briefing> briefing;
        try {
            briefing = store.get(id);
        } catch (IOException e) {
            // A damaged file stays out of the index (and is named); the rest of the library is still searchable.
            index.remove(id);
            problems.add(e.getMessage());
            return Optional.empty();
        }
        if (briefing.isPresent()) {
            index.put(briefing.get(), stamp);
        } else {
            index.remove(id);
        }
        return briefing;
    }

    /** The stored briefing; none when it is gone or unreadable (its annotations are then indexed as orphans). */
    private Optional<Briefing> briefingOrNone(String id) {
        try {
            return store.get(id);
        } catch (IOException e) {
            return Optional.empty(); // named by the sync that read the briefing itself
        }
    }

    private void putNotes(String id, Optional<Briefing> briefing, String stamp, List<String> problems)
            throws IOException {
        List<Annotation> notes;
        try {
            notes = annotations.forBriefing(id);
        } catch (IOException e) {
            // A file from a newer version: its annotations stay out of the index (and it is named), like a briefing.
            index.removeAnnotations(id);
            problems.add(e.getMessage());
            return;
        }
        index.putAnnotations(id, briefing, notes, stamp);
    }
}
