package org.briefingreader.ui.shell;

import java.util.function.Consumer;

/**
 * Tells the window what the search index is doing (opening, rebuilding, ready, unavailable), the way
 * {@link LibraryChanges} tells it about the library. The listener may be called on any thread.
 */
@FunctionalInterface
public interface IndexStates {
    /** Never reports anything: the status bar shows no index state. */
    IndexStates NONE = listener -> { };

    /** Calls {@code listener} with every new state from now on. */
    void onChange(Consumer<IndexState> listener);
}
