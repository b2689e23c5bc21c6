package org.briefingreader.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One addressable unit of text: a paragraph, summary bullet, caption or lede paragraph.
 *
 * <p>The id is stable for the same source content, so search hits and annotations can point at it
 * (for example {@code the-big-picture.p1}, {@code summary.b2}, {@code lede.p1}, {@code caption.1}).
 *
 * @param list present when the paragraph is an item of a list in its source (Markdown or HTML list); the mark
 *             is drawn, never stored in {@code text}
 */
public record Paragraph(String id, String text, Optional<ListMark> list) {
    public Paragraph {
        Ids.requireUnitId(id);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(list, "list");
        if (text.isBlank()) {
            throw new IllegalArgumentException("paragraph " + id + " has no text");
        }
    }

    /** A paragraph that is not a list item. */
    public Paragraph(String id, String text) {
        this(id, text, Optional.empty());
    }

    /** An item of a bulleted or numbered list. */
    public static Paragraph listItem(String id, String text, ListMark mark) {
        return new Paragraph(id, text, Optional.of(mark));
    }
}
