package org.briefingreader.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /**
     * Briefing id to a cheap stamp of its stored file (size and modification time), read without parsing any
     * file: an index compares stamps to find what changed since it last looked.
     */
    Map<String, String> stamps() throws IOException;

    /** One string that changes whenever any stored briefing is added, replaced or deleted (a hash of the stamps). */
    static String generation(Map<String, String> stamps) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(stamps).forEach((id, stamp) -> all.append(id).append('=').append(stamp).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
