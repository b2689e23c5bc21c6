package org.briefingreader.bench;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.briefingreader.search.LuceneLibraryIndex;

/**
 * Suggestion latency over the typed prefixes: {@code LibraryIndex.suggest} for every prefix, after a warm-up pass.
 */
final class SuggestionLatency {
    /** Suggestions a search box shows. */
    static final int LIMIT = 8;

    /** One suggestion request; the number of suggestions returned. */
    @FunctionalInterface
    interface Suggest {
        int run(String typed) throws IOException;
    }

    private SuggestionLatency() {
    }

    /** Latencies of suggesting for every typed prefix, after one warm-up pass; empty while there is no suggest. */
    static Optional<Latencies> measure(LuceneLibraryIndex index, List<String> typed) throws IOException {
        Optional<Suggest> call = suggestCall(index);
        if (call.isEmpty()) {
            return Optional.empty();
        }
        for (String text : typed) {
            call.get().run(text);
        }
        long[] nanos = new long[typed.size()];
        for (int i = 0; i < typed.size(); i++) {
            long start = System.nanoTime();
            call.get().run(typed.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        return Optional.of(Latencies.of(nanos));
    }

    /** A search box's request: up to {@link #LIMIT} words, headings and titles for what has been typed. */
    private static Optional<Suggest> suggestCall(LuceneLibraryIndex index) {
        return Optional.of(typed -> index.suggest(typed, LIMIT).size());
    }
}
