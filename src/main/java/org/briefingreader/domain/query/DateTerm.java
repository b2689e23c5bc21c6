package org.briefingreader.domain.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.query.QueryNode.DateRange;

/**
 * Reads the values of {@code after:}, {@code before:} and {@code date:} as day ranges, and joins ranges that must
 * all hold into one.
 *
 * <p>{@code date:2018-05} gives {@code [2018-05-01, 2018-06-01)}; {@code after:2018 before:2019-03} gives
 * {@code [2018-01-01, 2019-03-01)}.
 */
final class DateTerm {
    /** ASCII digits only ({@code \d} without UNICODE_CHARACTER_CLASS): yyyy, yyyy-mm or yyyy-mm-dd. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateTerm() {
    }

    /** The range {@code scope:value} stands for ({@code scope} is after, before or date), if the value is a date. */
    static Optional<DateRange> read(String scope, String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        LocalDate start;
        LocalDate end;
        if (m.group(2) == null) {
            start = LocalDate.of(year, 1, 1);
            end = start.plusYears(1);
        } else {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            if (m.group(3) == null) {
                start = LocalDate.of(year, month, 1);
                end = start.plusMonths(1);
            } else {
                int day = Integer.parseInt(m.group(3));
                if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                    return Optional.empty();
                }
                start = LocalDate.of(year, month, day);
                end = start.plusDays(1);
            }
        }
        return Optional.of(switch (scope) {
            case "after" -> new DateRange(Optional.of(start), Optional.empty());
            case "before" -> new DateRange(Optional.empty(), Optional.of(start));
            default -> new DateRange(Optional.of(start), Optional.of(end));
        });
    }

    /**
     * The clauses of an AND with every date range among them replaced, where the first was, by their
     * intersection: one range is simpler to run and to read than three.
     */
    static List<QueryNode> mergeRanges(List<QueryNode> clauses, QueryNotes notes) {
        List<QueryNode> merged = new ArrayList<>();
        int rangeAt = -1;
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> until = Optional.empty();
        for (QueryNode clause : clauses) {
            if (clause instanceof DateRange range) {
                from = later(from, range.from());
                until = earlier(until, range.until());
                if (rangeAt < 0) {
                    rangeAt = merged.size();
                    merged.add(range);
                } else {
                    merged.set(rangeAt, new DateRange(from, until));
                }
            } else {
                merged.add(clause);
            }
        }
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            notes.add("the dates leave no day between " + from.get() + " and " + until.get()
                    + ", so nothing can match");
        }
        return merged;
    }

    private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }
}
