package org.briefingreader.domain;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Port: the durable home of briefings (the source of truth; indexes are caches of it). */
public interface BriefingStore {
    /** What {@link #save} did. */
    enum SaveOutcome {
        /** A new briefing. */
        ADDED,
        /** A briefing with the same id but different content was replaced. */
        REPLACED,
        /** The same content was already stored; nothing was written. */
        UNCHANGED
    }

    /** Stores atomically: after a crash either the old or the new version is there, never half of one. */
    SaveOutcome save(Briefing briefing) throws IOException;

    Optional<Briefing> get(String id) throws IOException;

    /** Every readable briefing, ordered by id; unreadable files are reported by {@link #problems()}. */
    List<Briefing> list() throws IOException;

    /** One line per stored file that could not be read at the last {@link #list()}. */
    List<String> problems();

    /** Removes the briefing; false when there was none. */
    boolean delete(String id) throws IOException;
}
