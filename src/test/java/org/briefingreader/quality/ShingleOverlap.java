package org.briefingreader.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word overlap of an extracted body with the expected one, counted as the article-extraction benchmark
 * (scrapinghub/article-extraction-benchmark) counts it: texts split into word tokens ({@code \w+}), 4-token
 * shingles counted as multisets, true positives = shingles in both (with multiplicity), false positives = extra
 * extracted shingles, false negatives = expected shingles missed. A text of fewer than 4 tokens is one shingle.
 *
 * <p>Tokens are lower-cased so a heading's capitalisation does not count as a miss.
 */
public record ShingleOverlap(long truePositives, long falsePositives, long falseNegatives) {
    private static final int SIZE = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static final ShingleOverlap NONE = new ShingleOverlap(0, 0, 0);

    public ShingleOverlap {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The overlap of {@code extracted} with {@code expected}. */
    public static ShingleOverlap of(String extracted, String expected) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(expected);
        long tp = 0;
        long fp = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            int both = Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
            tp += both;
            fp += e.getValue() - both;
        }
        long fn = 0;
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            fn += e.getValue() - Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
        }
        return new ShingleOverlap(tp, fp, fn);
    }

    /** Both counts added, for a corpus-wide (micro) figure. */
    public ShingleOverlap plus(ShingleOverlap other) {
        return new ShingleOverlap(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** Share of extracted shingles that were expected; 1 when nothing was extracted and nothing expected. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives, falseNegatives == 0);
    }

    /** Share of expected shingles that were extracted; 1 when nothing was expected. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives, true);
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int last = Math.max(0, tokens.size() - SIZE);
        for (int i = 0; i <= last; i++) {
            counts.merge(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SIZE))), 1, Integer::sum);
        }
        return counts;
    }

    private static double ratio(long part, long whole, boolean emptyIsPerfect) {
        if (whole == 0) {
            return emptyIsPerfect ? 1 : 0;
        }
        return (double) part / whole;
    }
}
