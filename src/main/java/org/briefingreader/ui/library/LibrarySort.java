package org.briefingreader.ui.library;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** {@code entries} in this order, as a new list. */
    List<LibraryEntry> sort(List<LibraryEntry> entries) {
        // Collation keys are made once per entry: comparing keys is far cheaper than Collator.compare.
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        List<Keyed> keyed = new ArrayList<>(entries.size());
        for (LibraryEntry entry : entries) {
            keyed.add(new Keyed(entry, collator.getCollationKey(sortTitle(entry.title())),
                    entry.briefing().published().map(p -> p.toInstant()).orElse(null)));
        }
        Comparator<Keyed> byTitle = Comparator.<Keyed, CollationKey>comparing(k -> k.title)
                .thenComparing(k -> k.entry.id());
        Comparator<Keyed> order = switch (this) {
            case NEWEST -> Comparator.comparing((Keyed k) -> k.published,
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(byTitle);
            case OLDEST -> Comparator.comparing((Keyed k) -> k.published,
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(byTitle);
            case TITLE -> byTitle;
        };
        keyed.sort(order);
        return keyed.stream().map(k -> k.entry).toList();
    }

    /** The title as it files: without a leading English article. */
    static String sortTitle(String title) {
        return LEADING_ARTICLE.matcher(title.strip()).replaceFirst("");
    }

    /** An entry with what its order needs, computed once per sort. */
    private record Keyed(LibraryEntry entry, CollationKey title, Instant published) {
    }
}
