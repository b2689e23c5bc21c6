package org.briefingreader.domain.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The bit-parallel matcher against the textbook dynamic programme, on seeded random strings of every size. */
class ReanchorMatcherTest {
    @Test
    void findsAMisspeltPhraseAndItsStart() {
        String text = "a special lgal framework over";
        BitParallelMatcher matcher = new BitParallelMatcher("special legal framework", false);

        List<BitParallelMatcher.End> ends = matcher.search(text, 0, text.length(), 3, 10);

        assertThat(ends).containsExactly(new BitParallelMatcher.End(24, 1));
        assertThat(new BitParallelMatcher("special legal framework", true).startOf(text, 24, 1)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 63, 64, 65, 130, 200, 300})
    void everyRunOfMatchesEqualsTheDynamicProgramme(int patternLength) {
        Random random = new Random(patternLength * 31L);
        for (int round = 0; round < 30; round++) {
            int alphabet = 2 + round % 5;
            String pattern = randomText(random, patternLength, alphabet);
            String text = randomText(random, random.nextInt(80), alphabet) + mutate(random, pattern, alphabet)
                    + randomText(random, 50 + random.nextInt(200), alphabet) + mutate(random, pattern, alphabet)
                    + randomText(random, random.nextInt(80), alphabet);
            int maxErrors = round % 3 == 0 ? patternLength / 2 : patternLength / 4;
            List<BitParallelMatcher.End> expected = runs(sellers(pattern, text), maxErrors);

            List<BitParallelMatcher.End> found = new BitParallelMatcher(pattern, false)
                    .search(text, 0, text.length(), maxErrors, Integer.MAX_VALUE);

            assertThat(found).as("pattern %s in %s, k %d", pattern, text, maxErrors).isEqualTo(expected);
        }
    }

    /** The best end of each run of ends within {@code k} errors, fewest errors first, as the matcher reports. */
    private static List<BitParallelMatcher.End> runs(int[] last, int k) {
        List<BitParallelMatcher.End> ends = new java.util.ArrayList<>();
        int runEnd = -1;
        for (int j = 1; j < last.length; j++) {
            if (last[j] <= k) {
                if (runEnd < 0 || last[j] < last[runEnd]) {
                    runEnd = j;
                }
            } else if (runEnd >= 0) {
                ends.add(new BitParallelMatcher.End(runEnd, last[runEnd]));
                runEnd = -1;
            }
        }
        if (runEnd >= 0) {
            ends.add(new BitParallelMatcher.End(runEnd, last[runEnd]));
        }
        ends.sort(java.util.Comparator.comparingInt(BitParallelMatcher.End::errors)
                .thenComparingInt(BitParallelMatcher.End::end));
        return ends;
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 40, 64, 100})
    void anchoredDistanceEqualsTheDynamicProgrammeBothWays(int patternLength) {
        Random random = new Random(patternLength * 17L);
        for (int round = 0; round < 20; round++) {
            String pattern = randomText(random, patternLength, 4);
            String text = mutate(random, pattern, 4) + randomText(random, 20, 4);
            int best = Integer.MAX_VALUE;
            for (int t = 0; t <= text.length(); t++) {
                best = Math.min(best, distance(pattern, text.substring(0, t)));
            }
            assertThat(new BitParallelMatcher(pattern, false).anchored(text, 0, false, text.length()).errors())
                    .isEqualTo(best);
            String reversedPattern = new StringBuilder(pattern).reverse().toString();
            String reversedText = new StringBuilder(text).reverse().toString();
            assertThat(new BitParallelMatcher(reversedPattern, true)
                    .anchored(reversedText, reversedText.length(), true, reversedText.length()).errors())
                    .isEqualTo(best);
        }
    }

    @Test
    void charactersOutsideAsciiMatchToo() {
        String text = "Москва и Токио — переговоры об островах";
        BitParallelMatcher matcher = new BitParallelMatcher("переговоры об острвах", false);

        List<BitParallelMatcher.End> ends = matcher.search(text, 0, text.length(), 2, 10);

        assertThat(ends).containsExactly(new BitParallelMatcher.End(text.length(), 1));
    }

    private static String randomText(Random random, int length, int alphabet) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(alphabet)));
        }
        return out.toString();
    }

    private static String mutate(Random random, String s, int alphabet) {
        StringBuilder out = new StringBuilder(s);
        int edits = random.nextInt(Math.max(1, s.length() / 4) + 1);
        for (int e = 0; e < edits && out.length() > 0; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, (char) ('a' + random.nextInt(alphabet)));
                default -> out.setCharAt(at, (char) ('a' + random.nextInt(alphabet)));
            }
        }
        return out.toString();
    }

    /** Sellers: fewest edits of the pattern to a substring of the text ending at each index. */
    private static int[] sellers(String p, String t) {
        int[] col = new int[p.length() + 1];
        for (int i = 0; i <= p.length(); i++) {
            col[i] = i;
        }
        int[] last = new int[t.length() + 1];
        last[0] = p.length();
        for (int j = 1; j <= t.length(); j++) {
            int diag = col[0];
            col[0] = 0;
            for (int i = 1; i <= p.length(); i++) {
                int up = col[i];
                int cost = p.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                col[i] = Math.min(Math.min(col[i] + 1, col[i - 1] + 1), diag + cost);
                diag = up;
            }
            last[j] = col[p.length()];
        }
        return last;
    }

    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }
}
