package org.briefingreader.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.briefingreader.app.SearchService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.LibraryIndex;
import org.briefingreader.search.IndexSchema;
import org.briefingreader.search.LuceneLibraryIndex;

/**
 * The search benchmark: indexing throughput, search latency as typed, a grep baseline, index size and heap, over
 * Reuters-21578 and BBC News, each against bare Lucene on the same data. Not a test; run it with
 * {@code mvn -B -q test-compile exec:exec} (docs/performance.md). It prints a Markdown report and writes it to
 * {@code target/benchmark.md}.
 */
public final class SearchBenchmark {
    /** Timed indexing runs of each indexer, alternating. */
    static final int INDEX_RUNS = 5;
    /** Untimed runs of each indexer over the whole corpus first: a slice proved too little for the JIT. */
    static final int INDEX_WARM_UPS = 1;
    static final Path REPORT = Path.of("target", "benchmark.md");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (!Corpus.present()) {
            System.err.println("search benchmark: the corpora are not beside this checkout (" + Corpus.REUTERS + ", "
                    + Corpus.BBC + "); nothing measured");
            System.exit(2);
        }
        BenchmarkReport report = new BenchmarkReport();
        report.started = Instant.now();
        report.loadBefore = Machine.loadAverage();
        long loadStart = System.nanoTime();
        Corpus corpus = Corpus.load();
        report.loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        report.corpus = corpus;
        if (corpus.units() < 100_000) {
            throw new IllegalStateException("only " + corpus.units() + " text units; the benchmark needs 100,000");
        }
        progress(out, "corpus: " + corpus.briefings().size() + " briefings, " + corpus.units() + " units, "
                + String.format("%.1f", corpus.textMegabytes()) + " MB");
        List<QueryLog.Entry> queries = QueryLog.load();
        List<String> typed = QueryLog.keystrokes(QueryLog.texts(queries));

        Path work = Files.createTempDirectory("briefing-bench");
        try {
            report.indexing = indexing(corpus.briefings(), work, out);
            Path indexDir = work.resolve("ours-" + (INDEX_RUNS - 1));
            try (LuceneLibraryIndex index = LuceneLibraryIndex.open(indexDir);
                    Directory directory = FSDirectory.open(indexDir);
                    DirectoryReader reader = DirectoryReader.open(directory);
                    Analyzer english = IndexSchema.englishAnalyzer()) {
                if (index.openState() != LibraryIndex.OpenState.OK) {
                    throw new IllegalStateException("the benchmark index reopened as " + index.openState());
                }
                SearchService service = new SearchService(index, new UnusedStore(), new UnusedAnnotations());
                BareSearch bare = new BareSearch(new IndexSearcher(reader), english);
                requireHits(service, bare, "oil prices");
                progress(out, "latency: " + typed.size() + " typed queries x " + LatencyRuns.PASSES
                        + " passes, both engines");
                report.latency = LatencyRuns.run(service, bare, queries);
                report.suggestions = SuggestionLatency.measure(index, typed);
                report.broadAnatomy = BroadQueryAnatomy.run(new IndexSearcher(reader));

                progress(out, "grep baseline");
                Path texts = work.resolve("texts");
                long exported = GrepBaseline.export(corpus.briefings(), texts);
                report.grep = GrepBaseline.run(QueryLog.texts(queries), texts, corpus.briefings().size(), exported);
                Machine.deleteTree(texts);

                report.indexBytes = Machine.folderBytes(indexDir);
                report.heapWithCorpus = Machine.usedHeapAfterGc();
                report.corpus = corpus.withoutBriefings();
                corpus = null; // what stays is the open index, as in the product after an import
                report.heapIndexOnly = Machine.usedHeapAfterGc();
            }
        } finally {
            Machine.deleteTree(work);
        }
        report.loadAfter = Machine.loadAverage();
        report.finished = Instant.now();
        String markdown = report.markdown();
        out.println(markdown);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, markdown, StandardCharsets.UTF_8);
        progress(out, "written to " + REPORT);
    }

    /** Untimed warm-up runs, then {@link #INDEX_RUNS} timed runs of each, alternating; keeps the last ours index. */
    private static IndexingResult indexing(List<Briefing> briefings, Path work, PrintStream out) throws IOException {
        long[] warmOurs = new long[INDEX_WARM_UPS];
        long[] warmBare = new long[INDEX_WARM_UPS];
        for (int i = 0; i < INDEX_WARM_UPS; i++) {
            warmOurs[i] = IndexingRuns.ours(briefings, work.resolve("warm-ours"));
            warmBare[i] = IndexingRuns.bare(briefings, work.resolve("warm-bare"));
            progress(out, String.format("indexing warm-up %d (not counted): ours %.2f s, bare %.2f s", i + 1,
                    warmOurs[i] / 1e9, warmBare[i] / 1e9));
            Machine.deleteTree(work.resolve("warm-ours"));
            Machine.deleteTree(work.resolve("warm-bare"));
        }
        long[] ours = new long[INDEX_RUNS];
        long[] bare = new long[INDEX_RUNS];
        long bareBytes = 0;
        for (int run = 0; run < INDEX_RUNS; run++) {
            ours[run] = IndexingRuns.ours(briefings, work.resolve("ours-" + run));
            progress(out, String.format("indexing run %d: ours %.2f s", run + 1, ours[run] / 1e9));
            Path bareDir = work.resolve("bare-" + run);
            bare[run] = IndexingRuns.bare(briefings, bareDir);
            progress(out, String.format("indexing run %d: bare %.2f s", run + 1, bare[run] / 1e9));
            bareBytes = Machine.folderBytes(bareDir);
            Machine.deleteTree(bareDir);
            if (run < INDEX_RUNS - 1) {
                Machine.deleteTree(work.resolve("ours-" + run));
            }
        }
        return new IndexingResult(warmOurs, warmBare, ours, bare, bareBytes);
    }

    /** A benchmark of searches that find nothing would measure nothing: both must find a plain query. */
    private static void requireHits(SearchService service, BareSearch bare, String query) throws IOException {
        int ours = service.search(query, Optional.empty(), 0, LatencyRuns.PAGE).hits().size();
        int baseline = bare.run(query);
        if (ours == 0 || baseline == 0) {
            throw new IllegalStateException("'" + query + "' found " + ours + " hits (ours) and " + baseline
                    + " (bare): the index is not what the benchmark expects");
        }
    }

    private static void progress(PrintStream out, String line) {
        out.println("[bench " + Instant.now() + "] " + line);
    }
}
