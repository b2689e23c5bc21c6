package org.briefingreader.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.SearchService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.LibraryIndex;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.search.LuceneLibraryIndex;
import org.briefingreader.ui.search.BenchOutcomes;
import org.briefingreader.ui.search.SearchAccess;
import org.briefingreader.ui.search.SearchOutcome;
import org.briefingreader.ui.search.SearchParts;
import org.briefingreader.ui.search.SearchScope;
import org.briefingreader.ui.shell.ReaderWindow;
import org.briefingreader.ui.shell.ReaderWindowViewModel;
import org.briefingreader.ui.support.FxBackgroundRunner;
import org.briefingreader.ui.support.FxUiScheduler;

/**
 * Keystroke to results painted in the real window, headless, on the benchmark library (issue 8, docs/performance.md):
 * queries of the log typed key by key into the search box at a human pace, each query typed twice, once searching
 * the library and once searching an empty index (the baseline: the same window and keys, the search costing
 * nothing), alternating which goes first; then the same searches run directly on the service. Not a test: run it
 * with {@code mvn -B -q test-compile exec:exec -Dbench=WindowSearchBenchmark}. Writes
 * {@code target/window-search-benchmark.md}.
 */
public final class WindowSearchBenchmark {
    /** One key every this many milliseconds: a brisk typist (100 words a minute is ~120 ms a key). */
    static final long PACE_MS = Long.getLong("window.pace", 120);
    static final int QUERIES = Integer.getInteger("window.queries", 60);
    static final int WARM_UPS = 8;
    static final int BARE_PASSES = 3;
    /** Queries typed again, searching the library, with the FX thread sampled: where its time goes. */
    static final int PROFILED = 20;
    /** The page of hits SearchBenchmark times, for comparison with the window's page. */
    static final int SMALL_PAGE = 20;
    static final Path REPORT = Path.of("target", "window-search-benchmark.md");
    private static final long SETTLE_MS = 250;
    private static final long ANSWER_TIMEOUT_MS = 5_000;

    private final PrintStream out;
    private final WindowProbe probe = new WindowProbe();
    private volatile SearchService current;
    private TextField box;
    private final AtomicInteger mismatches = new AtomicInteger();

