package org.briefingreader.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The marks drawn before list items, so the reader, the command line and any other view number them alike.
 *
 * <p>Numbers count within a run of consecutive numbered items: for the paragraphs [plain, numbered, numbered,
 * bullet, numbered] and the bullet {@code "•"} the marks are {@code ["", "1.", "2.", "•", "1."]}. A run never
 * crosses a plain paragraph or a bullet, and callers pass one group of paragraphs at a time (one section, the
 * summary, the lede), so it never crosses a section either. The marks are never part of a paragraph's text.
 */
public final class ListMarkers {
    private ListMarkers() {
    }

    /**
     * One mark per paragraph of {@code paragraphs}, in order: {@code bullet} for a bulleted item, its number and a
     * full stop ({@code "3."}) for a numbered item, and the empty string for a paragraph that is no list item.
     */
    public static List<String> of(List<Paragraph> paragraphs, String bullet) {
        Objects.requireNonNull(bullet, "bullet");
        List<String> marks = new ArrayList<>(paragraphs.size());
        int number = 0;
        for (Paragraph paragraph : paragraphs) {
            ListMark mark = paragraph.list().orElse(null);
            number = mark == ListMark.NUMBERED ? number + 1 : 0;
            if (mark == null) {
                marks.add("");
            } else if (mark == ListMark.BULLET) {
                marks.add(bullet);
            } else {
                marks.add(number + ".");
            }
        }
        return List.copyOf(marks);
    }
}
