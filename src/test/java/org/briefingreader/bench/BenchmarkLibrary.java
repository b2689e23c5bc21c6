package org.briefingreader.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark library's search index in a folder under {@code target/}, built once from the Reuters and BBC
 * corpora as {@link SearchBenchmark} builds its own (every briefing put into a new {@code LuceneLibraryIndex}, one
 * commit) and reused by later runs: a marker file written after the commit says the folder is complete.
 *
 * @param index      the index folder
 * @param briefings  briefings in it
 * @param units      text units in it
 * @param built      whether this run built it (false: reused)
 * @param seconds    seconds spent loading the corpora and indexing (0 when reused)
 */
record BenchmarkLibrary(Path index, int briefings, long units, boolean built, double seconds) {
    static final Path HOME = Path.of("target", "benchmark-library");
    private static final Path MARKER = HOME.resolve("complete.properties");

    /** The index, built first if no complete one is there. */
    static BenchmarkLibrary obtain(PrintStream out) throws IOException {
        Path index = HOME.resolve("index");
        if (Files.isRegularFile(MARKER)) {
            Properties marker = new Properties();
            try (var in = Files.newBufferedReader(MARKER, StandardCharsets.UTF_8)) {
                marker.load(in);
            }
            return new BenchmarkLibrary(index, Integer.parseInt(marker.getProperty("briefings")),
                    Long.parseLong(marker.getProperty("units")), false, 0);
        }
        long start = System.nanoTime();
        Machine.deleteTree(HOME);
        Corpus corpus = Corpus.load();
        out.println("[bench " + Instant.now() + "] corpus loaded: " + corpus.briefingCount() + " briefings, "
                + corpus.units() + " units; indexing into " + index);
        List<org.briefingreader.domain.Briefing> briefings = corpus.briefings();
        IndexingRuns.ours(briefings, index);
        Properties marker = new Properties();
        marker.setProperty("briefings", Integer.toString(corpus.briefingCount()));
        marker.setProperty("units", Long.toString(corpus.units()));
        try (var writer = Files.newBufferedWriter(MARKER, StandardCharsets.UTF_8)) {
            marker.store(writer, "benchmark library index complete");
        }
        return new BenchmarkLibrary(index, corpus.briefingCount(), corpus.units(), true,
                (System.nanoTime() - start) / 1e9);
    }
}
