package org.briefingreader.ui.library;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.Objects;

/**
 * A library entry with what the sort orders compare, made once per listing: a collation key is costly to make
 * (tens of microseconds) and cheap to compare, so keys are made off the FX thread and kept.
 *
 * @param published the publication instant, or {@code null} when undated (sorted last)
 */
record SortableEntry(LibraryEntry entry, CollationKey titleKey, Instant published) {
    SortableEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(titleKey, "titleKey");
    }

    /** The entry's sort keys; {@code collator} is the one {@link LibrarySort#collator()} gives. */
    static SortableEntry of(LibraryEntry entry, Collator collator) {
        return new SortableEntry(entry, collator.getCollationKey(LibrarySort.sortTitle(entry.title())),
                entry.briefing().published().map(when -> when.toInstant()).orElse(null));
    }
}
