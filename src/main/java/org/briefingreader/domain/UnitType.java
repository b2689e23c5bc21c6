package org.briefingreader.domain;

import java.util.Locale;

/** Which part of a briefing a search hit is in. */
public enum UnitType {
    TITLE, CAPTION, SUMMARY, LEDE, HEADING, PARAGRAPH;

    /** Lower-case name for output, e.g. {@code paragraph}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
