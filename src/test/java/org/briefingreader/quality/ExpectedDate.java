package org.briefingreader.quality;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a document was published, as its expected file gives it, with the offset when the file gives one.
 *
 * @param day    the calendar day as written
 * @param offset the UTC offset written with it, if any; lets a found time in another zone be judged on its instant
 */
public record ExpectedDate(LocalDate day, Optional<ZoneOffset> offset) {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{1,2}(?::?\\d{2})?)?)?");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    public ExpectedDate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(offset, "offset");
    }

    /**
     * Reads the forms the expected files use: {@code 2015-06-11}, {@code 2015-06-11T10:00:00Z},
     * {@code 2015-06-11T10:00:00+02:00}, {@code 2015-06-11 10:00:00 -4}, {@code 2015-06-11T10:00},
     * {@code 2015-06-11 10:00:00.000000} and the US {@code 06/11/2015}.
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static ExpectedDate parse(String text) {
        String s = text.trim();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return new ExpectedDate(LocalDate.parse(iso.group(1)), Optional.ofNullable(iso.group(5))
                        .map(ExpectedDate::offset));
            }
            Matcher us = US.matcher(s);
            if (us.matches()) {
                return new ExpectedDate(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2))), Optional.empty());
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: \"" + text + "\"", e);
        }
        throw new IllegalArgumentException("not a date: \"" + text + "\"");
    }

    /** {@code Z}, {@code -4}, {@code +0530} or {@code -04:00} as an offset. */
    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /**
     * True when {@code found} is on this day: its own calendar day is this day, or, when this date carries an
     * offset, the found instant falls on this day at that offset (a page's 23:30 -05:00 is 04:30 UTC next day).
     */
    public boolean sameDay(ZonedDateTime found) {
        if (found.toLocalDate().equals(day)) {
            return true;
        }
        return offset.map(o -> found.withZoneSameInstant(o).toLocalDate().equals(day)).orElse(false);
    }

    /** How a found date compares with an expected one, either possibly absent. */
    public static DateOutcome judge(Optional<ZonedDateTime> found, Optional<ExpectedDate> expected) {
        if (expected.isEmpty()) {
            return found.isEmpty() ? DateOutcome.RIGHT : DateOutcome.UNEXPECTED;
        }
        if (found.isEmpty()) {
            return DateOutcome.MISSING;
        }
        return expected.get().sameDay(found.get()) ? DateOutcome.RIGHT : DateOutcome.WRONG;
    }
}
