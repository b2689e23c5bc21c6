package org.briefingreader.ui.shell;

/**
 * Tells the window that the library changed behind its back (another process imported or deleted briefings).
 * The listener may be called on any thread.
 */
@FunctionalInterface
public interface LibraryChanges {
    /** Never reports anything. */
    LibraryChanges NONE = listener -> { };

    /** Calls {@code listener} after every change from now on. */
    void onChange(Runnable listener);
}
