package org.briefingreader.ingest.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.Text;

/**
 * Reads a dateline-and-reading-time line such as publishers print under a headline.
 *
 * <p>{@code "7 MINS READMay 25, 2018 | 08:30 GMT"} gives a read time of 7 minutes and 2018-05-25T08:30 in zone
 * {@code GMT}. Also read: {@code "5 min read"}, {@code "Reading time: 5 minutes"}, {@code "May 25, 2018"},
 * {@code "25 May 2018"}, {@code "Sept. 3rd, 2019"}, {@code "2018-05-25T08:30Z"}, {@code "10:00 a.m. ET"},
 * {@code "By Jane Doe and John Roe"}. Month and weekday names are English whatever the machine's locale.
 *
 * <p>A line is metadata only when nothing but these pieces, weekday names, separators and the words
 * "published", "updated", "posted", "on", "at" is left: a sentence that merely mentions a date is not.
 * Zones: GMT, UTC, Z, numeric offsets and the common abbreviations (ET, EST, EDT, CT, PT, BST, CET, JST...);
 * a date without a time is the start of that day, and a time without a zone, or with an unknown one
 * (with a warning), is taken as UTC.
 */
public final class MetadataLineParser {
    private static final int MAX_LENGTH = 160;
    private static final Map<String, Integer> MONTHS = monthNames();
    private static final String MONTH = "(?i:" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?i:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?i:st|nd|rd|th)?\\s+(" + MONTH + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T(?=\\d)|(?!\\d))");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
            + "(?:\\s*(?i:([ap])\\.?m\\.?)(?!\\p{L}))?"
            + "(?:\\s*([A-Z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2})(?!\\p{L}))?");
    private static final Pattern READ_TIME = Pattern.compile(
            "(?i)\\b(\\d{1,3})(?:\\s*|-)(?:mins?|minutes?)\\.?\\s+read\\b"
            + "|\\bread(?:ing)?\\s+time\\s*:?\\s*(\\d{1,3})\\s*(?:mins?|minutes?)\\b");
    private static final String NAME = "\\p{Lu}[\\p{L}'\u2019.\\-]*";
    private static final Pattern BYLINE = Pattern.compile(
            "(?<!\\p{L})(?i:by):?\\s+(" + NAME + "(?:(?:\\s+|\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + NAME + ")*)");
    /** "READMay": a word glued to the next capitalised one, as copied web pages often are. */
    private static final Pattern GLUED_WORDS = Pattern.compile("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(published|updated|posted|modified|last|on|at|"
            + String.join("|", weekdayNames()) + ")\\b\\.?");
    private static final Map<String, ZoneId> ZONES = zones();
    private static final Pattern DAY_OR_WEEKDAY = Pattern.compile("\\b(?:\\d{1,2}(?i:st|nd|rd|th)?\\s+" + MONTH
            + "|" + MONTH + "\\.?\\s+\\d{1,2}(?i:st|nd|rd|th)?(?!\\d)|(?i:" + String.join("|", fullWeekdayNames())
            + "))\\b");

    /** The line's metadata, or empty when the line is not a metadata line. */
    public Optional<MetadataLine> parse(String line) {
        String text = Text.normaliseSpace(line);
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(GLUED_WORDS.matcher(text).replaceAll(" "));
        List<String> warnings = new ArrayList<>();
        Optional<Duration> readTime = take(READ_TIME, rest).map(m -> Duration.ofMinutes(
                Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2))));
        Optional<LocalDate> date = takeDate(rest);
        Optional<ZonedDateTime> published = date.map(d -> at(d, rest, text, warnings));
        Optional<String> byline = take(BYLINE, rest).map(m -> Text.normaliseSpace(m.group(1)));
        boolean onlyMetadataLeft = !FILLER.matcher(rest).replaceAll("").codePoints().anyMatch(Character::isLetter);
        if (!onlyMetadataLeft || readTime.isEmpty() && published.isEmpty() && byline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MetadataLine(readTime, published, byline, warnings));
    }

    /**
     * True when the text mentions a calendar day anywhere, with or without a year ("2018-05-25", "1 March",
     * "May 25"), or a weekday ("Tuesday"): the mark of a dateline or fixture, not of a heading.
     */
    public boolean mentionsDate(String text) {
        String normalised = Text.normaliseSpace(text);
        return takeDate(new StringBuilder(normalised)).isPresent() || DAY_OR_WEEKDAY.matcher(normalised).find();
    }

    private static Optional<LocalDate> takeDate(StringBuilder rest) {
        for (Pattern pattern : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO_DATE)) {
            Matcher m = pattern.matcher(rest);
            while (m.find()) {
                Optional<LocalDate> date = date(pattern, m);
                if (date.isPresent()) {
                    blank(rest, m.start(), m.end());
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Pattern pattern, Matcher m) {
        try {
            if (pattern == MONTH_DAY_YEAR) {
                return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if (pattern == DAY_MONTH_YEAR) {
                return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
            }
            return Optional.of(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            // "February 30, 2018" is not a date; the caller then looks for another one.
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1000) {
            throw new DateTimeException("implausible year " + year);
        }
        return year;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static ZonedDateTime at(LocalDate date, StringBuilder rest, String line, List<String> warnings) {
        Optional<MatchResult> found = take(TIME, rest);
        if (found.isEmpty()) {
            return date.atStartOfDay(ZoneOffset.UTC);
        }
        MatchResult m = found.get();
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (m.group(3) != null && hour >= 1 && hour <= 12) {
            hour = hour % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            warnings.add("time \"" + m.group() + "\" in \"" + line + "\" is not a time of day; kept the date only");
            return date.atStartOfDay(ZoneOffset.UTC);
        }
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), zone(m.group(4), line, warnings));
    }

    private static ZoneId zone(String name, String line, List<String> warnings) {
        if (name == null) {
            return ZoneOffset.UTC;
        }
        ZoneId known = ZONES.get(name);
        if (known != null) {
            return known;
        }
        if (name.matches("(GMT|UTC|UT)?[+-]\\d.*")) {
            try {
                // Numeric forms: "+05:30", "+0530", "GMT+2", "UTC-05:00".
                return name.startsWith("+") || name.startsWith("-") ? ZoneOffset.of(name) : ZoneId.of(name);
            } catch (DateTimeException e) {
                return unknownZone(name, line, warnings);
            }
        }
        return unknownZone(name, line, warnings);
    }

    private static ZoneId unknownZone(String name, String line, List<String> warnings) {
        warnings.add("unknown time zone \"" + name + "\" in \"" + line + "\"; taken as UTC");
        return ZoneOffset.UTC;
    }

    private static Optional<MatchResult> take(Pattern pattern, StringBuilder rest) {
        Matcher m = pattern.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        MatchResult result = m.toMatchResult();
        blank(rest, result.start(), result.end());
        return Optional.of(result);
    }

    /** Spaces over a recognised piece, so that later patterns and the leftover check no longer see it. */
    private static void blank(StringBuilder rest, int start, int end) {
        for (int i = start; i < end; i++) {
            rest.setCharAt(i, ' ');
        }
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (Month month : Month.values()) {
            names.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month.getValue());
            names.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT),
                    month.getValue());
        }
        names.put("sept", 9);
        return Map.copyOf(names);
    }

    private static List<String> weekdayNames() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            names.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        return names;
    }

    private static List<String> fullWeekdayNames() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return names;
    }

    private static Map<String, ZoneId> zones() {
        Map<String, ZoneId> zones = new HashMap<>();
        zones.put("GMT", ZoneId.of("GMT"));
        zones.put("UTC", ZoneId.of("UTC"));
        zones.put("UT", ZoneId.of("UTC"));
        zones.put("Z", ZoneOffset.UTC);
        // Generic names follow daylight saving; the standard/daylight ones are fixed offsets by definition.
        zones.put("ET", ZoneId.of("America/New_York"));
        zones.put("CT", ZoneId.of("America/Chicago"));
        zones.put("MT", ZoneId.of("America/Denver"));
        zones.put("PT", ZoneId.of("America/Los_Angeles"));
        String[][] fixed = {{"EST", "-05:00"}, {"EDT", "-04:00"}, {"CST", "-06:00"}, {"CDT", "-05:00"},
            {"MST", "-07:00"}, {"MDT", "-06:00"}, {"PST", "-08:00"}, {"PDT", "-07:00"}, {"BST", "+01:00"},
            {"WET", "+00:00"}, {"WEST", "+01:00"}, {"CET", "+01:00"}, {"CEST", "+02:00"}, {"EET", "+02:00"},
            {"EEST", "+03:00"}, {"MSK", "+03:00"}, {"GST", "+04:00"}, {"HKT", "+08:00"}, {"SGT", "+08:00"},
            {"JST", "+09:00"}, {"KST", "+09:00"}, {"AEST", "+10:00"}, {"AEDT", "+11:00"}};
        for (String[] row : fixed) {
            zones.put(row[0], ZoneOffset.of(row[1]));
        }
        return Map.copyOf(zones);
    }
}
