package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.briefingreader.app.LinkedPlace;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.TextRange;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderPlace;

/**
 * The window's way between places: it shows the briefing the library selects, opens places asked for, and keeps
 * the places visited for Back and Forward.
 *
 * <p>Jumps record the place they leave (see {@link NavigationHistory}): an outline click, choosing another
 * briefing in the library (by click, File &gt; Open recent or a reload that lost the shown one), and
 * {@link #openPlace}. Scrolling and the next/previous section keys are not jumps: like scrolling a page in a
 * browser, they step through the text, and Alt+Up already undoes Alt+Down. A place asked for before the library
 * is listed waits for the listing (which runs in the background) and is shown once its briefing is selected.
 */
final class WindowNavigation {
    private final LibraryViewModel library;
    private final ListingWatcher listings;
    private final BriefingViewModel reader;
    private final StatusBarViewModel statusBar;
    private Briefing shown;
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
    /**
     * Where the reader landed when the user last chose the shown briefing in the library; null after other moves.
     * Leaving from exactly there by choosing yet another briefing records nothing: arrowing down a list passes
     * through briefings without reading them (browsers likewise skip entries the user never interacted with).
     */
    private ReaderPlace landedFromList;

    /** Shows {@code library}'s selection in {@code reader}; {@code listings} is the runner the library lists with. */
    WindowNavigation(LibraryViewModel library, ListingWatcher listings, BriefingViewModel reader,
            StatusBarViewModel statusBar) {
        this.library = Objects.requireNonNull(library, "library");
        this.listings = Objects.requireNonNull(listings, "listings");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.statusBar = Objects.requireNonNull(statusBar, "statusBar");
        library.selectedProperty().addListener((obs, old, entry) -> show(entry));
        reader.position().setJumpListener(this::jumped);
    }

    /** Loads the library in the background and then shows {@code place}. */
    void open(ReaderPlace place) {
        pending = Objects.requireNonNull(place, "place");
        library.load(Optional.of(place.briefingId()));
    }

    /** Loads the library in the background and then shows the place a link leads to, passage selected. */
    void open(LinkedPlace place) {
        open(new ReaderPlace(place.briefingId(), place.unitId()));
        pendingPassage = place.passage().orElse(null);
        // Said once the listing is done: the listing's own status would replace it at once.
        pendingProblem = place.problem().orElse(null);
    }

    /** Jumps to a briefing, scrolled to {@code unitId} when given; false when there is no such briefing. */
    boolean openPlace(String briefingId, Optional<String> unitId) {
        if (!Ids.isValidBriefingId(briefingId)) {
            tell("'" + briefingId + "' is not a briefing id.");
            return false;
        }
        ReaderPlace target = new ReaderPlace(briefingId, unitId);
        reader.position().place().filter(left -> !left.equals(target)).ifPresent(this::jumped);
        return go(target);
    }

    /** Returns to the place the last jump left; false when there is none. */
    boolean back() {
        return reader.position().place().flatMap(history::back).map(this::goAndRefresh).orElse(false);
    }

    /** Goes again to the place Back left; false when there is none. */
    boolean forward() {
        return reader.position().place().flatMap(history::forward).map(this::goAndRefresh).orElse(false);
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Why the last place asked for could not be shown (wholly); empty when it was. */
    ReadOnlyStringProperty placeMessageProperty() {
        return placeMessage.getReadOnlyProperty();
    }

    /** Says {@code message} in the place message and the status bar. */
    void tellPlace(String message) {
        tell(Objects.requireNonNull(message, "message"));
    }

    /** After each listing (and the selection it makes): a place asked for meanwhile is shown now. */
    void afterListing() {
        listed = true;
        if (pending != null && (shown == null || !shown.id().equals(pending.briefingId()))) {
            selectPending();
        }
        if (pendingProblem != null) {
            tell(pendingProblem);
            pendingProblem = null;
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
            if (jump && !left.equals(Optional.ofNullable(landedFromList))) {
                left.ifPresent(this::jumped);
            }
            landedFromList = !navigating && pending == null ? reader.position().place().orElse(null) : null;
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
