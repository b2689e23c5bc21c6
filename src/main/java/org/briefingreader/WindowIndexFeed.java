package org.briefingreader;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.briefingreader.app.IndexKeeper;
import org.briefingreader.app.SyncReport;
import org.briefingreader.ui.shell.IndexState;
import org.briefingreader.ui.shell.IndexStates;
import org.briefingreader.ui.support.UserMessages;

/**
 * Turns what the index keeper does into what the window's status bar says: "opening" until the first round,
 * "rebuilding N%" while a round has briefings to index, "ready" after each good round, "unavailable" after a
 * failed one (the keeper retries). Briefings changed by another process also make the window list the library
 * again, through {@code libraryChanged}.
 *
 * <p>Progress is passed on only when the whole per cent changes, so a rebuild of thousands of briefings sends
 * the FX thread at most a hundred updates.
 */
final class WindowIndexFeed implements IndexKeeper.Watcher, IndexStates {
    private final List<Consumer<IndexState>> listeners = new CopyOnWriteArrayList<>();
    private final Runnable libraryChanged;
    private IndexState last = IndexState.OPENING;
    private int lastPercent = -1;

    WindowIndexFeed(Runnable libraryChanged) {
        this.libraryChanged = Objects.requireNonNull(libraryChanged, "libraryChanged");
    }

    /** A new listener hears the state as it is now, then every change. */
    @Override
    public synchronized void onChange(Consumer<IndexState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        listener.accept(last);
    }

    @Override
    public void changed(SyncReport report) {
        if (report.changedBriefings()) {
            libraryChanged.run();
        }
    }

    @Override
    public synchronized void progress(int done, int total) {
        IndexState.Rebuilding state = (IndexState.Rebuilding) IndexState.rebuilding(done, total);
        if (state.percent() != lastPercent) {
            lastPercent = state.percent();
            publish(state);
        }
    }

    @Override
    public synchronized void settled() {
        lastPercent = -1;
        if (last != IndexState.READY) {
            publish(IndexState.READY);
        }
    }

    @Override
    public synchronized void failed(Exception error) {
        lastPercent = -1;
        publish(IndexState.unavailable(UserMessages.describe(error)));
    }

    /** The index could not be opened at all: search stays off for this run. */
    synchronized void unavailable(Exception error) {
        failed(error);
    }

    private void publish(IndexState state) {
        last = state;
        listeners.forEach(listener -> listener.accept(state));
    }
}
