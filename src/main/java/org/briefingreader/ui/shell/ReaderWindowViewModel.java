package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.LinkedPlace;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.TextRange;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderPlace;
import org.briefingreader.ui.support.BackgroundRunner;

/**
 * The window's state: the library and the reader, joined so that choosing a briefing in one shows it in the
 * other, and the places visited, for Back and Forward.
 *
 * <p>Jumps record the place they leave (see {@link NavigationHistory}): an outline click, choosing another
 * briefing in the library (by click, File &gt; Open recent or a reload that lost the shown one), and
 * {@link #openPlace}. Scrolling and the next/previous section keys are not jumps: like scrolling a page in a
 * browser, they step through the text, and Alt+Up already undoes Alt+Down.
 *
 * <p>A place asked for before the library is listed waits for the listing (which runs in the background) and is
 * shown once its briefing is selected.
 */
public final class ReaderWindowViewModel {
    private final LibraryViewModel library;
    private final BriefingViewModel reader = new BriefingViewModel();
    private final NavigationHistory history = new NavigationHistory();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper placeMessage = new ReadOnlyStringWrapper("");
    private Briefing shown;
    /** The place to show once its briefing is selected; null when none is waiting. */
    private ReaderPlace pending;
    /** The passage to select with the pending place; null when none. */
    private TextRange pendingPassage;
    /** True while this class itself changes the library's selection, which is then no jump of the user's. */
    private boolean navigating;
    private boolean listed;

    public ReaderWindowViewModel(LibraryService libraryService, BackgroundRunner runner) {
        this.library = new LibraryViewModel(libraryService, new ListingWatcher(runner, this::afterListing));
        library.selectedProperty().addListener((obs, old, entry) -> show(entry));
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
        place.problem().ifPresent(placeMessage::set);
    }

    /**
     * Lists the library again, keeping the selection, after another process changed it (a command-line import
     * or delete). The briefing being read is shown again only if it changed, so reading is not disturbed.
     */
    public void reload() {
        library.load(Optional.empty());
    }

    /**
     * Jumps to a briefing, scrolled to {@code unitId} when given (else where it was last read); the place left is
     * recorded for Back. False, with a {@link #placeMessageProperty() message}, when the id is not a briefing id
     * or the listed library has no such briefing; a place asked for before the list is loaded is shown after.
     */
    public boolean openPlace(String briefingId, Optional<String> unitId) {
        if (!Ids.isValidBriefingId(briefingId)) {
            placeMessage.set("'" + briefingId + "' is not a briefing id.");
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
        placeMessage.set(Objects.requireNonNull(message, "message"));
    }

    public LibraryViewModel library() {
        return library;
    }

    public BriefingViewModel reader() {
        return reader;
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
            placeMessage.set("There is no briefing '" + pending.briefingId() + "' in the library.");
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
        place.unitId().filter(unit -> !reader.restorePosition(unit)).ifPresent(unit -> placeMessage.set(
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
