package org.briefingreader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.app.ExportService;
import org.briefingreader.app.ImportService;
import org.briefingreader.app.IndexKeeper;
import org.briefingreader.app.SearchService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.LinkResolver;
import org.briefingreader.app.LinkedPlace;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.cli.Backend;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.app.ReaderLink;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.BriefingFormats;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.html.HtmlBriefingParser;
import org.briefingreader.ingest.json.JsonBriefingParser;
import org.briefingreader.ingest.markdown.MarkdownBriefingParser;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.export.CsvNotesExporter;
import org.briefingreader.export.HtmlNotesExporter;
import org.briefingreader.export.ImportedNotes;
import org.briefingreader.export.JsonLdNotesExporter;
import org.briefingreader.export.JsonLdNotesReader;
import org.briefingreader.export.MarkdownNotesExporter;
import org.briefingreader.json.BriefingJson;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonReaderStateStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryChoice;
import org.briefingreader.library.LibraryLocation;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.library.OutputFiles;
import org.briefingreader.search.LuceneLibraryIndex;
import org.briefingreader.ui.shell.EarlyToolkit;
import org.briefingreader.ui.shell.ReaderApp;
import org.briefingreader.ui.shell.WindowContext;
import org.briefingreader.ui.transfer.ExportAccess;
import org.briefingreader.ui.transfer.ImportAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real parts, wired: the library on disk, the importers, the window. One per run of the program. */
final class DesktopBackend implements Backend {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopBackend.class);
    /** How often the window looks for changes made by other processes: cheap (file stamps only). */
    private static final Duration KEEPER_PERIOD = Duration.ofMillis(
            Long.getLong("briefing.index.keeperMillis", 2000));

    /** The window refuses files above the command line's default {@code --max-size}, 50 MB. */
    private static final long WINDOW_IMPORT_MAX_BYTES = 50L * 1024 * 1024;

    private final LibraryPaths paths;
    /** Which library this run opened and what decided it, for Preferences. */
    private LibraryLocation location;
    private final JsonBriefingStore store;
    private final LibraryService library;
    private LuceneLibraryIndex index;
    private SearchService search;
    private JsonAnnotationStore annotationStore;
    private AnnotationService annotations;
    /** Where the window opens when a link was given. */
    private Optional<LinkedPlace> linkedPlace = Optional.empty();

    private DesktopBackend(LibraryPaths paths, JsonBriefingStore store) {
        this.paths = paths;
        this.store = store;
        this.library = new LibraryService(store);
    }

    /** Opens (creating and seeding if new) the library the flag, variable or platform names; logs go there. */
    static DesktopBackend open(Optional<Path> libraryFlag) throws IOException {
        LibraryLocation location = LibraryLocation.resolve(libraryFlag);
        DesktopBackend backend = open(location.paths(), true);
        backend.location = location;
        return backend;
    }

    static DesktopBackend open(LibraryPaths paths, boolean configureLogging) throws IOException {
        if (configureLogging) {
            LoggingSetup.configure(paths.logs(), "OFF");
        }
        JsonBriefingStore store = LibraryFolder.open(paths);
        DesktopBackend backend = new DesktopBackend(paths, store);
        backend.location = new LibraryLocation(paths, LibraryLocation.Origin.DEFAULT, paths.data());
        return backend;
    }

    /**
     * For a run that will open the window: reads the bundled briefing on a thread of its own while the command
     * line is parsed, so Jackson's mapper and the briefing deserialisers (about a second of class loading) are
     * ready when the library is listed (docs/performance.md, start-up). Nothing is kept.
     */
    static void warmUpReading() {
        Thread warmer = new Thread(() -> {
            try {
                LibraryFolder.bundledBriefing();
            } catch (IOException e) {
                // Only a head start; the library reports a missing or damaged bundled briefing when it needs it.
                LOG.debug("Warming up the briefing reader failed: {}", e.toString());
            }
        }, "json-warm-up");
        warmer.setDaemon(true);
        warmer.start();
    }

    /** Every extension the importers read, in the order of {@link #formats}: what users are told they can import. */
    static List<String> importExtensions() {
        return formats(WINDOW_IMPORT_MAX_BYTES).extensions();
    }

    /** Opens libraries for the command line, and tells its help which files {@code import} reads. */
    static Backend.Factory factory() {
        return new Backend.Factory() {
            @Override
            public Backend open(Optional<Path> libraryFlag) throws IOException {
                return DesktopBackend.open(libraryFlag);
            }

            @Override
            public List<String> importExtensions() {
                return DesktopBackend.importExtensions();
            }
        };
    }

    /** The readers for every supported format, refusing files over {@code maxBytes}. */
    static BriefingFormats formats(long maxBytes) {
        SourceLoader loader = new SourceLoader(maxBytes);
        return new BriefingFormats(List.of(
                new BriefingFormats.Format(new PlainTextBriefingParser(loader, SectionKindTable.defaults()),
                        List.of(".txt", ".text")),
                new BriefingFormats.Format(new JsonBriefingParser(loader), List.of(".json")),
                new BriefingFormats.Format(new HtmlBriefingParser(loader, SectionKindTable.defaults()),
                        HtmlBriefingParser.extensions()),
                new BriefingFormats.Format(new MarkdownBriefingParser(loader, SectionKindTable.defaults()),
                        List.of(".md", ".markdown"))));
    }

    @Override
    public Path location() {
        return paths.data();
    }

    @Override
    public LibraryService library() {
        return library;
    }

    @Override
    public ImportService importer(long maxBytes) {
        // Annotations follow a briefing replaced by an edited version; opened only when one is replaced.
        return new ImportService(formats(maxBytes), store, briefing -> annotations().afterReplace(briefing));
    }

    @Override
    public synchronized AnnotationService annotations() throws IOException {
        if (annotations == null) {
            annotations = new AnnotationService(store, annotationStore(), new JsonUndoJournal(paths),
                    Clock.systemUTC());
        }
        return annotations;
    }

    /** One annotation store for annotating and for indexing: it parses each changed file once for both. */
    private synchronized JsonAnnotationStore annotationStore() throws IOException {
        if (annotationStore == null) {
            annotationStore = new JsonAnnotationStore(paths);
        }
        return annotationStore;
    }

    @Override
    public ExportService exports(boolean csvBom) throws IOException {
        return new ExportService(library, annotations(), this::search, List.of(new MarkdownNotesExporter(),
                new HtmlNotesExporter(), new JsonLdNotesExporter(), new CsvNotesExporter(csvBom)), Clock.systemUTC());
    }

    @Override
    public void writeFile(Path target, FileContent content) throws IOException {
        OutputFiles.replace(target, content::writeTo);
    }

    @Override
    public ReadNotes readNotes(Path file) throws IOException, BriefingInputException {
        ImportedNotes notes = new JsonLdNotesReader().read(file);
        return new ReadNotes(notes.annotations(), notes.categories());
    }

    @Override
    public String annotationsJson(List<Annotation> list) {
        return JsonAnnotationStore.toJson(list);
    }

    /** The window's way to the importer, with the extensions its file chooser offers. */
    private final class WindowImports implements ImportAccess {
        @Override
        public ImportService open() {
            return importer(WINDOW_IMPORT_MAX_BYTES);
        }

        @Override
        public List<String> extensions() {
            return importExtensions();
        }
    }

    /** The window's way to the exporters, writing files as {@code briefing export -o} does. */
    private final class WindowExports implements ExportAccess {
        @Override
        public ExportService open(boolean csvBom) throws IOException {
            return exports(csvBom);
        }

        @Override
        public void write(Path target, Content content) throws IOException {
            OutputFiles.replace(target, content::writeTo);
        }
    }

    /** The index lives in the cache folder: it is rebuilt from the briefings and annotations whenever in doubt. */
    @Override
    public synchronized SearchService search() throws IOException {
        if (search == null) {
            JsonAnnotationStore notes = annotationStore();
            index = LuceneLibraryIndex.open(paths.cache().resolve("index"));
            search = new SearchService(index, store, notes);
        }
        return search;
    }

    @Override
    public synchronized void close() throws IOException {
        if (index != null) {
            index.close();
            index = null;
            search = null;
        }
    }

    @Override
    public String toJson(Briefing briefing) {
        return BriefingJson.writeString(briefing);
    }

    /**
     * The window holds the index while it is open (when no other process does) and keeps it current on a
     * background thread, picking up what the command line imports, deletes or annotates meanwhile, and the notes
     * the window itself writes; when briefings changed, the window lists the library again.
     *
     * <p>The remembered reader state (window, panes, theme, font size, last and recent briefings, reading
     * positions) is loaded here before the window opens and saved after it closed, on this thread, so the FX
     * thread never waits for the disk; while it is open the window saves it every half minute in the background.
     */
    @Override
    public void openWindow(Optional<String> briefingId) throws IOException {
        openWindow(briefingId, Optional.empty());
    }

    /**
     * Resolves the link's note to its unit and passage here, before the window starts (so off the FX thread);
     * a note store that cannot be read still opens the briefing, and the window says why the note is not shown.
     */
    @Override
    public void openWindow(ReaderLink link) throws IOException {
        LinkedPlace place;
        try {
            place = new LinkResolver(library, id -> annotations().notes(id)).resolve(link);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not follow the link {}", link.toUri(), e);
            place = new LinkedPlace(link.briefingId(), Optional.empty(), Optional.empty(),
                    Optional.of("The linked note could not be read (details in the log)."));
        }
        openWindow(Optional.of(link.briefingId()), Optional.of(place));
    }

    private void openWindow(Optional<String> briefingId, Optional<LinkedPlace> place) throws IOException {
        // Read while the window is built (docs/performance.md, start-up); the window's first listing takes it.
        library.listAhead();
        linkedPlace = place;
        ReaderStateService remembered = new ReaderStateService(new JsonReaderStateStore(paths));
        // A bad settings file is already logged by the store; the window starts with the defaults.
        remembered.load();
        try {
            launchWindow(briefingId, remembered);
        } finally {
            saveQuietly(remembered);
        }
    }

    /** Settings lost on exit are not worth a failed exit status; the log says why. */
    private static void saveQuietly(ReaderStateService remembered) {
        try {
            remembered.saveIfChanged();
        } catch (IOException e) {
            LOG.warn("Could not save the reader settings: {}", e.toString());
        }
    }

    private void launchWindow(Optional<String> briefingId, ReaderStateService remembered) throws IOException {
        List<Runnable> listeners = new CopyOnWriteArrayList<>();
        WindowIndexFeed indexFeed = new WindowIndexFeed(() -> listeners.forEach(Runnable::run));
        java.util.concurrent.atomic.AtomicReference<IndexKeeper> keeper = new java.util.concurrent.atomic.AtomicReference<>();
        // The index opens after the first frame (docs/performance.md, start-up): a reader sees the briefing first.
        Thread opener = new Thread(() -> {
            try {
                IndexKeeper started = new IndexKeeper(search(), KEEPER_PERIOD, indexFeed);
                keeper.set(started);
                started.start();
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not open the search index; the window works without search", e);
                indexFeed.unavailable(e);
            }
        }, "index-opener");
        opener.setDaemon(true);
        try {
            EarlyToolkit.awaitStarted();
            ReaderApp.launch(new WindowContext(library, briefingId, ReaderApp.DEFAULT_TITLE, listeners::add,
                    Optional.of(remembered), opener::start, indexFeed).withInitialPlace(linkedPlace).withSearch(this::search)
                    .withAnnotations(this::annotations).withExports(new WindowExports())
                    .withImports(new WindowImports())
                    .withLibraryFolder(new WindowLibraryFolder(location, LibraryChoice.forUser())));
        } finally {
            if (opener.isAlive()) {
                try {
                    opener.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            IndexKeeper started = keeper.get();
            if (started != null) {
                started.close();
            }
        }
    }
}
