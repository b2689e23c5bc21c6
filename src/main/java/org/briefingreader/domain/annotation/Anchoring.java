package org.briefingreader.domain.annotation;

/** Whether an annotation's passage is found in the briefing as it is now. */
public enum Anchoring {
    /** Its position selector points at its quote in the briefing version it was last checked against. */
    ANCHORED,
    /** Its passage could not be placed (edited away, or the briefing deleted): kept, listed apart, never dropped. */
    ORPHAN
}
