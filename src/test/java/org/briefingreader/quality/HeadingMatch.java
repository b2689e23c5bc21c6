package org.briefingreader.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The found section headings against the expected ones, both {@link Normalised} and counted as multisets (a heading
 * found twice but expected once is one hit and one extra); order is not scored.
 *
 * @param found    headings the briefing has
 * @param hits     found headings that were expected
 * @param expected headings the document has
 */
public record HeadingMatch(long found, long hits, long expected) {
    public static final HeadingMatch NONE = new HeadingMatch(0, 0, 0);

    public HeadingMatch {
        if (found < 0 || expected < 0 || hits < 0 || hits > found || hits > expected) {
            throw new IllegalArgumentException("impossible counts " + found + "/" + hits + "/" + expected);
        }
    }

    /** The match of {@code found} with {@code expected}. */
    public static HeadingMatch of(List<String> found, List<String> expected) {
        Map<String, Integer> want = counts(expected);
        long hits = 0;
        for (Map.Entry<String, Integer> e : counts(found).entrySet()) {
            hits += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        return new HeadingMatch(found.size(), hits, expected.size());
    }

    /** Both counts added, for a corpus-wide (micro) figure. */
    public HeadingMatch plus(HeadingMatch other) {
        return new HeadingMatch(found + other.found, hits + other.hits, expected + other.expected);
    }

    /** Share of found headings that were expected; 1 when none was found. */
    public double precision() {
        return found == 0 ? 1 : (double) hits / found;
    }

    /** Share of expected headings that were found; 1 when none was expected. */
    public double recall() {
        return expected == 0 ? 1 : (double) hits / expected;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> counts(List<String> headings) {
        Map<String, Integer> counts = new HashMap<>();
        for (String h : headings) {
            counts.merge(Normalised.text(h), 1, Integer::sum);
        }
        return counts;
    }
}
