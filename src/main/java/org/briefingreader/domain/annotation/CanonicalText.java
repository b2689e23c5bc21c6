package org.briefingreader.domain.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;

/**
 * The one string of a briefing that annotation positions count in (docs/annotations.md): every unit's text in
 * reading order, separated by {@link #SEPARATOR}. The units, with the ids annotations list:
 * <ol>
 *   <li>the title ({@value #TITLE}), then the subtitle if any ({@value #SUBTITLE});</li>
 *   <li>captions ({@code caption.1}), summary bullets ({@code summary.b1}), lede paragraphs ({@code lede.p1});</li>
 *   <li>for each section, its heading (the section id, e.g. {@code the-history}), then its paragraphs
 *       ({@code the-history.p1}).</li>
 * </ol>
 * Byline, source, date and read time are not part of it. Java offsets (UTF-16 units) and W3C positions (code
 * points) are converted here and nowhere else.
 */
public final class CanonicalText {
    /** Between two units: a blank line, as the text export shows them. */
    public static final String SEPARATOR = "\n\n";
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";

    /** One unit's place in the text, in UTF-16 units: {@code [start, end)}. */
    public record Unit(String id, int start, int end) {
    }

    private final String text;
    private final List<Unit> units;
    /** Most briefings have no character outside the BMP: then offsets and positions are the same numbers. */
    private final boolean bmpOnly;
    private FoldedText folded;

    private CanonicalText(String text, List<Unit> units) {
        this.text = text;
        this.units = List.copyOf(units);
        this.bmpOnly = text.codePointCount(0, text.length()) == text.length();
    }

    public static CanonicalText of(Briefing briefing) {
        Objects.requireNonNull(briefing, "briefing");
        StringBuilder text = new StringBuilder();
        List<Unit> units = new ArrayList<>();
        add(text, units, TITLE, briefing.title());
        briefing.subtitle().ifPresent(subtitle -> add(text, units, SUBTITLE, subtitle));
        for (Paragraph p : briefing.captions()) {
            add(text, units, p.id(), p.text());
        }
        for (Paragraph p : briefing.summary()) {
            add(text, units, p.id(), p.text());
        }
        for (Paragraph p : briefing.lede()) {
            add(text, units, p.id(), p.text());
        }
        for (Section section : briefing.sections()) {
            add(text, units, section.id(), section.heading());
            for (Paragraph p : section.paragraphs()) {
                add(text, units, p.id(), p.text());
            }
        }
        return new CanonicalText(text.toString(), units);
    }

    private static void add(StringBuilder text, List<Unit> units, String id, String unitText) {
        if (!units.isEmpty()) {
            text.append(SEPARATOR);
        }
        int start = text.length();
        text.append(unitText);
        units.add(new Unit(id, start, text.length()));
    }

    public String text() {
        return text;
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The text folded for whitespace-insensitive matching (made once, on first use). */
    public FoldedText folded() {
        if (folded == null) {
            folded = FoldedText.of(text);
        }
        return folded;
    }

    /** Length in code points: the end of the last W3C position. */
    public int codePointLength() {
        return bmpOnly ? text.length() : text.codePointCount(0, text.length());
    }

    /** UTF-16 offset to code-point position. */
    public int toCodePoints(int utf16) {
        checkOffset(utf16);
        return bmpOnly ? utf16 : text.codePointCount(0, utf16);
    }

    /** Code-point position to UTF-16 offset. */
    public int toUtf16(int codePoints) {
        if (bmpOnly) {
            if (codePoints < 0 || codePoints > text.length()) {
                throw new IndexOutOfBoundsException("position " + codePoints + " outside 0.." + text.length());
            }
            return codePoints;
        }
        return text.offsetByCodePoints(0, codePoints);
    }

    /** The W3C position of UTF-16 range {@code [start, end)}. */
    public TextPositionSelector position(int start, int end) {
        return new TextPositionSelector(toCodePoints(start), toCodePoints(end));
    }

    /** The UTF-16 range of a W3C position, if it fits this text. */
    public Optional<int[]> utf16Range(TextPositionSelector position) {
        if (position.end() > codePointLength()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {toUtf16(position.start()), toUtf16(position.end())});
    }

    /** The text at a W3C position, if it fits this text. */
    public Optional<String> slice(TextPositionSelector position) {
        return utf16Range(position).map(r -> text.substring(r[0], r[1]));
    }

    /** The quote of UTF-16 range {@code [start, end)}, with {@link TextQuoteSelector#CONTEXT} code points each side. */
    public TextQuoteSelector quote(int start, int end) {
        checkRange(start, end);
        int prefixStart = start;
        for (int i = 0; i < TextQuoteSelector.CONTEXT && prefixStart > 0; i++) {
            prefixStart = text.offsetByCodePoints(prefixStart, -1);
        }
        int suffixEnd = end;
        for (int i = 0; i < TextQuoteSelector.CONTEXT && suffixEnd < text.length(); i++) {
            suffixEnd = text.offsetByCodePoints(suffixEnd, 1);
        }
        return new TextQuoteSelector(text.substring(start, end), text.substring(prefixStart, start),
                text.substring(end, suffixEnd));
    }

    /** Ids of the units that UTF-16 range {@code [start, end)} touches, in reading order. */
    public List<String> unitIds(int start, int end) {
        checkRange(start, end);
        List<String> ids = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.start() < end && unit.end() > start) {
                ids.add(unit.id());
            }
        }
        return ids;
    }

    /** A full target for UTF-16 range {@code [start, end)} of this briefing's text. */
    public AnnotationTarget target(String briefingId, int start, int end) {
        checkRange(start, end);
        return new AnnotationTarget(briefingId, unitIds(start, end), quote(start, end), position(start, end));
    }

    private void checkOffset(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside 0.." + text.length());
        }
    }

    private void checkRange(int start, int end) {
        checkOffset(start);
        checkOffset(end);
        if (end <= start) {
            throw new IllegalArgumentException("empty range " + start + ".." + end);
        }
    }
}
