package org.briefingreader.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.support.BackgroundRunner;

/**
 * The window's state: the library and the reader, joined so that choosing a briefing in one shows it in the other;
 * around them the theme, the status bar, the recent briefings and which side panes are shown.
 */
public final class ReaderWindowViewModel {
    private final LibraryViewModel library;
    private final BriefingViewModel reader = new BriefingViewModel();
    private Briefing shown;
    private final ThemeViewModel theme = new ThemeViewModel(SystemTheme.detect());
    private final StatusBarViewModel statusBar;
    private final ObservableList<String> recentIds = FXCollections.observableArrayList();
    private final BooleanProperty libraryShown = new SimpleBooleanProperty(this, "libraryShown", true);
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);
    // stub until navigation lands: the navigation helper's back/forward history replaces these.
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward", false);

    public ReaderWindowViewModel(LibraryService libraryService, BackgroundRunner runner) {
        this.library = new LibraryViewModel(libraryService, runner);
        this.statusBar = new StatusBarViewModel(library);
        library.selectedProperty().addListener((obs, old, entry) -> show(entry));
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

    /** Goes back to where the last jump started; false when there is nowhere to go. stub until navigation lands. */
    public boolean back() {
        return false;
    }

    /** Goes forward again after {@link #back()}; false when there is nowhere to go. stub until navigation lands. */
    public boolean forward() {
        return false;
    }

    /** stub until navigation lands. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** stub until navigation lands. */
    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
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

    private void show(LibraryEntry entry) {
        Briefing next = entry == null ? null : entry.briefing();
        if (!Objects.equals(next, shown)) {
            shown = next;
            reader.show(next);
        }
    }
}
