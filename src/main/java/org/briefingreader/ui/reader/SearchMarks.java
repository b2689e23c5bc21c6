package org.briefingreader.ui.reader;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.TextRange;

/**
 * The search hits to mark in the reading pane: every hit in the shown briefing ({@code all}, marked softly) and the
 * hit the reader is at ({@code current}, marked strongly and scrolled to).
 *
 * <p>Ranges are UTF-16 offsets {@code [start, end)} into {@link ReaderDocument#text()}, which are the text area's
 * own offsets; {@link ReaderDocument#startOf} turns a unit-relative hit into them. The current hit need not be
 * one of {@code all}.
 */
public record SearchMarks(List<TextRange> all, Optional<TextRange> current) {
    /** No marks. */
    public static final SearchMarks NONE = new SearchMarks(List.of(), Optional.empty());

    public SearchMarks {
        all = List.copyOf(Objects.requireNonNull(all, "all"));
        Objects.requireNonNull(current, "current");
    }

    /** True when there is nothing to mark. */
    public boolean isEmpty() {
        return all.isEmpty() && current.isEmpty();
    }

    /** These marks without the ranges that end beyond a text of {@code length} characters. */
    SearchMarks within(int length) {
        List<TextRange> inside = all.stream().filter(range -> range.end() <= length).toList();
        Optional<TextRange> currentInside = current.filter(range -> range.end() <= length);
        if (inside.size() == all.size() && currentInside.isPresent() == current.isPresent()) {
            return this;
        }
        return new SearchMarks(inside, currentInside);
    }
}
