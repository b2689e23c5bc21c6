package org.briefingreader.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.LinkedPlace;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderPlace;
import org.briefingreader.ui.support.BackgroundRunner;

/**
 * The window's state: the library and the reader, joined so that choosing a briefing in one shows it in the other;
 * around them the theme, the status bar, the recent briefings and which side panes are shown; and the places
 * visited, for Back and Forward.
 *
 * <p>Jumps record the place they leave (see {@link NavigationHistory}): an outline click, choosing another
 * briefing in the library (by click, File &gt; Open recent or a reload that lost the shown one), and
 * {@link #openPlace}. Scrolling and the next/previous section keys are not jumps: like scrolling a page in a
 * browser, they step through the text, and Alt+Up already undoes Alt+Down. A place asked for before the library
 * is listed waits for the listing (which runs in the background) and is shown once its briefing is selected.
 */
public final class ReaderWindowViewModel {
    private final LibraryViewModel library;
    private final ListingWatcher listings;
    private final BriefingViewModel reader = new BriefingViewModel();
    private Briefing shown;
    private final ThemeViewModel theme = new ThemeViewModel(SystemTheme.detect());
    private final StatusBarViewModel statusBar;
    private final ObservableList<String> recentIds = FXCollections.observableArrayList();
    private final BooleanProperty libraryShown = new SimpleBooleanProperty(this, "libraryShown", true);
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);
    private final NavigationHistory history = new NavigationHistory();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward", false);
    private final ReadOnlyStringWrapper placeMessage = new ReadOnlyStringWrapper("");
    /** The place to show once its briefing is selected; null when none is waiting. */
    private ReaderPlace pending;
    /** The passage to select with the pending place; null when none. */
    private TextRange pendingPassage;
    /** What a link given at start could not find, said after the first listing. */
    private String pendingProblem;
    /** True while this class itself changes the library's selection, which is then no jump of the user's. */
    private boolean navigating;
    private boolean listed;

    public ReaderWindowViewModel(LibraryService libraryService, BackgroundRunner runner) {
        this.listings = new ListingWatcher(runner, this::afterListing);
        this.library = new LibraryViewModel(libraryService, listings);
        this.statusBar = new StatusBarViewModel(library);
        library.selectedProperty().addListener((obs, old, entry) -> show(entry));
        library.selectedProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                opened(entry.id());
            }
        });
        reader.position().setJumpListener(this::jumped);
    }

    /** Loads the library in the background and then shows {@code initialBriefingId}, or else the first briefing. */
    public void open(Optional<String> initialBriefingId) {
        library.load(Objects.requireNonNull(initialBriefingId, "initialBriefingId"));
    }

    /** Loads the library in the background and then shows {@code place} (its briefing, scrolled to its unit). */
    public void open(ReaderPlace place) {
        pending = Objects.requireNonNull(place, "place");
        library.load(Optional.of(place.briefingId()));
    }

    /**
     * Loads the library in the background and then shows the place a link leads to: its unit at the top and its
     * passage selected; what the link could not find is said in the {@link #placeMessageProperty() message}.
     */
    public void open(LinkedPlace place) {
        open(new ReaderPlace(place.briefingId(), place.unitId()));
        pendingPassage = place.passage().orElse(null);
        // Said once the listing is done: the listing's own status would replace it at once.
        pendingProblem = place.problem().orElse(null);
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
        if (!Ids.isValidBriefingId(briefingId)) {
            tell("'" + briefingId + "' is not a briefing id.");
            return false;
        }
        ReaderPlace target = new ReaderPlace(briefingId, unitId);
        reader.position().place().filter(left -> !left.equals(target)).ifPresent(this::jumped);
        return go(target);
    }

    /** Returns to the place the last jump left; false when there is none. */
    public boolean back() {
        return reader.position().place().flatMap(history::back).map(this::goAndRefresh).orElse(false);
    }

    /** Goes again to the place Back left; false when there is none. */
    public boolean forward() {
        return reader.position().place().flatMap(history::forward).map(this::goAndRefresh).orElse(false);
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Why the last place asked for could not be shown (wholly); empty when it was. For the status bar. */
    public ReadOnlyStringProperty placeMessageProperty() {
        return placeMessage.getReadOnlyProperty();
    }

    /** Says {@code message} in the place message, e.g. why a link could only be opened in part. */
    public void tellPlace(String message) {
        tell(Objects.requireNonNull(message, "message"));
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

    private void jumped(ReaderPlace left) {
        history.jumped(left);
        refresh();
    }

    private boolean goAndRefresh(ReaderPlace target) {
        boolean went = go(target);
        refresh();
        return went;
    }

    private boolean go(ReaderPlace target) {
        placeMessage.set("");
        pending = target;
        pendingPassage = null;
        if (shown != null && shown.id().equals(target.briefingId())) {
            applyPending();
            return true;
        }
        if (!listed) {
            // The listing under way (or started now) selects the place when it is done: see afterListing.
            if (!library.loadingProperty().get()) {
                library.load(Optional.of(target.briefingId()));
            }
            return true;
        }
        return selectPending();
    }

    private boolean selectPending() {
        navigating = true;
        boolean found;
        try {
            found = library.select(pending.briefingId());
        } finally {
            navigating = false;
        }
        if (!found) {
            tell("There is no briefing '" + pending.briefingId() + "' in the library.");
            pending = null;
        }
        return found;
    }

    /** After each listing (and the selection it makes): a place asked for meanwhile is shown now. */
    private void afterListing() {
        listed = true;
        if (pending != null && (shown == null || !shown.id().equals(pending.briefingId()))) {
            selectPending();
        }
        if (pendingProblem != null) {
            tell(pendingProblem);
            pendingProblem = null;
        }
    }

    /** Like {@link #tell}, but after the listing under way, whose own status would replace the message at once. */
    private void tellSoon(String message) {
        if (listings.delivering()) {
            pendingProblem = message;
        } else {
            tell(message);
        }
    }

    /** Says why a place could not be shown (wholly), in the place message and the status bar. */
    private void tell(String message) {
        placeMessage.set(message);
        statusBar.say(message);
    }

    private void show(LibraryEntry entry) {
        Briefing next = entry == null ? null : entry.briefing();
        if (!Objects.equals(next, shown)) {
            Optional<ReaderPlace> left = reader.position().place();
            boolean jump = !navigating && pending == null && shown != null && next != null
                    && !shown.id().equals(next.id());
            shown = next;
            reader.show(next);
            if (jump) {
                left.ifPresent(this::jumped);
            }
        }
        applyPending();
    }

    private void applyPending() {
        if (pending == null || shown == null || !shown.id().equals(pending.briefingId())) {
            return;
        }
        ReaderPlace place = pending;
        TextRange passage = pendingPassage;
        pending = null;
        pendingPassage = null;
        place.unitId().filter(unit -> !reader.restorePosition(unit)).ifPresent(unit -> tellSoon(
                "The briefing no longer has the part '" + unit + "'; it opens where it was last read."));
        if (passage != null) {
            reader.position().selectPassage(passage.start(), passage.end());
        }
    }

    private void refresh() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }
}
