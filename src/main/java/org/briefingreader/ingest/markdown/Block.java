package org.briefingreader.ingest.markdown;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.Text;

/**
 * One block of a Markdown body in reading order: a heading, a paragraph, a list item, a table row, quoted or
 * code text, a thematic break.
 *
 * @param kind  what the block is
 * @param level the heading level (1-6), 0 for other blocks
 * @param mark  the list mark of a list item
 * @param lines the block's source lines as plain text; empty only for a break
 * @param line  the 1-based line in the file where the block starts
 */
record Block(Kind kind, int level, Optional<ListMark> mark, List<SourceLine> lines, int line) {
    /** The kinds of block the importer tells apart. */
    enum Kind {
        HEADING, PARAGRAPH, ITEM, ROW, QUOTE, CODE, HTML, BREAK
    }

    Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mark, "mark");
        lines = List.copyOf(lines);
    }

    static Block of(Kind kind, List<SourceLine> lines, int line) {
        return new Block(kind, 0, Optional.empty(), lines, line);
    }

    /** The same block with other lines. */
    Block withLines(List<SourceLine> newLines) {
        return new Block(kind, level, mark, newLines, line);
    }

    /** The lines' text joined by one space. */
    String text() {
        return Text.normaliseSpace(lines.stream().map(SourceLine::text).collect(Collectors.joining(" ")));
    }

    boolean isHeading() {
        return kind == Kind.HEADING;
    }

    /** True for blocks that hold body text (not headings or breaks). */
    boolean isText() {
        return kind != Kind.HEADING && kind != Kind.BREAK;
    }
}
