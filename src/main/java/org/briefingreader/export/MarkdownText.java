package org.briefingreader.export;

import java.util.regex.Pattern;

/**
 * Writes plain text as Markdown that shows it literally, in CommonMark and in the dialects of GitHub and Obsidian.
 *
 * <p>{@code 1. *not* <b>x</b> [a](b) ==hi==} -> {@code 1\. \*not\* \<b\>x\</b\> \[a\](b) \=\=hi\=\=}. Backslash
 * escapes are CommonMark's own way to say "this character is text" (any ASCII punctuation may be escaped). We escape
 * every character that starts something anywhere in a line: emphasis, code, links and images, raw HTML and autolinks,
 * headings, GFM tables and strikethrough, Obsidian's highlights ({@code ==}), comments ({@code %%}), math
 * ({@code $}), tags ({@code #}) and wiki links; an {@code &} that could begin an entity; and what starts a block only
 * at the start of a line: list markers ({@code -}, {@code +}, {@code 1.}, {@code 1)}). Spaces and tabs at either end
 * of a line, which Markdown would drop (two trailing spaces even make a line break), are written as character
 * references. Other punctuation ({@code . , : ; ! ? ' " ( )}) is left alone so the text stays readable.
 */
final class MarkdownText {
    private static final String ALWAYS = "\\`*_[]<>#|~=$%";
    private static final Pattern BLANK_LINES = Pattern.compile("\n{2,}");

    private MarkdownText() {
    }

    /** One line of text (line breaks become spaces), for a heading or a paragraph. */
    static String inline(String text) {
        return line(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
    }

    /**
     * A passage as the lines of a block quote: each line prefixed with {@code > }, a line break inside a paragraph
     * kept as a hard break (a backslash at the end of the line), a blank line kept as a paragraph break.
     * {@code "a\nb\n\nc"} -> {@code "> a\\\n> b\n>\n> c\n"}. Runs of blank lines count as one, and blank lines at the
     * start or end are dropped: Markdown has no way to show them.
     */
    static String blockQuote(String passage) {
        String text = stripNewlines(passage.replace("\r\n", "\n").replace('\r', '\n'));
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] paragraphs = text.indexOf("\n\n") < 0 ? new String[] {text} : BLANK_LINES.split(text);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append(">\n");
            }
            String[] lines = paragraphs[p].indexOf('\n') < 0 ? new String[] {paragraphs[p]}
                    : paragraphs[p].split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                out.append("> ").append(line(lines[i])).append(i < lines.length - 1 ? "\\\n" : "\n");
            }
        }
        return out.toString();
    }

    private static String stripNewlines(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(start, end);
    }

    /** One line with no line break in it. */
    static String line(String text) {
        int start = 0;
        while (start < text.length() && isBlank(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        references(text, 0, start, out);
        escapeLineStart(text, start, end, out);
        references(text, end, text.length(), out);
        return out.toString();
    }

    private static void escapeLineStart(String text, int start, int end, StringBuilder out) {
        int i = start;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            out.append('\\').append(text.charAt(i++));
        } else {
            int digits = i;
            while (digits < end && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
                digits++;
            }
            if (digits > i && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
                out.append(text, i, digits).append('\\').append(text.charAt(digits));
                i = digits + 1;
            }
        }
        int run = i;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || c == '&' && i + 1 < end && startsEntity(text.charAt(i + 1))) {
                out.append(text, run, i).append('\\');
                run = i;
            }
        }
        out.append(text, run, end);
    }

    private static boolean startsEntity(char next) {
        return next == '#' || next < 128 && Character.isLetterOrDigit(next);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static void references(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(text.charAt(i) == ' ' ? "&#32;" : "&#9;");
        }
    }
}
