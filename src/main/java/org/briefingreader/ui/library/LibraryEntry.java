package org.briefingreader.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.support.DisplayFormats;

/**
 * One row of the library list: the briefing, the two lines the row shows, and the folded text the filter
 * searches.
 *
 * <p>For the seed briefing: title {@code "Japan Wants Closer Relations With Russia. Good Luck With That."},
 * detail {@code "May 25, 2018 · Stratfor · 7 sections"}; its search key holds the folded title, subtitle,
 * source, byline and {@code "may 25, 2018"}.
 *
 * @param searchKey what the filter looks in, folded by {@link TextFolding#fold}; computed once here so that
 *                  filtering a large library per keystroke is only substring tests
 */
public record LibraryEntry(Briefing briefing, String title, String detail, String searchKey) {
    /** Separates the fields in the search key, so that no filter word (which has no line breaks) spans two. */
    private static final String FIELD_BREAK = "\n";

    public LibraryEntry {
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(searchKey, "searchKey");
    }

    /** The row for {@code briefing}: its title, then date, source and section count (when it has sections). */
    public static LibraryEntry of(Briefing briefing) {
        String date = briefing.published().map(DisplayFormats::date).orElse("Undated");
        List<String> parts = new ArrayList<>();
        parts.add(date);
        briefing.source().ifPresent(parts::add);
        // A news story without headings is common; "0 sections" would only be noise under its title.
        if (!briefing.sections().isEmpty()) {
            parts.add(DisplayFormats.count(briefing.sections().size(), "section"));
        }

        List<String> searched = new ArrayList<>();
        searched.add(briefing.title());
        briefing.subtitle().ifPresent(searched::add);
        briefing.source().ifPresent(searched::add);
        briefing.byline().ifPresent(searched::add);
        searched.add(date);
        return new LibraryEntry(briefing, briefing.title(), String.join(DisplayFormats.SEPARATOR, parts),
                TextFolding.fold(String.join(FIELD_BREAK, searched)));
    }

    public String id() {
        return briefing.id();
    }

    /** True when every one of {@code foldedWords} occurs somewhere in the search key. */
    boolean matches(List<String> foldedWords) {
        for (String word : foldedWords) {
            if (!searchKey.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
