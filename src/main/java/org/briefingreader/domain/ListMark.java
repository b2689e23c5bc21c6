package org.briefingreader.domain;

import java.util.Locale;

/**
 * How a list item is marked when shown: a bullet, or its number within the run of numbered items it belongs to.
 *
 * <p>The mark is never part of the paragraph's text, so search, annotation quotes and exports see the words
 * only; the reader and the exports draw the mark.
 */
public enum ListMark {
    BULLET,
    NUMBERED;

    /** The word used in briefing JSON, {@code "bullet"} or {@code "numbered"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
