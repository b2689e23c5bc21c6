package org.briefingreader.domain.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the reader window remembers between runs: window placement, pane dividers, theme, font size, the
 * last briefing, the recently opened briefings and a reading position per briefing.
 *
 * <p>Immutable; every {@code with...} method returns a new state. Lists run most recent first and are capped
 * ({@link #MAX_POSITIONS}, {@link #MAX_RECENT}): the {@code with...} methods drop the oldest entries, the
 * constructor refuses lists over a cap, so a state read from disk is as valid as one built in memory.
 *
 * @param window       the window's last placement; empty until the window was first closed
 * @param dividers     split-pane divider positions, each a fraction between 0 and 1, left to right
 * @param theme        the chosen theme ({@link Theme#SYSTEM} follows the OS where JavaFX can tell)
 * @param fontSize     reading font size in CSS pixels (as the reading pane sets it), {@link #MIN_FONT_SIZE} to
 *                     {@link #MAX_FONT_SIZE}
 * @param lastBriefing the briefing open when the window closed
 * @param recent       recently opened briefing ids, most recent first, no repeats, at most {@link #MAX_RECENT}
 * @param positions    reading positions, most recently read first, one per briefing, at most
 *                     {@link #MAX_POSITIONS}
 * @param fontFamily   the reading font's family, as CSS names it ("Serif", "DejaVu Sans"); at most
 *                     {@link #MAX_FONT_FAMILY} characters, none of them quotes, semicolons, braces or backslashes
 *                     (it is written into a style)
 */
public record ReaderState(Optional<WindowPlacement> window, List<Double> dividers, Theme theme, double fontSize,
        Optional<String> lastBriefing, List<String> recent, List<ReadingPosition> positions, String fontFamily) {
    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 32;
    public static final double DEFAULT_FONT_SIZE = 16;
    /** Enough for File > Open recent; more is a search, not a menu. */
    public static final int MAX_RECENT = 10;
    /** Bounds the file (about 100 bytes each) while covering any library a person reads through. */
    public static final int MAX_POSITIONS = 500;
    /** More dividers than any layout of the window has; bounds what a hand-edited file can ask for. */
    public static final int MAX_DIVIDERS = 8;
    /** The reading pane's family until the user chooses another: the toolkit's logical serif. */
    public static final String DEFAULT_FONT_FAMILY = "Serif";
    public static final int MAX_FONT_FAMILY = 100;
    private static final java.util.regex.Pattern FONT_FAMILY = java.util.regex.Pattern.compile(
            "[^\\p{Cntrl}\"';{}\\\\]{1," + MAX_FONT_FAMILY + "}");

    public ReaderState {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(lastBriefing, "lastBriefing");
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (!FONT_FAMILY.matcher(fontFamily).matches() || fontFamily.isBlank()) {
            throw new IllegalArgumentException("a font family has 1 to " + MAX_FONT_FAMILY
                    + " characters and no quotes, semicolons, braces or backslashes: '" + fontFamily + "'");
        }
        dividers = List.copyOf(dividers);
        recent = List.copyOf(recent);
        positions = List.copyOf(positions);
        if (dividers.size() > MAX_DIVIDERS) {
            throw new IllegalArgumentException("at most " + MAX_DIVIDERS + " dividers, got " + dividers.size());
        }
        for (double divider : dividers) {
            if (!(divider >= 0 && divider <= 1)) {
                throw new IllegalArgumentException("a divider position is a fraction from 0 to 1, was " + divider);
            }
        }
        if (!(fontSize >= MIN_FONT_SIZE && fontSize <= MAX_FONT_SIZE)) {
            throw new IllegalArgumentException("font size must be from " + MIN_FONT_SIZE + " to " + MAX_FONT_SIZE
                    + ", was " + fontSize);
        }
        lastBriefing.ifPresent(id -> ReadingPosition.requireNonBlank(id, "lastBriefing"));
        if (recent.size() > MAX_RECENT) {
            throw new IllegalArgumentException("at most " + MAX_RECENT + " recent briefings, got " + recent.size());
        }
        if (new HashSet<>(recent).size() != recent.size()) {
            throw new IllegalArgumentException("recent briefings repeat an id: " + recent);
        }
        recent.forEach(id -> ReadingPosition.requireNonBlank(id, "recent briefing id"));
        if (positions.size() > MAX_POSITIONS) {
            throw new IllegalArgumentException("at most " + MAX_POSITIONS + " reading positions, got "
                    + positions.size());
        }
        Set<String> seen = new HashSet<>();
        for (ReadingPosition position : positions) {
            if (!seen.add(position.briefingId())) {
                throw new IllegalArgumentException("two reading positions for briefing " + position.briefingId());
            }
        }
    }

    /** A state with the {@link #DEFAULT_FONT_FAMILY default font family}. */
    public ReaderState(Optional<WindowPlacement> window, List<Double> dividers, Theme theme, double fontSize,
            Optional<String> lastBriefing, List<String> recent, List<ReadingPosition> positions) {
        this(window, dividers, theme, fontSize, lastBriefing, recent, positions, DEFAULT_FONT_FAMILY);
    }

    /** A first run: the OS theme (where JavaFX 21 can tell; else light), 16 pixels, nothing remembered. */
    public static ReaderState defaults() {
        return new ReaderState(Optional.empty(), List.of(), Theme.SYSTEM, DEFAULT_FONT_SIZE, Optional.empty(),
                List.of(), List.of());
    }

    public ReaderState withWindow(WindowPlacement placement) {
        return new ReaderState(Optional.of(placement), dividers, theme, fontSize, lastBriefing, recent, positions,
                fontFamily);
    }

    public ReaderState withDividers(List<Double> newDividers) {
        return new ReaderState(window, newDividers, theme, fontSize, lastBriefing, recent, positions, fontFamily);
    }

    public ReaderState withTheme(Theme newTheme) {
        return new ReaderState(window, dividers, newTheme, fontSize, lastBriefing, recent, positions, fontFamily);
    }

    /** The font size, clamped into bounds so zoom buttons can step past the ends harmlessly; NaN is refused. */
    public ReaderState withFontSize(double size) {
        if (Double.isNaN(size)) {
            throw new IllegalArgumentException("font size must be a number");
        }
        double clamped = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
        return new ReaderState(window, dividers, theme, clamped, lastBriefing, recent, positions, fontFamily);
    }

    /** The reading font's family; see the {@code fontFamily} component for what is refused. */
    public ReaderState withFontFamily(String family) {
        return new ReaderState(window, dividers, theme, fontSize, lastBriefing, recent, positions, family);
    }

    /** Opening a briefing: it becomes the last briefing and moves to the front of the recent list. */
    public ReaderState withOpened(String briefingId) {
        ReadingPosition.requireNonBlank(briefingId, "briefingId");
        List<String> newRecent = new ArrayList<>(MAX_RECENT);
        newRecent.add(briefingId);
        for (String id : recent) {
            if (newRecent.size() == MAX_RECENT) {
                break;
            }
            if (!id.equals(briefingId)) {
                newRecent.add(id);
            }
        }
        return new ReaderState(window, dividers, theme, fontSize, Optional.of(briefingId), newRecent, positions,
                fontFamily);
    }

    /** Records where the reader is in a briefing; that briefing becomes the most recently read. */
    public ReaderState withPosition(String briefingId, String unitId) {
        ReadingPosition latest = new ReadingPosition(briefingId, unitId);
        List<ReadingPosition> newPositions = new ArrayList<>(Math.min(positions.size() + 1, MAX_POSITIONS));
        newPositions.add(latest);
        for (ReadingPosition position : positions) {
            if (newPositions.size() == MAX_POSITIONS) {
                break;
            }
            if (!position.briefingId().equals(briefingId)) {
                newPositions.add(position);
            }
        }
        return new ReaderState(window, dividers, theme, fontSize, lastBriefing, recent, newPositions, fontFamily);
    }

    /** Forgets a deleted briefing everywhere: last briefing, recent list and reading position. */
    public ReaderState without(String briefingId) {
        Optional<String> newLast = lastBriefing.filter(id -> !id.equals(briefingId));
        List<String> newRecent = recent.stream().filter(id -> !id.equals(briefingId)).toList();
        List<ReadingPosition> newPositions = positions.stream()
                .filter(p -> !p.briefingId().equals(briefingId)).toList();
        return new ReaderState(window, dividers, theme, fontSize, newLast, newRecent, newPositions, fontFamily);
    }

    /** The unit last in view in {@code briefingId}, if it was read before. */
    public Optional<String> positionIn(String briefingId) {
        return positions.stream().filter(p -> p.briefingId().equals(briefingId)).map(ReadingPosition::unitId)
                .findFirst();
    }
}
