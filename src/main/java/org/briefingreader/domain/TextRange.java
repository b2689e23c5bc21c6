package org.briefingreader.domain;

/**
 * A span of a text unit in UTF-16 units (Java's, Lucene's and RichTextFX's counting): {@code [start, end)}.
 */
public record TextRange(int start, int end) implements Comparable<TextRange> {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** True when the two ranges share a character or touch. */
    public boolean touches(TextRange other) {
        return start <= other.end && other.start <= end;
    }

    @Override
    public int compareTo(TextRange o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
