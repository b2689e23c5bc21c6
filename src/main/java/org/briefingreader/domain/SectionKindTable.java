package org.briefingreader.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The documented table that maps a section heading to its {@link SectionKind}; first matching row wins.
 *
 * <p>{@code "The Big Picture"} gives {@code CONTEXT}; {@code "What Japan and Russia Want"} gives
 * {@code MOTIVATIONS}; an unknown heading gives {@code OTHER}. Extend it with {@link #with(String, SectionKind)}
 * (new rows are tried before the defaults). docs/briefing-format.md lists the rows.
 */
public final class SectionKindTable {
    /** One row: a case-insensitive regular expression matched against the whole normalised heading. */
    public record Row(Pattern pattern, SectionKind kind) {
        public Row {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final SectionKindTable DEFAULTS = new SectionKindTable(List.of())
            .withDefault("(the )?big picture|background|context|overview|introduction|setting the scene",
                    SectionKind.CONTEXT)
            .withDefault("(the |a (brief |short )?)?history|historical background|how we got here|origins?"
                    + "|(the )?(backstory|background history)", SectionKind.HISTORY)
            .withDefault("what .+ wants?|(their |the )?motivations?|(the )?interests( at stake)?|(the )?goals?"
                    + "|(the )?objectives?|(the )?stakes|why .+ cares?", SectionKind.MOTIVATIONS)
            .withDefault("why (there'?s|there has) been no progress|why .+ (fails?|failed|stalled?)"
                    + "|(the )?(obstacles|constraints|limits|limitations|challenges|barriers|sticking points?)",
                    SectionKind.CONSTRAINTS)
            .withDefault("how (it|this|things) will play out|(the )?(outlook|forecast|prognosis)|what'?s next"
                    + "|what (comes|happens) next|looking ahead|the road ahead|(the )?future", SectionKind.OUTLOOK)
            .withDefault("(executive )?summary|key (points|takeaways|judg(e)?ments|findings)|(the )?bottom line"
                    + "|in brief|at a glance|highlights", SectionKind.SUMMARY);

    private final List<Row> rows;

    private SectionKindTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The built-in table. */
    public static SectionKindTable defaults() {
        return DEFAULTS;
    }

    /** A copy whose new row {@code regex -> kind} is tried before every existing row. */
    public SectionKindTable with(String regex, SectionKind kind) {
        List<Row> extended = new ArrayList<>();
        extended.add(new Row(Pattern.compile(regex, FLAGS), kind));
        extended.addAll(rows);
        return new SectionKindTable(extended);
    }

    /** The rows in the order they are tried. */
    public List<Row> rows() {
        return rows;
    }

    /** The kind of a heading; whitespace (including U+00A0) and a trailing colon are ignored. */
    public SectionKind classify(String heading) {
        String normalised = Text.normaliseSpace(heading).replaceAll("[:.]$", "").replace('\u2019', '\'');
        for (Row row : rows) {
            if (row.pattern().matcher(normalised).matches()) {
                return row.kind();
            }
        }
        return SectionKind.OTHER;
    }

    private SectionKindTable withDefault(String regex, SectionKind kind) {
        List<Row> extended = new ArrayList<>(rows);
        extended.add(new Row(Pattern.compile(regex, FLAGS), kind));
        return new SectionKindTable(extended);
    }
}
