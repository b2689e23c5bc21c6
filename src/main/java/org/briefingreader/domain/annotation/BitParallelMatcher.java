package org.briefingreader.domain.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Approximate string matching by edit distance (insertions, deletions, substitutions of UTF-16 units), after
 * Myers' bit-parallel algorithm (J. ACM 46(3), 1999) in its block form: the pattern is cut into 64-row blocks,
 * so any pattern length works, and a text column costs one word step per block that can still be within the error
 * bound (Ukkonen's cut-off), at most {@code ceil(m / 64)}.
 *
 * <p>Two uses: {@link #search} finds where in a text the pattern occurs with at most {@code k} errors (any start,
 * Sellers' formulation), {@link #anchored} measures the pattern against text read from a fixed point, forwards or
 * backwards (the start of a match, and how well a quote's prefix and suffix still fit). For example the pattern
 * {@code "special legal framework"} searched in {@code "a special lgal framework over"} with {@code k = 3} gives
 * one end, 24, with 1 error; {@link #startOf} then gives start 2.
 *
 * <p>Not thread-safe: it keeps the column state between calls. Cheap to build (a few small arrays).
 */
final class BitParallelMatcher {
    /** A place where the pattern ends ({@code end}, exclusive) with {@code errors} edits, the fewest of its run. */
    record End(int end, int errors) {
    }

    /** Reading {@code length} units of text from the anchor gives the fewest {@code errors}. */
    record Anchored(int length, int errors) {
    }

    private static final int W = 64;

    private final int length;
    private final int blocks;
    private final long lastBit;
    /** Masks per slot and block: bit i of block b set where pattern unit 64b+i is the slot's character. */
    private final long[] peq;
    private final int[] ascii = new int[128];
    private final char[] keys;
    private final int[] slots;
    private final long[] pv;
    private final long[] mv;

    /** A matcher for {@code pattern}, read backwards when {@code reversed} (to match text read from an end). */
    BitParallelMatcher(CharSequence pattern, boolean reversed) {
        if (pattern.length() == 0) {
            throw new IllegalArgumentException("empty pattern");
        }
        length = pattern.length();
        blocks = (length + W - 1) / W;
        lastBit = 1L << ((length - 1) % W);
        int size = Integer.highestOneBit(Math.max(4, length) * 2) * 2;
        keys = new char[size];
        slots = new int[size];
        int distinct = 0;
        int[] slotOf = new int[length];
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(reversed ? length - 1 - i : i);
            int slot = slot(c);
            if (slot == 0) {
                slot = ++distinct;
                put(c, slot);
            }
            slotOf[i] = slot;
        }
        peq = new long[(distinct + 1) * blocks];
        for (int i = 0; i < length; i++) {
            peq[slotOf[i] * blocks + i / W] |= 1L << (i % W);
        }
        pv = new long[blocks];
        mv = new long[blocks];
    }

    int length() {
        return length;
    }

    /**
     * Every run of text ends where the pattern matches {@code text[from, to)} with at most {@code maxErrors} edits,
     * as the best end of each run; at most {@code limit} of them, fewest errors first (then in text order).
     */
    List<End> search(CharSequence text, int from, int to, int maxErrors, int limit) {
        if (blocks == 1) {
            return sorted(searchOneBlock(text, from, to, maxErrors), limit);
        }
        reset();
        int last = blocks - 1;
        int[] score = new int[blocks];
        for (int b = 0; b < last; b++) {
            score[b] = (b + 1) * W;
        }
        score[last] = length;
        // Ukkonen's cut-off in Myers' block form: only blocks down to the last one that can hold a value <= k.
        int y = Math.min(last, Math.max(1, (maxErrors + W - 1) / W) - 1);
        List<End> ends = new ArrayList<>();
        int runEnd = -1;
        int runErrors = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            int base = slot(text.charAt(j)) * blocks;
            int carry = 0;
            for (int b = 0; b <= y; b++) {
                carry = advance(b, peq[base + b], carry, b == last ? lastBit : Long.MIN_VALUE);
                score[b] += carry;
            }
            // score[y] - carry is block y's bottom in the previous column: the next block's top can reach k
            // only by a match on the diagonal from there or by a decrease coming down.
            if (y < last && score[y] - carry <= maxErrors && ((peq[base + y + 1] & 1L) != 0 || carry < 0)) {
                y++;
                pv[y] = -1L;
                mv[y] = 0L;
                int rows = y == last ? length - y * W : W;
                score[y] = score[y - 1] - carry + rows
                        + advance(y, peq[base + y], carry, y == last ? lastBit : Long.MIN_VALUE);
            } else {
                while (y > 0 && score[y] >= maxErrors + W) {
                    y--;
                }
            }
            if (y == last && score[last] <= maxErrors) {
                if (score[last] < runErrors) {
                    runErrors = score[last];
                    runEnd = j + 1;
                }
            } else if (runEnd >= 0) {
                ends.add(new End(runEnd, runErrors));
                runEnd = -1;
                runErrors = Integer.MAX_VALUE;
            }
        }
        if (runEnd >= 0) {
            ends.add(new End(runEnd, runErrors));
        }
        return sorted(ends, limit);
    }

    /** {@link #search} for patterns of at most 64 units: the column state stays in registers (about 3x faster). */
    private List<End> searchOneBlock(CharSequence text, int from, int to, int maxErrors) {
        long p = -1L;
        long n = 0L;
        int score = length;
        List<End> ends = new ArrayList<>();
        int runEnd = -1;
        int runErrors = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            long eq = peq[slot(text.charAt(j))];
            long xv = eq | n;
            long xh = (((eq & p) + p) ^ p) | eq;
            long ph = n | ~(xh | p);
            long mh = p & xh;
            score += ((ph & lastBit) != 0 ? 1 : 0) - ((mh & lastBit) != 0 ? 1 : 0);
            ph <<= 1;
            mh <<= 1;
            p = mh | ~(xv | ph);
            n = ph & xv;
            if (score <= maxErrors) {
                if (score < runErrors) {
                    runErrors = score;
                    runEnd = j + 1;
                }
            } else if (runEnd >= 0) {
                ends.add(new End(runEnd, runErrors));
                runEnd = -1;
                runErrors = Integer.MAX_VALUE;
            }
        }
        if (runEnd >= 0) {
            ends.add(new End(runEnd, runErrors));
        }
        return ends;
    }

    private static List<End> sorted(List<End> ends, int limit) {
        ends.sort(Comparator.comparingInt(End::errors).thenComparingInt(End::end));
        return ends.size() > limit ? List.copyOf(ends.subList(0, limit)) : ends;
    }

    /**
     * The edit distance of the pattern to text read from {@code anchor}: forwards over {@code text[anchor, ...)}, or
     * (for a matcher built {@code reversed}) backwards over {@code text[..., anchor)}, at most {@code maxLength}
     * units. Of the lengths with the fewest errors, the one nearest the pattern's length wins.
     */
    Anchored anchored(CharSequence text, int anchor, boolean backwards, int maxLength) {
        reset();
        int score = length;
        Anchored best = new Anchored(0, length);
        for (int t = 1; t <= maxLength; t++) {
            char c = backwards ? text.charAt(anchor - t) : text.charAt(anchor + t - 1);
            score += column(c, 1);
            if (score < best.errors()
                    || score == best.errors() && Math.abs(t - length) < Math.abs(best.length() - length)) {
                best = new Anchored(t, score);
            }
        }
        return best;
    }

    /** Where a match ending at {@code end} with {@code errors} edits starts; this matcher must be the reversed one. */
    int startOf(CharSequence text, int end, int errors) {
        Anchored found = anchored(text, end, true, Math.min(end, length + errors));
        return end - found.length();
    }

    private void reset() {
        java.util.Arrays.fill(pv, -1L);
        java.util.Arrays.fill(mv, 0L);
    }

    /** Advances every block by one text unit; returns the change of the last row (-1, 0 or +1). */
    private int column(char c, int firstRowDelta) {
        int base = slot(c) * blocks;
        int carry = firstRowDelta;
        for (int b = 0; b < blocks; b++) {
            carry = advance(b, peq[base + b], carry, b == blocks - 1 ? lastBit : Long.MIN_VALUE);
        }
        return carry;
    }

    /** One block of one column (Myers 1999, Fig. 8: horizontal delta in, horizontal delta out), without branches. */
    private int advance(int b, long eq, int hin, long bottom) {
        long p = pv[b];
        long n = mv[b];
        long hinNegative = hin >>> 31;
        long hinPositive = (-hin) >>> 31;
        long xv = eq | n;
        eq |= hinNegative;
        long xh = (((eq & p) + p) ^ p) | eq;
        long ph = n | ~(xh | p);
        long mh = p & xh;
        int hout = ((ph & bottom) != 0 ? 1 : 0) - ((mh & bottom) != 0 ? 1 : 0);
        ph = (ph << 1) | hinPositive;
        mh = (mh << 1) | hinNegative;
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        return hout;
    }

    /** The slot of a character of the pattern, 0 for any other character (whose masks are all zero). */
    private int slot(char c) {
        if (c < 128) {
            return ascii[c];
        }
        int mask = keys.length - 1;
        for (int h = (c * 0x9E3779B1 >>> 16) & mask; keys[h] != 0; h = (h + 1) & mask) {
            if (keys[h] == c) {
                return slots[h];
            }
        }
        return 0;
    }

    private void put(char c, int slot) {
        if (c < 128) {
            ascii[c] = slot;
            return;
        }
        int mask = keys.length - 1;
        int h = (c * 0x9E3779B1 >>> 16) & mask;
        while (keys[h] != 0) {
            h = (h + 1) & mask;
        }
        keys[h] = c;
        slots[h] = slot;
    }
}
