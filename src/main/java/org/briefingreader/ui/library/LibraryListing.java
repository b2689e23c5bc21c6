package org.briefingreader.ui.library;

import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefingreader.domain.Briefing;

/**
 * One listing of the library made ready for the list: entries with their search and sort keys, and each
 * order computed at most once. It is built off the FX thread (folding and collation keys for two thousand
 * briefings take tens of milliseconds) and only read after it is handed over.
 */
final class LibraryListing {
    static final LibraryListing EMPTY = new LibraryListing(List.of(), List.of(), List.of());

    private final List<LibraryEntry> entries;
    private final List<SortableEntry> sortable;
    private final List<String> problems;
    private final Map<LibrarySort, List<LibraryEntry>> orders = new EnumMap<>(LibrarySort.class);

    private LibraryListing(List<LibraryEntry> entries, List<SortableEntry> sortable, List<String> problems) {
        this.entries = entries;
        this.sortable = sortable;
        this.problems = problems;
    }

    /** The listing of {@code briefings} (in the service's order), with {@code firstOrder} already sorted. */
    static LibraryListing of(List<Briefing> briefings, List<String> problems, LibrarySort firstOrder) {
        Collator collator = LibrarySort.collator();
        List<LibraryEntry> entries = new ArrayList<>(briefings.size());
        List<SortableEntry> sortable = new ArrayList<>(briefings.size());
        for (Briefing briefing : briefings) {
            LibraryEntry entry = LibraryEntry.of(briefing);
            entries.add(entry);
            sortable.add(SortableEntry.of(entry, collator));
        }
        LibraryListing listing = new LibraryListing(List.copyOf(entries), sortable, List.copyOf(problems));
        listing.sorted(firstOrder);
        return listing;
    }

    /** Every entry, in the service's order. */
    List<LibraryEntry> entries() {
        return entries;
    }

    List<String> problems() {
        return problems;
    }

    /** Every entry in {@code order}; the first call per order sorts, later ones reuse the result. */
    List<LibraryEntry> sorted(LibrarySort order) {
        Objects.requireNonNull(order, "order");
        return orders.computeIfAbsent(order, o -> {
            List<SortableEntry> copy = new ArrayList<>(sortable);
            copy.sort(o.comparator());
            return copy.stream().map(SortableEntry::entry).toList();
        });
    }
}
