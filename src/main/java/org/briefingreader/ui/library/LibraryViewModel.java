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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.briefingreader.app.LibraryService;
import org.briefingreader.ui.support.BackgroundRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library list's state: all briefings, the ones the filter and sort order show, which one is being read,
 * and a one-line status (loading, how many, how many shown, unreadable files, or why the library could not be
 * read).
 *
 * <p>The filter works like calibre's or Zotero's quick filter: every word typed must occur somewhere in the
 * title, subtitle, source, byline or date as shown, ignoring case and accents. The selection is the briefing
 * being read: the filter never changes it, even when it hides it from the list.
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
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<LibrarySort> sort = new SimpleObjectProperty<>(this, "sort", LibrarySort.NEWEST);
    private final ReadOnlyListWrapper<LibraryEntry> shown =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(LibraryStatusText.NO_BRIEFINGS);

    /** The last listing, which keeps each sort order once made. */
    private LibraryListing listing = LibraryListing.EMPTY;
    /** What the last load wanted to say before the counts (a wanted briefing that is not there), or "". */
    private String loadNotice = "";

    public LibraryViewModel(LibraryService library, BackgroundRunner runner) {
        this.library = Objects.requireNonNull(library, "library");
        this.runner = Objects.requireNonNull(runner, "runner");
        filter.addListener((obs, old, text) -> showFiltered());
        sort.addListener((obs, old, order) -> showFiltered());
    }

    /**
     * Lists the library in the background, then selects {@code wantedId} if it is there (saying so when it is
     * not), else the briefing that was selected before, else the first one.
     */
    public void load(Optional<String> wantedId) {
        load(wantedId, Optional.empty());
    }

    /**
     * Like {@link #load(Optional)}, with {@code rememberedId} (the briefing open when the window last closed)
     * tried quietly before the first one: a remembered briefing deleted since is no news worth a sentence.
     */
    public void load(Optional<String> wantedId, Optional<String> rememberedId) {
        Objects.requireNonNull(wantedId, "wantedId");
        Objects.requireNonNull(rememberedId, "rememberedId");
        loading.set(true);
        failed.set(false);
        status.set(LibraryStatusText.LOADING_STATUS);
        emptyMessage.set(LibraryStatusText.LOADING_EMPTY);
        LibrarySort order = currentSort();
        runner.run("list the library",
                () -> LibraryListing.of(library.list(), library.problems(), order),
                listing -> loaded(listing, wantedId, rememberedId),
                this::loadFailed);
    }

    /** Selects the entry with this id; false (and the selection kept) when the list has none. */
    public boolean select(String id) {
        Optional<LibraryEntry> entry = entries.stream().filter(e -> e.id().equals(id)).findFirst();
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

    /** All briefings, in the service's order (newest first), whatever the filter shows. */
    public ReadOnlyListProperty<LibraryEntry> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    /** The briefings the list shows: those the filter matches, in the chosen order. */
    public ReadOnlyListProperty<LibraryEntry> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The filter text as typed; blank shows every briefing. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The list's order; {@link LibrarySort#NEWEST} by default (and when set to {@code null}). */
    public ObjectProperty<LibrarySort> sortProperty() {
        return sort;
    }

    /** What the list says when it shows nothing: loading, an empty library, or no match for the filter. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** True when the filter holds a word, so the list may show fewer than all briefings. */
    public boolean isFiltering() {
        return !TextFolding.words(filter.get()).isEmpty();
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

    private void loaded(LibraryListing listing, Optional<String> wantedId, Optional<String> rememberedId) {
        String previousId = selected.get() == null ? null : selected.get().id();
        this.listing = listing;
        entries.setAll(listing.entries());
        problems.setAll(listing.problems());
        loading.set(false);

        boolean wantedFound = wantedId.map(this::select).orElse(false);
        if (!wantedFound && (previousId == null || !select(previousId))
                && !rememberedId.map(this::select).orElse(false)) {
            selected.set(entries.isEmpty() ? null : entries.get(0));
        }
        loadNotice = wantedId.isPresent() && !wantedFound ? LibraryStatusText.missing(wantedId.get()) : "";
        showFiltered();
    }

    /** Recomputes the shown list from the sorted entries; per keystroke, so only substring tests per entry. */
    private void showFiltered() {
        List<String> words = TextFolding.words(filter.get());
        List<LibraryEntry> sorted = listing.sorted(currentSort());
        List<LibraryEntry> next = words.isEmpty() ? sorted : sorted.stream().filter(e -> e.matches(words)).toList();
        if (!next.equals(shown)) {
            // A keystroke that changes nothing (a space, "governm" to "governme") must not make the list re-lay
            // out two thousand rows: that, not the filtering, is what costs milliseconds.
            shown.setAll(next);
        }
        emptyMessage.set(LibraryStatusText.emptyMessage(loading.get(), failed.get(), entries.isEmpty(), filter.get()));
        if (!loading.get() && !failed.get()) {
            status.set(LibraryStatusText.counts(loadNotice, entries.size(), shown.size(), isFiltering(), problems));
        }
    }

    private void loadFailed(Throwable error) {
        LOG.error("Could not list the library", error);
        loading.set(false);
        failed.set(true);
        status.set(LibraryStatusText.failure(error));
        showFiltered();
    }

    private LibrarySort currentSort() {
        return sort.get() == null ? LibrarySort.NEWEST : sort.get();
    }
}
