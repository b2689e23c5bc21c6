package org.briefingreader.app;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.domain.state.ReaderStateLoad;
import org.briefingreader.domain.state.ReaderStateStore;

/**
 * The reader window's remembered state for one run: loaded once, changed in memory, saved when it changed.
 *
 * <p>Changes are cheap and may come from the FX thread ({@link #update}); {@link #load()} and
 * {@link #saveIfChanged()} touch the disk, so the UI runs them through its {@code BackgroundRunner}, never on the
 * FX thread. The UI decides when to save (on close, and on a timer so a crash loses little); a save with nothing
 * changed writes nothing. Safe for one updating thread and one saving thread at a time.
 */
public final class ReaderStateService {
    private final ReaderStateStore store;
    private final Object saving = new Object();
    private ReaderState current = ReaderState.defaults();
    /** What the file holds as far as this run knows; null before {@link #load()} so a first save always writes. */
    private ReaderState saved;
    private boolean loaded;
    private Optional<String> loadWarning = Optional.empty();
    /** False when the loaded file is still in place but could not be used: this run leaves it alone. */
    private boolean mayWrite = true;

    public ReaderStateService(ReaderStateStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Reads the saved state, the first time only; later calls return empty and keep the state in memory.
     * Returns the store's one-line warning when the saved file could not be used (the state is then the defaults).
     */
    public synchronized Optional<String> load() {
        if (loaded) {
            return Optional.empty();
        }
        ReaderStateLoad load = store.load();
        loaded = true;
        current = load.state();
        // An unusable file was set aside: the defaults are not on disk yet, so the next save must write them.
        saved = load.warning().isPresent() ? null : load.state();
        loadWarning = load.warning();
        mayWrite = !load.leaveFile();
        return load.warning();
    }

    /** The warning {@link #load()} returned, kept for the window to show once it is up; empty when none. */
    public synchronized Optional<String> loadWarning() {
        return loadWarning;
    }

    /** The state as it is now in memory. */
    public synchronized ReaderState state() {
        return current;
    }

    /**
     * Changes the state in memory, e.g. {@code update(s -> s.withFontSize(18))}; returns the new state.
     * An {@link IllegalArgumentException} from the change leaves the state as it was.
     */
    public synchronized ReaderState update(UnaryOperator<ReaderState> change) {
        current = Objects.requireNonNull(change.apply(current), "a change must return a state");
        return current;
    }

    /**
     * True when the state in memory differs from what was last loaded or saved and may be written; false all run
     * when the saved file could not be read but is still there (say, a permission problem): writing the
     * defaults over it would lose settings only this process could not read.
     */
    public synchronized boolean hasChanges() {
        return mayWrite && !current.equals(saved);
    }

    /**
     * Writes the state when it changed since the last load or save (never over a file left alone, see
     * {@link #hasChanges()}); true when it wrote. Not on the FX thread.
     *
     * @throws IllegalStateException before {@link #load()}: saving then would overwrite the file with defaults
     */
    public boolean saveIfChanged() throws IOException {
        synchronized (saving) {
            ReaderState snapshot;
            synchronized (this) {
                if (!loaded) {
                    throw new IllegalStateException("load() the reader state before saving it");
                }
                if (!mayWrite || current.equals(saved)) {
                    return false;
                }
                snapshot = current;
            }
            store.save(snapshot);
            synchronized (this) {
                saved = snapshot;
            }
            return true;
        }
    }
}
