package org.briefingreader.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.support.DisplayFormats;

/**
 * One row of the library list: the briefing plus the two lines the row shows.
 *
 * <p>For the seed briefing: title {@code "Japan Wants Closer Relations With Russia. Good Luck With That."},
 * detail {@code "May 25, 2018 · Stratfor · 7 sections"}.
 */
public record LibraryEntry(Briefing briefing, String title, String detail) {
    public LibraryEntry {
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    /** The row for {@code briefing}: its title, then date, source and section count. */
    public static LibraryEntry of(Briefing briefing) {
        List<String> parts = new ArrayList<>();
        parts.add(briefing.published().map(DisplayFormats::date).orElse("Undated"));
        briefing.source().ifPresent(parts::add);
        parts.add(DisplayFormats.count(briefing.sections().size(), "section"));
        return new LibraryEntry(briefing, briefing.title(), String.join(DisplayFormats.SEPARATOR, parts));
    }

    public String id() {
        return briefing.id();
    }
}
