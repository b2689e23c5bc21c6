package org.briefingreader.domain.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.query.QueryNode.BriefingIs;
import org.briefingreader.domain.query.QueryNode.CategoryIs;
import org.briefingreader.domain.query.QueryNode.DateRange;
import org.briefingreader.domain.query.QueryNode.KindIs;
import org.briefingreader.domain.query.QueryNode.TagIs;

/**
 * Reads the values of the filter scopes: {@code kind:} as a section kind, {@code briefing:} as a briefing id,
 * {@code tag:} and {@code category:} as names, {@code after:}, {@code before:} and {@code date:} as day ranges;
 * and joins date ranges that must all hold.
 *
 * <p>{@code kind:Outlook} gives {@code KindIs(OUTLOOK)}; {@code tag:"Middle  East"} gives {@code TagIs(middle east)}; {@code date:2018-05} gives {@code [2018-05-01, 2018-06-01)};
 * {@code after:2018 before:2019-03} gives {@code [2018-01-01, 2019-03-01)}.
 */
final class FilterTerms {
    /** ASCII digits only ({@code \d} without UNICODE_CHARACTER_CLASS): yyyy, yyyy-mm or yyyy-mm-dd. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private FilterTerms() {
    }

    /** What {@code scope:value} stands for; empty, with a note, when the value means nothing there. */
    static Optional<QueryNode> read(String scope, String value, QueryNotes notes) {
        String term = scope + ":" + value;
        if (scope.equals("tag") || scope.equals("category")) {
            // Compared as the annotations compare them: case and runs of spaces never matter.
            String key = Category.keyOf(value);
            if (key.isEmpty()) {
                notes.add("the empty name after '" + scope + ":' was ignored");
                return Optional.empty();
            }
            return Optional.of(scope.equals("tag") ? new TagIs(key) : new CategoryIs(key));
        }
        if (scope.equals("kind")) {
            Optional<SectionKind> kind = SectionKind.fromLabel(value);
            if (kind.isEmpty()) {
                notes.add("'" + term + "' names no section kind (" + Arrays.stream(SectionKind.values())
                        .map(SectionKind::label).collect(Collectors.joining(", ")) + "): ignored it");
            }
            return kind.map(KindIs::new);
        }
        if (scope.equals("briefing")) {
            String id = value.toLowerCase(Locale.ROOT);
            if (!Ids.isValidBriefingId(id)) {
                notes.add("'" + term + "' is not a briefing id (lower-case letters, digits and hyphens): ignored it");
                return Optional.empty();
            }
            return Optional.of(new BriefingIs(id));
        }
        Optional<QueryNode> range = dateRange(scope, value).map(QueryNode.class::cast);
        if (range.isEmpty()) {
            notes.add("'" + term + "' is not a date (write yyyy, yyyy-mm or yyyy-mm-dd): ignored it");
        }
        return range;
    }

    /** The range {@code scope:value} stands for ({@code scope} is after, before or date), if the value is a date. */
    static Optional<DateRange> dateRange(String scope, String value) {
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
