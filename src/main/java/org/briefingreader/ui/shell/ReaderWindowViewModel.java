package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.app.LibraryService;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.support.BackgroundRunner;

/** The window's state: the library and the reader, joined so that choosing a briefing in one shows it in the other. */
public final class ReaderWindowViewModel {
    private final LibraryViewModel library;
    private final BriefingViewModel reader = new BriefingViewModel();

    public ReaderWindowViewModel(LibraryService libraryService, BackgroundRunner runner) {
        this.library = new LibraryViewModel(libraryService, runner);
        library.selectedProperty().addListener((obs, old, entry) -> show(entry));
    }

    /** Loads the library in the background and then shows {@code initialBriefingId}, or else the first briefing. */
    public void open(Optional<String> initialBriefingId) {
        library.load(Objects.requireNonNull(initialBriefingId, "initialBriefingId"));
    }

    public LibraryViewModel library() {
        return library;
    }

    public BriefingViewModel reader() {
        return reader;
    }

    private void show(LibraryEntry entry) {
        reader.show(entry == null ? null : entry.briefing());
    }
}
