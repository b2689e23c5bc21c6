package org.briefingreader.ui.support;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns briefing metadata into the short English phrases the window shows.
 *
 * <p>{@code 2018-05-25T08:30Z[GMT]} gives {@code "May 25, 2018"} and {@code "08:30 GMT"}; a read time of
 * 7 minutes gives {@code "7 min read"}; {@code count(7, "section")} gives {@code "7 sections"}.
 */
public final class DisplayFormats {
    /** English month names whatever the machine's locale: the briefings are English. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    /** Joins the parts of a metadata line. */
    public static final String SEPARATOR = " \u00b7 ";

    private DisplayFormats() {
    }

    public static String date(ZonedDateTime when) {
        return DATE.format(when);
    }

    /** The clock time with its zone: {@code "08:30 GMT"}, {@code "14:00 UTC"} or {@code "09:15 +02:00"}. */
    public static String time(ZonedDateTime when) {
        return TIME.format(when) + " " + zone(when);
    }

    /** {@code "7 min read"}, {@code "1 h 5 min read"}; under a minute rounds up to one. */
    public static String readTime(Duration duration) {
        long minutes = Math.max(1, (duration.getSeconds() + 59) / 60);
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return minutes + " min read";
        }
        return rest == 0 ? hours + " h read" : hours + " h " + rest + " min read";
    }

    /** {@code "1 section"}, {@code "7 sections"}, {@code "2,098 briefings"}: English plural by adding "s". */
    public static String count(int n, String noun) {
        return String.format(Locale.ENGLISH, "%,d", n) + " " + (n == 1 ? noun : noun + "s");
    }

    private static String zone(ZonedDateTime when) {
        // A bare offset has no name; "Z" would puzzle a reader, so say UTC, and show other offsets as numbers.
        if (when.getZone() instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : offset.getId();
        }
        return ZONE_NAME.format(when);
    }
}
