package org.briefingreader.export;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;

/** What more than one export format says the same way: the document's title, authors, dates, tags, colours. */
final class ExportValues {
    /** A date as people read it in a heading line: {@code 2018-05-25}. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private ExportValues() {
    }

    /** One briefing's notes carry that briefing's metadata; several are titled by what was exported. */
    static boolean isSingleBriefing(ExportedNotes notes) {
        return notes.briefings().size() == 1;
    }

    /** The briefing's title for one briefing, else {@code Notes: <scope>}. */
    static String documentTitle(ExportedNotes notes) {
        return isSingleBriefing(notes) ? notes.briefings().get(0).title() : "Notes: " + notes.scope();
    }

    /** Who wrote it: the byline, or else the publisher. */
    static Optional<String> author(BriefingNotes notes) {
        return notes.briefing().flatMap(b -> b.byline().or(b::source));
    }

    /** The distinct sources of the briefings still in the library, in export order. */
    static List<String> sources(ExportedNotes notes) {
        List<String> sources = new ArrayList<>();
        for (BriefingNotes b : notes.briefings()) {
            b.briefing().flatMap(Briefing::source).filter(s -> !sources.contains(s)).ifPresent(sources::add);
        }
        return sources;
    }

    /** Every tag of every annotation, first spelling kept, repeats (ignoring case) dropped. */
    static List<String> allTags(ExportedNotes notes) {
        List<String> tags = new ArrayList<>();
        for (BriefingNotes b : notes.briefings()) {
            for (Annotation a : b.annotations()) {
                tags.addAll(a.tags());
            }
        }
        return Annotation.cleanTags(tags);
    }

    /** The colour of the category with this name (ignoring case), if the library has it. */
    static Optional<String> colour(String category, List<Category> categories) {
        String key = Category.keyOf(category);
        return categories.stream().filter(c -> c.key().equals(key)).map(Category::colour).findFirst();
    }

    /** The line under a briefing's title: source, byline, publication day; or why there is nothing to say. */
    static String briefingLine(BriefingNotes notes) {
        if (notes.briefing().isEmpty()) {
            return "This briefing is no longer in the library; its notes are kept as orphans.";
        }
        Briefing b = notes.briefing().get();
        List<String> parts = new ArrayList<>();
        b.byline().ifPresent(parts::add);
        b.source().ifPresent(parts::add);
        b.published().ifPresent(p -> parts.add(DAY.format(p)));
        int n = notes.annotations().size();
        parts.add(n + (n == 1 ? " note" : " notes"));
        return String.join(" · ", parts);
    }

    /** A time with its offset, seconds always shown: {@code 2018-05-25T08:30:00Z}. */
    static String isoDateTime(java.time.ZonedDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** An instant as ISO-8601 in UTC, seconds always shown: {@code 2026-11-30T12:00:00Z}. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
