package org.briefingreader.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.LinkedPlace;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderPlace;
import org.briefingreader.ui.notes.AnnotationAccess;
import org.briefingreader.ui.notes.HighlightsViewModel;
import org.briefingreader.ui.notes.NoteEditorViewModel;
import org.briefingreader.ui.notes.NotesParts;
import org.briefingreader.ui.notes.NotesViewModel;
import org.briefingreader.ui.search.ReaderHits;
import org.briefingreader.ui.search.RelatedViewModel;
import org.briefingreader.ui.search.SearchParts;
import org.briefingreader.ui.search.SearchViewModel;
import org.briefingreader.ui.support.BackgroundRunner;

/**
 * The window's state: the library and the reader, joined so that choosing a briefing in one shows it in the other;
 * around them the theme, the status bar, the recent briefings and which side panes are shown; and the places
 * visited, for Back and Forward.
 *
 * <p>Showing the selected briefing, opening places and Back/Forward are {@code WindowNavigation}'s work; this class
 * passes them through so that the menus, keys and composition root have one window model to talk to.
 */
public final class ReaderWindowViewModel {
    /** What waits for the next listing to be complete: see {@link #afterNextListing}. */
    private final List<Runnable> waitingForListing = new ArrayList<>();
    private final LibraryViewModel library;
    private final BriefingViewModel reader = new BriefingViewModel();
    private final ThemeViewModel theme = new ThemeViewModel(SystemTheme.detect());
    private final StatusBarViewModel statusBar;
    private final WindowNavigation navigation;
    private final SearchViewModel search;
    private final NotesParts notesParts;
    private final HighlightsViewModel highlights;
    private final NoteEditorViewModel noteEditor;
    private final RelatedViewModel related;
    private final NotesViewModel notes;
    private final ObservableList<String> recentIds = FXCollections.observableArrayList();
    private final BooleanProperty libraryShown = new SimpleBooleanProperty(this, "libraryShown", true);
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);

    /** A window that does not search: its Search and Related tabs say search is not available. */
    public ReaderWindowViewModel(LibraryService libraryService, BackgroundRunner runner) {
        this(libraryService, runner, SearchParts.none(runner));
    }

    public ReaderWindowViewModel(LibraryService libraryService, BackgroundRunner runner, SearchParts searchParts) {
        this(libraryService, runner, searchParts, new NotesParts(AnnotationAccess.NONE, runner));
    }

    public ReaderWindowViewModel(LibraryService libraryService, BackgroundRunner runner, SearchParts searchParts,
            NotesParts notesParts) {
        Objects.requireNonNull(searchParts, "searchParts");
        this.notesParts = Objects.requireNonNull(notesParts, "notesParts");
        ListingWatcher listings = new ListingWatcher(runner, this::afterListing);
        this.library = new LibraryViewModel(libraryService, listings);
        this.statusBar = new StatusBarViewModel(library);
        this.navigation = new WindowNavigation(library, listings, reader, statusBar);
        this.search = new SearchViewModel(searchParts, reader.briefingIdProperty());
        new ReaderHits(searchParts, reader, this.search, this::openPlace);
        this.highlights = new HighlightsViewModel(notesParts, reader, statusBar::say, statusBar::fail);
        this.noteEditor = new NoteEditorViewModel(notesParts, reader, statusBar::say, statusBar::fail);
        this.related = new RelatedViewModel(searchParts, reader, (id, unit) -> openPlace(id, Optional.of(unit)));
        this.notes = new NotesViewModel(notesParts, reader, this::titleOf, this::openPlace);
        library.selectedProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                opened(entry.id());
            }
        });
    }

    /** Loads the library in the background and then shows {@code initialBriefingId}, or else the first briefing. */
    public void open(Optional<String> initialBriefingId) {
        library.load(Objects.requireNonNull(initialBriefingId, "initialBriefingId"));
    }

    /**
     * Like {@link #open(Optional)}, falling back quietly on {@code lastBriefingId} (the one open when the window
     * last closed) when nothing was asked for or what was asked is missing.
     */
    public void open(Optional<String> initialBriefingId, Optional<String> lastBriefingId) {
        library.load(Objects.requireNonNull(initialBriefingId, "initialBriefingId"), lastBriefingId);
    }

    /** Loads the library in the background and then shows {@code place} (its briefing, scrolled to its unit). */
    public void open(ReaderPlace place) {
        navigation.open(place);
    }

    /**
     * Loads the library in the background and then shows the place a link leads to: its unit at the top and its
     * passage selected; what the link could not find is said in the {@link #placeMessageProperty() message}.
     */
    public void open(LinkedPlace place) {
        navigation.open(place);
    }

    /**
     * Lists the library again, keeping the selection, after another process changed it (a command-line import
     * or delete). The briefing being read is shown again only if it changed, so reading is not disturbed.
     */
    public void reload() {
        library.load(Optional.empty());
    }

    public LibraryViewModel library() {
        return library;
    }

    public BriefingViewModel reader() {
        return reader;
    }

    /** The Search tab: the box, its results, and the walk through the hits. */
    public SearchViewModel search() {
        return search;
    }

    /** The Related tab: passages of other briefings like the one being read. */
    public RelatedViewModel related() {
        return related;
    }

    /** The title of briefing {@code id} as the library listed it, or the id if it is not listed. */
    private String titleOf(String id) {
        return library.entriesProperty().stream().filter(entry -> entry.briefing().id().equals(id))
                .map(LibraryEntry::title).findFirst().orElse(id);
    }

    /** The note editor: a new note on a passage, or a highlight's note to edit or delete. */
    public NoteEditorViewModel noteEditor() {
        return noteEditor;
    }

    /** The Notes tab. */
    public NotesViewModel notes() {
        return notes;
    }

    /** What the annotation features share: the way to the annotations, their runner, the change revision. */
    public NotesParts notesParts() {
        return notesParts;
    }

    /** The highlights painted in the reading pane, and highlight, undo and redo. */
    public HighlightsViewModel highlights() {
        return highlights;
    }

    /** The colour theme: the user's choice and the one painted. */
    public ThemeViewModel theme() {
        return theme;
    }

    /** The status bar's texts. */
    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    /**
     * Recently opened briefing ids, most recent first, at most {@link ReaderState#MAX_RECENT}, for File &gt; Open
     * Recent. Opening a briefing moves it to the front; the composition root may fill it from the remembered state.
     */
    public ObservableList<String> recentIds() {
        return recentIds;
    }

    /** The recent briefings still in the library, most recent first, as listed (with their titles). */
    public List<LibraryEntry> recentEntries() {
        return recentIds.stream()
                .flatMap(id -> library.entriesProperty().stream().filter(e -> e.id().equals(id)).limit(1))
                .toList();
    }

    /** Shows a recent briefing; when it has gone from the library, the status bar says so. */
    public boolean openRecent(String briefingId) {
        boolean found = library.select(Objects.requireNonNull(briefingId, "briefingId"));
        if (!found) {
            recentIds.remove(briefingId);
            statusBar.say("That briefing is no longer in the library.");
        }
        return found;
    }

    /** Whether the library pane is on screen (View &gt; Show Library). */
    public BooleanProperty libraryShownProperty() {
        return libraryShown;
    }

    /** Whether the side panel (Search, Notes, Related) is on screen (View &gt; Show Side Panel). */
    public BooleanProperty sidePanelShownProperty() {
        return sidePanelShown;
    }

    /**
     * Jumps to a briefing, scrolled to {@code unitId} when given (else where it was last read); the place left is
     * recorded for Back. False, with a {@link #placeMessageProperty() message}, when the id is not a briefing id
     * or the listed library has no such briefing; a place asked for before the list is loaded is shown after.
     */
    public boolean openPlace(String briefingId, Optional<String> unitId) {
        return navigation.openPlace(briefingId, unitId);
    }

    /** Returns to the place the last jump left; false when there is none. */
    public boolean back() {
        return navigation.back();
    }

    /** Goes again to the place Back left; false when there is none. */
    public boolean forward() {
        return navigation.forward();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return navigation.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return navigation.canGoForwardProperty();
    }

    /** Why the last place asked for could not be shown (wholly); empty when it was. For the status bar. */
    public ReadOnlyStringProperty placeMessageProperty() {
        return navigation.placeMessageProperty();
    }

    /** Says {@code message} in the place message, e.g. why a link could only be opened in part. */
    public void tellPlace(String message) {
        navigation.tellPlace(message);
    }

    private void opened(String id) {
        if (!recentIds.isEmpty() && recentIds.get(0).equals(id)) {
            return;
        }
        recentIds.remove(id);
        recentIds.add(0, id);
        if (recentIds.size() > ReaderState.MAX_RECENT) {
            recentIds.remove(ReaderState.MAX_RECENT, recentIds.size());
        }
    }

    /**
     * Runs {@code action} once the next listing and the selection it makes are complete, so a sentence it says
     * comes after the listing's own status instead of being replaced by it at once.
     */
    public void afterNextListing(Runnable action) {
        waitingForListing.add(Objects.requireNonNull(action, "action"));
    }

    /** Called after each listing by the library's runner; the navigation may now show a waiting place. */
    private void afterListing() {
        navigation.afterListing();
        List<Runnable> due = List.copyOf(waitingForListing);
        waitingForListing.clear();
        due.forEach(Runnable::run);
    }
}
