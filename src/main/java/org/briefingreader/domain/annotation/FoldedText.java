package org.briefingreader.domain.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with every run of whitespace (U+00A0 and the other Unicode spaces included) folded to one space and
 * zero-width characters dropped, with a map back to the original: quotes are matched here so that line breaks,
 * double spaces and non-breaking spaces never make a passage unfindable.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    /** For each UTF-16 unit of {@link #folded}, the index of the original unit it came from. */
    private final int[] toOriginal;

    private FoldedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    /** Folds {@code text}; leading and trailing whitespace becomes (at most) one space, so offsets stay simple. */
    public static FoldedText of(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!inSpace) {
                    map[out.length()] = i;
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            map[out.length()] = i;
            out.append(c);
        }
        return new FoldedText(text, out.toString(), java.util.Arrays.copyOf(map, out.length()));
    }

    /** {@code text} folded, and stripped of its leading and trailing space: how a typed quote is compared. */
    public static String fold(String text) {
        return of(text).folded.strip();
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The original UTF-16 range {@code [start, end)} that folded range {@code [foldedStart, foldedEnd)} covers. */
    public int[] originalRange(int foldedStart, int foldedEnd) {
        if (foldedStart < 0 || foldedEnd > folded.length() || foldedEnd <= foldedStart) {
            throw new IndexOutOfBoundsException("folded range " + foldedStart + ".." + foldedEnd);
        }
        return new int[] {toOriginal[foldedStart], toOriginal[foldedEnd - 1] + 1};
    }

    /** Where folded index {@code foldedIndex} sits in the original (the end maps to the original's end). */
    public int originalIndex(int foldedIndex) {
        return foldedIndex >= toOriginal.length ? original.length() : toOriginal[foldedIndex];
    }

    /** The folded index of the first folded unit at or after original index {@code originalIndex}. */
    public int foldedIndex(int originalIndex) {
        int low = 0;
        int high = toOriginal.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (toOriginal[mid] < originalIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Every place the folded {@code quote} occurs, as original UTF-16 ranges, in order; overlapping ones too. */
    public List<int[]> find(String quote) {
        String needle = fold(quote);
        List<int[]> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            found.add(originalRange(at, at + needle.length()));
        }
        return found;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
