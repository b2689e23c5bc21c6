package org.briefingreader.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a note's own Markdown in its place in the Markdown export: written as the user wrote it, except for what
 * would reach beyond it.
 *
 * <p>{@code "Thought\n---\n# Why\n```java\nx"} -> {@code "Thought\n\n---\n### Why\n```java\nx\n```"}. The exporter
 * puts a blank line before and after every note, so a note can neither continue the passage's quote nor absorb the
 * line of tags after it, and a {@code ---} on its first line is a rule (front matter exists only at the top of a
 * file). Three things would still escape, and are changed:
 * <ul>
 *   <li>a code fence or an HTML block (comment, {@code <script>}, {@code <pre>}, ...) left open at the end would
 *       swallow everything after it, up to the end of the file: it is closed;</li>
 *   <li>a heading ({@code #} ... {@code ######}) would rank with the export's own briefing and section headings: it
 *       goes two levels down ({@code #} -> {@code ###}, at most {@code ######});</li>
 *   <li>a {@code ---} or {@code ===} line right under a line of text would make that text a level-2 or level-1
 *       heading (a setext heading): a blank line goes before it, so {@code ---} is a rule.</li>
 * </ul>
 * Only lines at the note's top level are looked at (at most three spaces in, outside fences and HTML blocks); what
 * sits in a list item or a block quote of the note ends with it. HTML in a note is the user's and is left as the
 * Markdown reader treats it. Line ends become {@code \n}.
 */
final class MarkdownNote {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^( {0,3})(#{1,6})([ \\t].*)?$");
    private static final Pattern UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern RAW_TEXT_TAG = Pattern.compile("^ {0,3}<(script|pre|style|textarea)([ \\t>].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_TEXT_END = Pattern.compile("</(script|pre|style|textarea)>",
            Pattern.CASE_INSENSITIVE);
    private static final int DEMOTE = 2;

    private MarkdownNote() {
    }

    static String contain(String note) {
        String[] lines = note.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> out = new ArrayList<>();
        String fence = null;
        String htmlEnd = null;
        String indent = "";
        for (String line : lines) {
            if (fence != null) {
                out.add(line);
                if (closesFence(line, fence)) {
                    fence = null;
                }
                continue;
            }
            if (htmlEnd != null) {
                out.add(line);
                if (ends(line, htmlEnd)) {
                    htmlEnd = null;
                }
                continue;
            }
            char first = firstAfterIndent(line);
            Matcher m = first == '`' || first == '~' ? FENCE.matcher(line) : null;
            if (m != null && m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).indexOf('`') >= 0)) {
                fence = m.group(1);
                indent = leadingSpaces(line);
                out.add(line);
                continue;
            }
            String end = first == '<' ? htmlBlockEnd(line) : null;
            if (end != null) {
                out.add(line);
                htmlEnd = ends(line, end) ? null : end;
                indent = leadingSpaces(line);
                continue;
            }
            if ((first == '-' || first == '=') && UNDERLINE.matcher(line).matches() && !out.isEmpty()
                    && !out.get(out.size() - 1).isBlank()) {
                out.add("");
            }
            out.add(first == '#' ? demoted(line) : line);
        }
        // indented as the opening line, the closer ends a block opened in a list item inside that list item
        if (fence != null) {
            out.add(indent + fence);
        } else if (htmlEnd != null) {
            out.add(indent + htmlEnd);
        }
        return String.join("\n", out);
    }

    /** The first character after at most three spaces, where a block's marker must be; a space if there is none. */
    private static char firstAfterIndent(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() ? line.charAt(i) : ' ';
    }

    private static String leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(0, n);
    }

    private static String demoted(String line) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches()) {
            return line;
        }
        int level = Math.min(6, m.group(2).length() + DEMOTE);
        return m.group(1) + "#".repeat(level) + (m.group(3) == null ? "" : m.group(3));
    }

    private static boolean closesFence(String line, String fence) {
        String s = line.stripTrailing();
        int indent = 0;
        while (indent < s.length() && indent < 4 && s.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3) {
            return false;
        }
        String rest = s.substring(indent);
        char c = fence.charAt(0);
        return rest.length() >= fence.length() && rest.chars().allMatch(ch -> ch == c);
    }

    /** What ends the HTML block this line starts (CommonMark's kinds 1 to 5), or null if it starts none of them. */
    private static String htmlBlockEnd(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3 || !line.startsWith("<", indent)) {
            return null;
        }
        String s = line.substring(indent);
        Matcher raw = RAW_TEXT_TAG.matcher(line);
        if (raw.matches()) {
            return "</" + raw.group(1).toLowerCase(Locale.ROOT) + ">";
        }
        if (s.startsWith("<!--")) {
            return "-->";
        }
        if (s.startsWith("<?")) {
            return "?>";
        }
        if (s.startsWith("<![CDATA[")) {
            return "]]>";
        }
        if (s.length() > 2 && s.charAt(1) == '!' && s.charAt(2) < 128 && Character.isLetter(s.charAt(2))) {
            return ">";
        }
        return null;
    }

    /** Whether the line holds the end of the block: any of the four raw-text end tags ends any of them. */
    private static boolean ends(String line, String end) {
        return end.startsWith("</") ? RAW_TEXT_END.matcher(line).find() : line.contains(end);
    }
}
