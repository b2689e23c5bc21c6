package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.support.BackgroundRunner;

/** The window's state: the library and the reader, joined so that choosing a briefing in one shows it in the other. */
public final class ReaderWindowViewModel {
    private final LibraryViewModel library;
    private final BriefingViewModel reader = new BriefingViewModel();
    private Briefing shown;

    public ReaderWindowViewModel(LibraryService libraryService, BackgroundRunner runner) {
        this.library = new LibraryViewModel(libraryService, runner);
        library.selectedProperty().addListener((obs, old, entry) -> show(entry));
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

    private void show(LibraryEntry entry) {
        Briefing next = entry == null ? null : entry.briefing();
        if (!Objects.equals(next, shown)) {
            shown = next;
            reader.show(next);
        }
    }
}
