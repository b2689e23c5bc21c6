package org.briefingreader.app;

import java.util.List;
import java.util.Locale;

/**
 * What bringing the index up to date with the store did.
 *
 * @param indexed   briefings (re)indexed
 * @param removed   briefings removed from the index
 * @param writable  false when another process holds the index (then it syncs, and this one only looked)
 * @param problems  one line per stored briefing that could not be read (left out of the index)
 */
public record SyncReport(int indexed, int removed, boolean writable, List<String> problems) {
    public SyncReport {
        problems = List.copyOf(problems);
    }

    static SyncReport readOnly() {
        return new SyncReport(0, 0, false, List.of());
    }

    public boolean changedAnything() {
        return indexed > 0 || removed > 0;
    }

    /** E.g. {@code 3 indexed, 1 removed}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d indexed, %d removed", indexed, removed);
    }
}
