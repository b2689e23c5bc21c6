package org.briefingreader.ui.search;

/** Where the search box looks: the briefing being read (Ctrl+F) or the whole library (Ctrl+Shift+F). */
public enum SearchScope {
    BRIEFING("This briefing"),
    LIBRARY("Library");

    private final String label;

    SearchScope(String label) {
        this.label = label;
    }

    /** The name on the scope switch. */
    public String label() {
        return label;
    }
}
