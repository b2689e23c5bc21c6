package org.briefingreader.app;

import java.util.List;
import java.util.Locale;

/**
 * What bringing the index up to date with the stores did.
 *
 * @param indexed   briefings (re)indexed
 * @param removed   briefings removed from the index
 * @param annotated briefings whose annotations were (re)indexed or removed from the index
 * @param writable  false when another process holds the index (then it syncs, and this one only looked)
 * @param problems  one line per stored file that could not be read (left out of the index)
 */
public record SyncReport(int indexed, int removed, int annotated, boolean writable, List<String> problems) {
    public SyncReport {
        problems = List.copyOf(problems);
    }

    /** A report of briefings only. */
    public SyncReport(int indexed, int removed, boolean writable, List<String> problems) {
        this(indexed, removed, 0, writable, problems);
    }

    static SyncReport readOnly() {
        return new SyncReport(0, 0, 0, false, List.of());
    }

    /** True when the index changed: briefings or annotations. */
    public boolean changedAnything() {
        return changedBriefings() || annotated > 0;
    }

    /** True when briefings were indexed or removed (the library's list changed), not only annotations. */
    public boolean changedBriefings() {
        return indexed > 0 || removed > 0;
    }

    /** E.g. {@code 3 indexed, 1 removed, annotations of 2}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d indexed, %d removed, annotations of %d", indexed, removed, annotated);
    }
}
