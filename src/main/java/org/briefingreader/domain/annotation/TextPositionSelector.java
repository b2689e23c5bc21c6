package org.briefingreader.domain.annotation;

/**
 * Where the passage sits in the briefing's {@link CanonicalText} (W3C {@code TextPositionSelector}): {@code start}
 * inclusive and {@code end} exclusive, counted in Unicode code points as the W3C model asks (Java strings count
 * UTF-16 units; {@link CanonicalText} converts).
 */
public record TextPositionSelector(int start, int end) {
    public TextPositionSelector {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a text position needs 0 <= start < end, got " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
