package org.briefingreader.quality;

/** A found publication date judged against the expected one. */
public enum DateOutcome {
    /** Same calendar day, or none expected and none found. */
    RIGHT,
    /** Both present, different days. */
    WRONG,
    /** A date was expected, none found. */
    MISSING,
    /**
     * None expected but one found: not judged right or wrong, since the expected files (Readability's metadata
     * above all) often lack a date the page does carry; counted and reported on its own.
     */
    UNEXPECTED,
    /** The document did not import: wrong, whatever was expected. */
    NOT_IMPORTED
}
