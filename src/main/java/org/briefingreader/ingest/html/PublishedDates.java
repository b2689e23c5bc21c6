package org.briefingreader.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.Text;
import org.briefingreader.ingest.text.MetadataLineParser;

/**
 * Reads the publication-time strings web pages put in their metadata.
 *
 * <p>Shapes read: ISO 8601 with or without seconds, fraction, zone ({@code Z}, {@code +01:00}, {@code +0100},
 * {@code +01}) and with {@code T} or a space between date and time ({@code 2017-11-03 03:01:00.000000});
 * RFC 1123 ({@code Tue, 3 Jun 2008 11:05:30 GMT}); seconds or milliseconds since 1970; and written dates such
 * as {@code January 5, 2018}, {@code 5 Jan 2018 10:00 ET} (through the text importer's
 * {@link MetadataLineParser}, so both importers agree).
 *
 * <p>Zone rule, the same as the text importer's: a time without a zone is taken as UTC, and a date without a
 * time is the start of that day in UTC, so the calendar date written on the page is always kept. An offset
 * given on the page is kept as given (not converted to UTC).
 */
public final class PublishedDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*"
            + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    /** Dates before the web, or far ahead, are a page's placeholder or a parse accident, not a publication. */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final MetadataLineParser WRITTEN = new MetadataLineParser();

    private PublishedDates() {
    }

    /** The time the string names, or empty when it is not a date this class reads. */
    public static Optional<ZonedDateTime> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = Text.normaliseSpace(raw);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZonedDateTime> parsed = iso(text).or(() -> rfc1123(text)).or(() -> epoch(text))
                .or(() -> compact(text)).or(() -> written(text));
        return parsed.filter(t -> t.getYear() >= FIRST_YEAR && t.getYear() <= LAST_YEAR);
    }

    private static Optional<ZonedDateTime> iso(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(date.atStartOfDay(ZoneOffset.UTC));
            }
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
            LocalDateTime local = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            return Optional.of(local.atZone(offset(m.group(8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static Optional<ZonedDateTime> rfc1123(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Unix time as some CMSs write it: ten digits are seconds, thirteen are milliseconds. */
    private static Optional<ZonedDateTime> epoch(String text) {
        if (!EPOCH.matcher(text).matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(text);
        Instant instant = text.length() > 11 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        return Optional.of(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toZonedDateTime());
    }

    private static Optional<ZonedDateTime> compact(String text) {
        Matcher m = COMPACT_DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).atStartOfDay(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "January 5, 2018", "Published 5 Jan 2018 10:00 ET": only when the string is nothing but a dateline. */
    private static Optional<ZonedDateTime> written(String text) {
        return WRITTEN.parse(text).flatMap(line -> line.published());
    }
}
