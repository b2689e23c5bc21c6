package org.briefingreader.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefingreader.domain.Text;

/**
 * A run of non-blank lines between blank lines: the unit plain text is written in (a paragraph, a heading,
 * a list).
 *
 * <p>{@code "Title\r\n\r\n  • one\n  • two\n"} splits into {@code [Title]} (line 1) and
 * {@code [  • one,   • two]} (line 3). A line holding only whitespace, U+00A0 included, counts as blank, so
 * CRLF, CR and LF files split alike.
 *
 * @param firstLine the 1-based line number of the block's first line in the file
 * @param lines     the block's lines as written, without line terminators; never empty, none blank
 */
public record TextBlock(int firstLine, List<String> lines) {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** A letter or digit: a line without one ("---", "* * *") is a decorative rule, not text. */
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

    public TextBlock {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
    }

    /** Every line of {@code text}, line terminators of any kind removed. */
    public static List<String> lines(String text) {
        Objects.requireNonNull(text, "text");
        return List.of(LINE_BREAK.split(text, -1));
    }

    /**
     * The blocks of {@code lines} from index {@code from} on; decorative lines without a letter or digit
     * (such as {@code "***"}) separate blocks like blank lines do.
     */
    public static List<TextBlock> split(List<String> lines, int from) {
        List<TextBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = -1;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Text.isBlank(line) || !WORD_CHARACTER.matcher(line).find()) {
                if (!current.isEmpty()) {
                    blocks.add(new TextBlock(start + 1, current));
                    current = new ArrayList<>();
                }
                continue;
            }
            if (current.isEmpty()) {
                start = i;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new TextBlock(start + 1, current));
        }
        return blocks;
    }

    /** The block's lines joined by single spaces, whitespace normalised (U+00A0 included). */
    public String text() {
        return Text.normaliseSpace(String.join(" ", lines));
    }

    /** True for a block of exactly one line. */
    public boolean isSingleLine() {
        return lines.size() == 1;
    }

    /** True when the block opens with a bullet line: it is a list. */
    public boolean isList() {
        return BulletLine.item(lines.get(0)).isPresent();
    }

    /**
     * The block as paragraph texts: a plain block is one paragraph; each bullet item of a list is its own
     * (lines after a bullet continue it), with its marker removed or kept as asked.
     */
    public List<String> paragraphs(boolean removeMarkers) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            Optional<String> item = BulletLine.item(line);
            if (item.isPresent() && current.length() > 0) {
                addNormalised(texts, current);
                current.setLength(0);
            }
            current.append(' ').append(item.isPresent() && removeMarkers ? item.get() : line);
        }
        addNormalised(texts, current);
        return texts;
    }

    private static void addNormalised(List<String> texts, CharSequence text) {
        String normalised = Text.normaliseSpace(text.toString());
        if (!normalised.isEmpty()) {
            texts.add(normalised);
        }
    }
}
