package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.LinkedPlace;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.ui.notes.AnnotationAccess;
import org.briefingreader.ui.prefs.LibraryFolderAccess;
import org.briefingreader.ui.search.SearchAccess;
import org.briefingreader.ui.transfer.ExportAccess;
import org.briefingreader.ui.transfer.ImportAccess;

/**
 * What the window needs from the composition root.
 *
 * @param library           the briefings to show
 * @param initialBriefingId the briefing to select once the list is loaded; otherwise the first is selected
 * @param windowTitle       the main window's title
 * @param changes           where the window learns that another process changed the library
 * @param remembered        the loaded reader state to restore the window from and record it into; the caller
 *                          loads it before and saves it after the window, off the FX thread
 * @param afterFirstFrame   run once (on the FX thread; it must hand real work to a thread of its own) when
 *                          the first briefing is on screen: slow start-up work (the search index) waits for it
 * @param indexStates       where the status bar learns what the search index is doing
 * @param initialPlace      the place a link given on the command line leads to (resolved off the FX thread);
 *                          when present it is opened instead of {@code initialBriefingId} or the last briefing
 * @param search            how the Search and Related tabs reach the index (called off the FX thread)
 * @param annotations       how highlights and the Notes tab reach the annotations (called off the FX thread)
 * @param exports           how File &gt; Export Notes exports and writes files (called off the FX thread)
 * @param imports           how File &gt; Import and dropped files reach the importer (called off the FX thread)
 * @param libraryFolder     where Preferences learns the library folder and records another for the next start
 */
public record WindowContext(LibraryService library, Optional<String> initialBriefingId, String windowTitle,
        LibraryChanges changes, Optional<ReaderStateService> remembered, Runnable afterFirstFrame,
        IndexStates indexStates, Optional<LinkedPlace> initialPlace, SearchAccess search,
        AnnotationAccess annotations, ExportAccess exports, ImportAccess imports,
        LibraryFolderAccess libraryFolder) {
    public WindowContext {
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(libraryFolder, "libraryFolder");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(initialPlace, "initialPlace");
        Objects.requireNonNull(afterFirstFrame, "afterFirstFrame");
        Objects.requireNonNull(indexStates, "indexStates");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(remembered, "remembered");
        Objects.requireNonNull(initialBriefingId, "initialBriefingId");
        Objects.requireNonNull(windowTitle, "windowTitle");
        if (windowTitle.isBlank()) {
            throw new IllegalArgumentException("the window title is blank");
        }
    }

    /** A context opening no linked place. */
    public WindowContext(LibraryService library, Optional<String> initialBriefingId, String windowTitle,
            LibraryChanges changes, Optional<ReaderStateService> remembered, Runnable afterFirstFrame,
            IndexStates indexStates) {
        this(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame, indexStates,
                Optional.empty(), SearchAccess.NONE, AnnotationAccess.NONE, ExportAccess.NONE, ImportAccess.NONE,
                LibraryFolderAccess.NONE);
    }

    /** This context, opening at {@code place} when present. */
    public WindowContext withInitialPlace(Optional<LinkedPlace> place) {
        return new WindowContext(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame,
                indexStates, place, search, annotations, exports, imports, libraryFolder);
    }

    /** This context, searching through {@code access}. */
    public WindowContext withSearch(SearchAccess access) {
        return new WindowContext(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame,
                indexStates, initialPlace, access, annotations, exports, imports, libraryFolder);
    }

    /** This context, annotating through {@code access}. */
    public WindowContext withAnnotations(AnnotationAccess access) {
        return new WindowContext(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame,
                indexStates, initialPlace, search, access, exports, imports, libraryFolder);
    }

    /** This context, importing through {@code access}. */
    public WindowContext withImports(ImportAccess access) {
        return new WindowContext(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame,
                indexStates, initialPlace, search, annotations, exports, access, libraryFolder);
    }

    /** This context, exporting notes through {@code access}. */
    public WindowContext withExports(ExportAccess access) {
        return new WindowContext(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame,
                indexStates, initialPlace, search, annotations, access, imports, libraryFolder);
    }

    /** This context, showing and choosing the library folder through {@code access} (Preferences). */
    public WindowContext withLibraryFolder(LibraryFolderAccess access) {
        return new WindowContext(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame,
                indexStates, initialPlace, search, annotations, exports, imports, access);
    }

    /** A context whose status bar shows no index state. */
    public WindowContext(LibraryService library, Optional<String> initialBriefingId, String windowTitle,
            LibraryChanges changes, Optional<ReaderStateService> remembered, Runnable afterFirstFrame) {
        this(library, initialBriefingId, windowTitle, changes, remembered, afterFirstFrame, IndexStates.NONE);
    }

    /** A context that remembers nothing between runs and has nothing to do after the first frame. */
    public WindowContext(LibraryService library, Optional<String> initialBriefingId, String windowTitle,
            LibraryChanges changes) {
        this(library, initialBriefingId, windowTitle, changes, Optional.empty(), () -> { });
    }

    /** A context with the default title, {@value ReaderApp#DEFAULT_TITLE}. */
    public WindowContext(LibraryService library, Optional<String> initialBriefingId) {
        this(library, initialBriefingId, ReaderApp.DEFAULT_TITLE, LibraryChanges.NONE);
    }

    /** A context with the default title whose window reloads its list when {@code changes} says so. */
    public WindowContext(LibraryService library, Optional<String> initialBriefingId, LibraryChanges changes) {
        this(library, initialBriefingId, ReaderApp.DEFAULT_TITLE, changes);
    }
}
