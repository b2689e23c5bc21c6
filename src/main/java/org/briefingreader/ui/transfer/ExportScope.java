package org.briefingreader.ui.transfer;

/** Which annotations the export dialog takes. */
public enum ExportScope {
    /** Those of the briefing shown. */
    BRIEFING("This briefing"),
    /** What the Notes tab lists now, with its filter. */
    CURRENT_FILTER("The current filter"),
    /** Every annotation of the library. */
    LIBRARY("The whole library");

    private final String label;

    ExportScope(String label) {
        this.label = label;
    }

    /** The name shown in the dialog. */
    public String label() {
        return label;
    }
}
