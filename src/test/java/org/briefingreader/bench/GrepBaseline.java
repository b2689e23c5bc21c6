package org.briefingreader.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;

/**
 * The no-index baseline: grep over the same text, one file per briefing.
 *
 * <p>grep has no query language, so each query becomes {@code grep -F -i -r -l -- WORD DIR} with WORD its first
 * plain word ({@link QueryLog#firstPlainWord}): {@code "trade deficit" OR "trade gap"} greps for {@code trade}.
 * That is less work than the query asks for (one word, no stemming, no ranking, no snippets), so the comparison
 * flatters grep. Each process is timed from start to exit, output read; the files are read once beforehand so
 * the page cache holds them. {@code LC_ALL=C.UTF-8} keeps -i's cost independent of the caller's locale.
 */
final class GrepBaseline {

    /** Timings of the queries that had a plain word, and how many had none. */
    record Result(Latencies latencies, List<String> words, int skipped, long files, long bytes, long matchedFiles) {
    }

    private GrepBaseline() {
    }

    /** Writes each briefing's unit texts (blank line between units) to {@code dir}/ID.txt; the bytes written. */
    static long export(List<Briefing> briefings, Path dir) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (Briefing briefing : briefings) {
            byte[] text = String.join("\n\n", Corpus.unitTexts(briefing)).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(briefing.id() + ".txt"), text);
            bytes += text.length;
        }
        return bytes;
    }

    static Result run(List<String> queries, Path dir, long files, long bytes) throws IOException, InterruptedException {
        try (var list = Files.list(dir)) {
            for (Path file : list.toList()) {
                Files.readAllBytes(file); // into the page cache
            }
        }
        List<String> words = new ArrayList<>();
        for (String query : queries) {
            firstWord(query).ifPresent(words::add);
        }
        for (int i = 0; i < Math.min(5, words.size()); i++) {
            grep(words.get(i), dir); // warm the binary and the directory entries
        }
        long[] nanos = new long[words.size()];
        long matched = 0;
        for (int i = 0; i < words.size(); i++) {
            long start = System.nanoTime();
            matched += grep(words.get(i), dir);
            nanos[i] = System.nanoTime() - start;
        }
        return new Result(Latencies.of(nanos), words, queries.size() - words.size(), files, bytes, matched);
    }

    private static Optional<String> firstWord(String query) {
        return QueryLog.firstPlainWord(query);
    }

    /** Runs one grep; the number of files it listed. */
    private static long grep(String word, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("grep", "-F", "-i", "-r", "-l", "--", word, dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        long lines = 0;
        try (InputStream out = process.getInputStream()) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = out.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        int exit = process.waitFor();
        if (exit > 1) {
            throw new IOException("grep failed (exit " + exit + ") for '" + word + "'");
        }
        return lines;
    }
}
