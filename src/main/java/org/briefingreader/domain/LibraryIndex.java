package org.briefingreader.domain;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingreader.domain.annotation.Annotation;

/**
 * Port: the search index of a library, a cache rebuilt from the briefing store whenever in doubt.
 *
 * <p>Changes ({@link #put}, {@link #remove}, {@link #putAnnotations}, {@link #removeAnnotations}) become visible to searches at {@link #commit}. An index opened while
 * another process holds it for writing is read-only: searches see that process's commits after {@link #refresh}.
 */
public interface LibraryIndex extends AutoCloseable {
    /** Why an index was started afresh when opened. */
    enum OpenState {
        /** Opened as found. */
        OK,
        /** There was no index. */
        MISSING,
        /** It could not be read (a truncated or missing file); it was wiped. */
        CORRUPT,
        /** It was written by another schema version; it was wiped. */
        OLD_SCHEMA
    }

    /** How the index was found when opened; anything but OK means it is empty and must be filled. */
    OpenState openState();

    /** False when another process holds the index for writing; then only searches work. */
    boolean isWritable();

    /** The store generation recorded by the last commit, if any. */
    Optional<String> committedGeneration();

    /** Briefing id to the store stamp it was indexed from, for every indexed briefing. */
    Map<String, String> indexedStamps() throws IOException;

    /** Adds or replaces every document of this briefing, remembering the store stamp it came from. */
    void put(Briefing briefing, String stamp) throws IOException;

    /** Removes every document of this briefing's text (its annotations are apart: {@link #removeAnnotations}). */
    void remove(String briefingId) throws IOException;

    /** Briefing id to the stamp its annotations were indexed with, for every briefing with indexed annotations. */
    Map<String, String> indexedAnnotationStamps() throws IOException;

    /**
     * Replaces the indexed annotations of one briefing by {@code annotations} (all of them), remembering
     * {@code stamp}. {@code briefing} is the annotated briefing if the library has it: it places each passage
     * (unit, section, kind) and lends the annotations its title, source and date, so every scope works on them;
     * without it they are indexed as orphans.
     */
    void putAnnotations(String briefingId, Optional<Briefing> briefing, List<Annotation> annotations, String stamp)
            throws IOException;

    /** Removes every indexed annotation of this briefing. */
    void removeAnnotations(String briefingId) throws IOException;

    /** Removes everything (before a full rebuild). */
    void clear() throws IOException;

    /** Makes the changes durable and visible, recording the store generation they bring the index to. */
    void commit(String generation) throws IOException;

    /** Picks up commits made by another process (read-only mode) or by this one. */
    void refresh() throws IOException;

    SearchResults search(SearchQuery query) throws IOException;

    /**
     * Completions for a search box, best first: the last word of {@code typed} completed from the library's own
     * words (most frequent first), then headings and titles containing the typed words. Kept current with the
     * index: what a commit added is suggested after it.
     */
    List<Suggestion> suggest(String typed, int limit) throws IOException;

    /** Words of the library spelled like {@code word}, closest first; empty when {@code word} is in the library. */
    List<String> spellings(String word, int limit) throws IOException;

    /**
     * Passages of other briefings most like this unit (by its distinctive words), best first; empty when the
     * briefing or unit is not in the index.
     */
    List<SearchHit> related(String briefingId, String unitId, int limit) throws IOException;

    @Override
    void close() throws IOException;
}
