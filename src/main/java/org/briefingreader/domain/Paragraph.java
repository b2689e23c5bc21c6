package org.briefingreader.domain;

import java.util.Objects;

/**
 * One addressable unit of text: a paragraph, summary bullet, caption or lede paragraph.
 *
 * <p>The id is stable for the same source content, so search hits and annotations can point at it
 * (for example {@code the-big-picture.p1}, {@code summary.b2}, {@code lede.p1}, {@code caption.1}).
 */
public record Paragraph(String id, String text) {
    public Paragraph {
        Ids.requireUnitId(id);
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("paragraph " + id + " has no text");
        }
    }
}
