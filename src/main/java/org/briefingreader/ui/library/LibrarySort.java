package org.briefingreader.ui.library;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The orders the library list offers. Undated briefings come after dated ones in both date orders, among
 * themselves by title.
 *
 * <p>Titles compare with an English {@link Collator} (the JDK's English rules are its root rules), ignoring
 * case, with accents deciding only between otherwise equal titles, and ignoring a leading "The", "A" or "An":
 * the briefings are English headlines, many open with an article, and a list where a fifth of the titles sit
 * under T helps nobody; calibre's default title sort and library catalogues file titles the same way.
 */
public enum LibrarySort {
    NEWEST("Newest first"),
    OLDEST("Oldest first"),
    TITLE("Title A\u2013Z");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|an|a)\\s+(?=\\S)");
    private static final Comparator<SortableEntry> BY_TITLE =
            Comparator.comparing(SortableEntry::titleKey).thenComparing(k -> k.entry().id());

    private final String label;

    LibrarySort(String label) {
        this.label = label;
    }

    /** The words a menu or combo box shows for this order. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** This order over entries with their keys made. */
    Comparator<SortableEntry> comparator() {
        return switch (this) {
            case NEWEST -> Comparator.comparing(SortableEntry::published,
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(BY_TITLE);
            case OLDEST -> Comparator.comparing(SortableEntry::published,
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(BY_TITLE);
            case TITLE -> BY_TITLE;
        };
    }

    /** A new collator for title keys: English, case ignored, accents secondary. Collators are not thread-safe. */
    static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    /** The title as it files: without a leading English article. */
    static String sortTitle(String title) {
        return LEADING_ARTICLE.matcher(title.strip()).replaceFirst("");
    }
}
