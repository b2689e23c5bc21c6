package org.briefingreader.app;

/** Told how a long index fill goes, for a progress line or bar. */
@FunctionalInterface
public interface SyncListener {
    SyncListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} briefings indexed so far. */
    void progress(int done, int total);
}
