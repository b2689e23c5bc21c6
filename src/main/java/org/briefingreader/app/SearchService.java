package org.briefingreader.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.briefingreader.domain.query.QueryParser;

/**
 * Searching the library, and keeping its index a faithful cache of the briefing store.
 *
 * <p>The store is the truth. {@link #sync} compares the store's cheap per-file stamps with the stamps the index
 * recorded and re-reads only what changed, so it is cheap enough to run after every import and on a timer;
 * the store's generation (a hash of all stamps) is recorded with each commit, so an index that is already
 * current is recognised without reading anything. Only the process holding the index writes it; in another
 * process sync just picks up the holder's commits.
 */
public final class SearchService {
    /** A word of a query, for spelling: letters and digits. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Shorter words are left alone: too many real words are one edit away from them. */
    private static final int MIN_SPELLED = 3;

    private final LibraryIndex index;
    private final BriefingStore store;

    public SearchService(LibraryIndex index, BriefingStore store) {
        this.index = Objects.requireNonNull(index, "index");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Runs {@code text} in the query language; what of it was ignored is in the results' query notes. */
    public SearchResults search(String text, Optional<SectionKind> kind, int offset, int limit) throws IOException {
        return index.search(new SearchQuery(text, QueryParser.parse(text), kind, offset, limit));
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

    /** Brings the index up to date with the store, re-reading only briefings whose files changed. */
    public synchronized SyncReport sync(SyncListener listener) throws IOException {
        if (!index.isWritable()) {
            index.refresh();
            return SyncReport.readOnly();
        }
        Map<String, String> stamps = store.stamps();
        String generation = BriefingStore.generation(stamps);
        if (index.committedGeneration().filter(generation::equals).isPresent()) {
            return new SyncReport(0, 0, true, List.of());
        }
        Map<String, String> indexed = index.indexedStamps();
        List<String> changed = new ArrayList<>();
        stamps.forEach((id, stamp) -> {
            if (!stamp.equals(indexed.get(id))) {
                changed.add(id);
            }
        });
        List<String> removed = indexed.keySet().stream().filter(id -> !stamps.containsKey(id)).toList();
        List<String> problems = new ArrayList<>();
        int done = 0;
        for (String id : changed) {
            putFromStore(id, stamps.get(id), problems);
            listener.progress(++done, changed.size());
        }
        for (String id : removed) {
            index.remove(id);
        }
        // Stamps were read before the files: a change made meanwhile alters the generation, so the next sync
        // sees it; the index never claims a state newer than what it holds.
        index.commit(generation);
        index.refresh();
        return new SyncReport(changed.size() - problems.size(), removed.size(), true, problems);
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

    private void putFromStore(String id, String stamp, List<String> problems) throws IOException {
        Optional<Briefing> briefing;
        try {
            briefing = store.get(id);
        } catch (IOException e) {
            // A damaged file stays out of the index (and is named); the rest of the library is still searchable.
            index.remove(id);
            problems.add(e.getMessage());
            return;
        }
        if (briefing.isPresent()) {
            index.put(briefing.get(), stamp);
        } else {
            index.remove(id);
        }
    }
}
