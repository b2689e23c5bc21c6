package org.briefingreader.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.support.DisplayFormats;

/**
 * The line above a briefing's text: date, time, read time, byline and source, joined by middle dots, only the
 * parts the briefing has. The seed gives {@code "May 25, 2018 · 08:30 GMT · 7 min read · Stratfor"}.
 */
final class MetaLine {
    private MetaLine() {
    }

    static String of(Briefing briefing) {
        List<String> parts = new ArrayList<>();
        briefing.published().ifPresent(when -> {
            parts.add(DisplayFormats.date(when));
            parts.add(DisplayFormats.time(when));
        });
        briefing.readTime().map(DisplayFormats::readTime).ifPresent(parts::add);
        briefing.byline().map(MetaLine::byline).ifPresent(parts::add);
        briefing.source().ifPresent(parts::add);
        return String.join(DisplayFormats.SEPARATOR, parts);
    }

    /** "Jane Doe" reads as "By Jane Doe"; a byline that already says "By ..." is left alone. */
    private static String byline(String names) {
        return names.regionMatches(true, 0, "by ", 0, 3) ? names : "By " + names;
    }
}
