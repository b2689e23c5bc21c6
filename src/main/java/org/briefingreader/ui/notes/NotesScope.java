package org.briefingreader.ui.notes;

/** Which annotations the Notes tab lists. */
public enum NotesScope {
    /** The annotations of the briefing being read, in reading order. */
    BRIEFING("This briefing"),
    /** Every annotation of the library, newest first. */
    LIBRARY("Library");

    private final String label;

    NotesScope(String label) {
        this.label = label;
    }

    /** The name shown on the scope switch. */
    public String label() {
        return label;
    }
}