    private WindowSearchBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (!Corpus.present() && !Files.exists(BenchmarkLibrary.HOME.resolve("complete.properties"))) {
            System.err.println("window search benchmark: the corpora are not beside this checkout; nothing measured");
            System.exit(2);
        }
        // Set before the toolkit starts, as surefire sets them for the UI tests: Monocle's headless screen.
        headless("glass.platform", "Monocle");
        headless("monocle.platform", "Headless");
        headless("prism.order", "sw");
        headless("java.awt.headless", "true");
        new WindowSearchBenchmark(out).run();
        System.exit(0);
    }

    private static void headless(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private void run() throws Exception {
        WindowSearchReport report = new WindowSearchReport();
        report.started = Instant.now();
        report.loadBefore = Machine.loadAverage();
        BenchmarkLibrary library = BenchmarkLibrary.obtain(out);
        report.library = library;
        progress("library index " + library.index() + (library.built() ? " built" : " reused") + ": "
                + library.briefings() + " briefings, " + library.units() + " units");
        List<String> all = QueryLog.texts(QueryLog.load());
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            chosen.add(all.get(i * all.size() / QUERIES));
        }
        report.queries = chosen;
        Path emptyDir = BenchmarkLibrary.HOME.resolve("empty-index");
        Path storeDir = BenchmarkLibrary.HOME.resolve("window-store");
        Machine.deleteTree(emptyDir);
        Machine.deleteTree(storeDir);
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(library.index());
                LuceneLibraryIndex empty = LuceneLibraryIndex.open(emptyDir)) {
            if (index.openState() != LibraryIndex.OpenState.OK) {
                throw new IllegalStateException("the benchmark index reopened as " + index.openState());
            }
            SearchService real = new SearchService(index, new UnusedStore(), new UnusedAnnotations());
            SearchService nothing = new SearchService(empty, new UnusedStore(), new UnusedAnnotations());
            JsonBriefingStore store = new JsonBriefingStore(storeDir);
            Briefing seed = new PlainTextBriefingParser().parse(Path.of("samples", "japan-russia-2018.txt"))
                    .briefing();
            store.save(seed);
            current = real;
            openWindow(store, seed.id());
            report.boxFocused = fx(() -> box.isFocused());
            progress("window open, box focused: " + report.boxFocused + "; warming up with " + WARM_UPS
                    + " queries typed in each mode");
            for (int i = 0; i < Math.min(WARM_UPS, chosen.size()); i++) {
                type(chosen.get(i), real, WindowProbe.Mode.IDLE);
                type(chosen.get(i), nothing, WindowProbe.Mode.IDLE);
            }
            report.measuredFrom = Instant.now();
            long[] gcBefore = gc();
            report.loadAtTyping = Machine.loadAverage();
            for (int i = 0; i < chosen.size(); i++) {
                boolean realFirst = i % 2 == 0;
                type(chosen.get(i), realFirst ? real : nothing,
                        realFirst ? WindowProbe.Mode.SEARCH : WindowProbe.Mode.BASELINE);
                type(chosen.get(i), realFirst ? nothing : real,
                        realFirst ? WindowProbe.Mode.BASELINE : WindowProbe.Mode.SEARCH);
                if (i % 10 == 9) {
                    progress((i + 1) + " of " + chosen.size() + " queries typed in both modes; load "
                            + Machine.loadAverage());
                }
            }
            report.loadAfterTyping = Machine.loadAverage();
            long[] gcAfter = gc();
            report.gc = String.format(java.util.Locale.ROOT, "%,d collections, %,d ms in all (both modes)",
                    gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
            progress("profiled pass: " + PROFILED + " queries searching the library, FX thread sampled (not timed)");
            Thread fxThread = fx(Thread::currentThread);
            FxThreadSampler sampler = new FxThreadSampler(fxThread, () -> probe.sampling);
            probe.sampling = true;
            for (int i = 0; i < Math.min(PROFILED, chosen.size()); i++) {
                type(chosen.get(i), real, WindowProbe.Mode.IDLE);
            }
            probe.sampling = false;
            sampler.stop();
            report.sampler = sampler;
            progress("bare service: " + BARE_PASSES + " passes over the typed prefixes");
            report.bare = bare(real, QueryLog.keystrokes(chosen));
            Platform.runLater(Platform::exit);
        }
        report.probe = probe;
        report.mismatches = mismatches.get();
        report.loadAfter = Machine.loadAverage();
        report.finished = Instant.now();
        String markdown = report.markdown();
        out.println(markdown);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, markdown, StandardCharsets.UTF_8);
        progress("written to " + REPORT);
    }

    /** The window as {@code ReaderApp.start} composes it, with the search runner timed; side panel on Search. */
    private void openWindow(JsonBriefingStore store, String seedId) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        ReaderWindowViewModel model = fx(() -> {
            TimedRunner searchRunner = new TimedRunner(new FxBackgroundRunner(), probe);
            // Switched between the library and the empty index per typed query, read off the FX thread.
            SearchAccess access = () -> current;
            ReaderWindowViewModel m = new ReaderWindowViewModel(new LibraryService(store), new FxBackgroundRunner(),
                    new SearchParts(access, searchRunner, new FxUiScheduler()));
            ReaderWindow window = new ReaderWindow(m);
            Stage stage = new Stage();
            stage.setTitle("Briefing Reader");
            stage.setScene(window.scene(Screen.getPrimary().getVisualBounds()));
            stage.show();
            m.open(Optional.of(seedId));
            m.sidePanelShownProperty().set(true);
            window.sidePanel().select(window.sidePanel().searchTab());
            probe.install(stage.getScene(), m.search());
            box = window.searchView().box();
            window.searchView().focusBox(SearchScope.LIBRARY);
            return m;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (fx(() -> model.reader().titleProperty().get().isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the seed briefing was not shown within 30 s");
            }
            Thread.sleep(50);
        }
        fx(() -> {
            box.requestFocus();
            return null;
        });
        Thread.sleep(500);
    }

    /** Types {@code query} key by key at {@link #PACE_MS}, waits for its last answer painted, then clears the box. */
    private void type(String query, SearchService service, WindowProbe.Mode mode) throws Exception {
        current = service;
        fx(() -> {
            probe.mode(mode);
            probe.newQuery();
            return null;
        });
        Thread.sleep(SETTLE_MS);
        long start = System.nanoTime();
        List<WindowProbe.Key> delivered = new ArrayList<>();
        for (int i = 0; i < query.length(); i++) {
            long at = start + TimeUnit.MILLISECONDS.toNanos(i * PACE_MS);
            while (System.nanoTime() < at) {
                LockSupport.parkNanos(at - System.nanoTime());
            }
            char c = query.charAt(i);
            String text = query.substring(0, i + 1);
            boolean last = i == query.length() - 1;
            Platform.runLater(() -> {
                WindowProbe.Key key = probe.delivering(text, last);
                synchronized (delivered) {
                    delivered.add(key);
                }
                press(c);
                if (!box.getText().equals(text)) {
                    mismatches.incrementAndGet();
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWER_TIMEOUT_MS);
        while (System.nanoTime() < deadline) {
            synchronized (delivered) {
                if (delivered.size() == query.length() && delivered.get(delivered.size() - 1).pulseEnd >= 0) {
                    break;
                }
            }
            Thread.sleep(10);
        }
        Thread.sleep(SETTLE_MS);
        fx(() -> {
            probe.mode(WindowProbe.Mode.IDLE);
            box.clear();
            return null;
        });
        Thread.sleep(SETTLE_MS);
    }

    /** A key as the scene delivers one to the focused box: pressed, typed (the character), released. */
    private void press(char c) {
        KeyCode code = c == ' ' ? KeyCode.SPACE : Optional.ofNullable(KeyCode.getKeyCode(
                String.valueOf(Character.toUpperCase(c)))).orElse(KeyCode.UNDEFINED);
        boolean shift = Character.isUpperCase(c) || "\"():*~_+?".indexOf(c) >= 0;
        String chr = String.valueOf(c);
        Event.fireEvent(box, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, shift, false, false,
                false));
        Event.fireEvent(box, new KeyEvent(KeyEvent.KEY_TYPED, chr, "", KeyCode.UNDEFINED, shift, false, false, false));
        Event.fireEvent(box, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, shift, false, false,
                false));
    }

    /**
     * The off-FX-thread work of every typed prefix, run directly on the same service, {@link #BARE_PASSES} passes;
     * with its parts timed on their own after it: the page of hits the window asks for, a page of 20, completions.
     */
    private static BareTimes bare(SearchService service, List<String> typed) throws Exception {
        int n = typed.size() * BARE_PASSES;
        BareTimes times = new BareTimes(new long[n], new long[n], new long[n], new long[n]);
        int at = 0;
        for (int pass = 0; pass < BARE_PASSES; pass++) {
            for (String text : typed) {
                long start = System.nanoTime();
                BenchOutcomes.typed(service, at, text);
                long outcome = System.nanoTime();
                service.search(text, Optional.empty(), Optional.empty(), 0, SearchOutcome.PAGE);
                long page = System.nanoTime();
                service.search(text, Optional.empty(), Optional.empty(), 0, SMALL_PAGE);
                long small = System.nanoTime();
                service.suggest(text, SearchOutcome.SUGGESTIONS);
                long suggest = System.nanoTime();
                times.outcome()[at] = outcome - start;
                times.page()[at] = page - outcome;
                times.smallPage()[at] = small - page;
                times.suggest()[at] = suggest - small;
                at++;
            }
        }
        return times;
    }

    /** Nanoseconds per typed text and pass: the window's whole work, and three of its parts timed alone. */
    record BareTimes(long[] outcome, long[] page, long[] smallPage, long[] suggest) {
    }

    /** Collections so far and milliseconds spent in them, over all collectors. */
    private static long[] gc() {
        long count = 0;
        long ms = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            ms += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    private void progress(String line) {
        out.println("[bench " + Instant.now() + "] " + line);
    }
}
