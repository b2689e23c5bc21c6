package org.briefingreader.domain.annotation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where annotations and categories live. Every write is durable when it returns: a caller may tell the user
 * "saved" then, and nothing acknowledged is lost by a crash or power cut. Implementations coordinate processes
 * sharing one library.
 */
public interface AnnotationStore {
    /** The annotations of one briefing, oldest first (orphans included). */
    List<Annotation> forBriefing(String briefingId) throws IOException;

    /** Every annotation of the library, by briefing id then oldest first. */
    List<Annotation> all() throws IOException;

    Optional<Annotation> get(UUID id) throws IOException;

    /** Adds the annotation, or replaces the one with its id. */
    void save(Annotation annotation) throws IOException;

    /** Replaces the stored annotations of the briefing by these (all of that briefing): one durable write. */
    void saveAll(String briefingId, List<Annotation> annotations) throws IOException;

    /** Removes it; false when there was none. */
    boolean delete(UUID id) throws IOException;

    /** The library's categories in the user's order; the defaults until the user changes them. */
    List<Category> categories() throws IOException;

    void saveCategories(List<Category> categories) throws IOException;

    /**
     * Briefing id to a cheap stamp of the file holding that briefing's annotations (it changes with every write),
     * read without parsing any file; a briefing never annotated has none. A search index compares stamps to find
     * whose annotations changed since it last looked, as with {@link org.briefingreader.domain.BriefingStore#stamps()}.
     */
    Map<String, String> stamps() throws IOException;

    /**
     * What the store had to repair when it opened (a corrupt file moved aside and its backup restored), one
     * plain sentence each, for the user to be told; empty when all was well.
     */
    List<String> repairs();
}
