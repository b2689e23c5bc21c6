package org.briefingreader.ui.library;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.support.BackgroundRunner;
import org.briefingreader.ui.support.DisplayFormats;
import org.briefingreader.ui.support.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library list's state: the briefings in the order the service gives, which one is selected, and a
 * one-line status (loading, how many, unreadable files, or why the library could not be read).
 *
 * <p>Listing reads files, so it runs through the {@link BackgroundRunner}; every property changes on the
 * runner's callback thread (the FX thread in the window, the test thread with an inline runner).
 */
public final class LibraryViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryViewModel.class);

    private final LibraryService library;
    private final BackgroundRunner runner;

    private final ReadOnlyListWrapper<LibraryEntry> entries =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<LibraryEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<String> problems =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    public LibraryViewModel(LibraryService library, BackgroundRunner runner) {
        this.library = Objects.requireNonNull(library, "library");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /**
     * Lists the library in the background, then selects {@code wantedId} if it is there, else the briefing
     * that was selected before, else the first one.
     */
    public void load(Optional<String> wantedId) {
        Objects.requireNonNull(wantedId, "wantedId");
        loading.set(true);
        failed.set(false);
        status.set("Loading the library\u2026");
        runner.run("list the library",
                () -> new Listing(library.list(), library.problems()),
                listing -> loaded(listing, wantedId),
                this::loadFailed);
    }

    /** Selects the entry with this id; false (and the selection kept) when the list has none. */
    public boolean select(String id) {
        Optional<LibraryEntry> entry = find(id);
        entry.ifPresent(selected::set);
        return entry.isPresent();
    }

    /** Selects {@code entry}, which must be in the list; {@code null} clears the selection. */
    public void select(LibraryEntry entry) {
        if (entry != null && !entries.contains(entry)) {
            throw new IllegalArgumentException("not in the library list: " + entry.id());
        }
        selected.set(entry);
    }

    /** The briefings, in the service's order (newest first). */
    public ReadOnlyListProperty<LibraryEntry> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    /** The selected entry, or {@code null} when nothing is selected. */
    public ReadOnlyObjectProperty<LibraryEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the status explains why the library could not be read. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** One plain sentence or two for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** One line per stored file the last listing could not read. */
    public ReadOnlyListProperty<String> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    private void loaded(Listing listing, Optional<String> wantedId) {
        String previousId = selected.get() == null ? null : selected.get().id();
        entries.setAll(listing.briefings().stream().map(LibraryEntry::of).toList());
        problems.setAll(listing.problems());
        loading.set(false);

        boolean wantedFound = wantedId.map(this::select).orElse(false);
        if (!wantedFound && (previousId == null || !select(previousId))) {
            selected.set(entries.isEmpty() ? null : entries.get(0));
        }
        StringBuilder text = new StringBuilder();
        if (wantedId.isPresent() && !wantedFound) {
            text.append("There is no briefing '").append(wantedId.get()).append("' in the library. ");
        }
        text.append(entries.isEmpty()
                ? "The library is empty."
                : DisplayFormats.count(entries.size(), "briefing") + " in the library.");
        if (!problems.isEmpty()) {
            text.append(' ').append(DisplayFormats.count(problems.size(), "file"))
                    .append(problems.size() == 1 ? " could not be read: " : " could not be read, first: ")
                    .append(problems.get(0));
        }
        status.set(text.toString());
    }

    private void loadFailed(Throwable error) {
        LOG.error("Could not list the library", error);
        loading.set(false);
        failed.set(true);
        status.set("The library could not be read: " + UserMessages.describe(error) + ".");
    }

    private Optional<LibraryEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** What one background listing brings back. */
    private record Listing(List<Briefing> briefings, List<String> problems) {
    }
}
