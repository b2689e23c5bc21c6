package org.briefingreader.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.briefingreader.domain.Text;
import org.briefingreader.ingest.text.MetadataLineParser;

/**
 * Removes what a saved web page adds around an article: navigation, repeated titles, metadata tables, the
 * table of contents and the footer, keeping the article's blocks in order.
 *
 * <p>The rules, line by line within each block (a block whose lines all go is dropped):
 * <ul>
 * <li>link-only lines (links and nothing but separators of their own: a menu, a breadcrumb, a "Download PDF"
 *     link, a version list) are navigation, in a web clip anywhere, in other documents only before the first
 *     paragraph of text; lines without a letter or digit (an image, {@code |}) are empty;
 * <li>static-site template tags ({@code {% image "x.jpg" %}}, <code>{{ "kane" | team_photo }}</code>) are cut
 *     out of every line; a line that held only tags goes;
 * <li>table rows {@code | **Key:** | value} are metadata: their pair goes to the {@link HeaderFields} (after the
 *     header's own values) and the row goes;
 * <li>lines the {@link Boilerplate} list names go; so does a line that is one malformed HTML tag left as text;
 * <li>a line repeating the title, alone or followed by a date ({@code "TitleUpdated April 13, 2026 (98-317)"},
 *     links around it ignored) goes;
 * <li>other table rows ({@code | 1. | A footnote.}) become row blocks of their own, cells joined by a space;
 *     so do the other lines of a paragraph holding such rows.
 * </ul>
 * And block by block: a heading equal to the title goes; a heading whose next block was link-only navigation is
 * navigation too ("Figures" above a list of links); a heading "Contents" or "Table of
 * Contents" and the list under it go, the list's entries kept as {@link #contents()}; a block that the
 * boilerplate list says ends the article, once some text was kept, drops it and everything after it; so does
 * such a line inside a block (a footer run on from the last list item), the block's lines before it kept.
 * Thematic breaks go. Code blocks are kept as written, but for lines that are only template tags.
 */
final class ClipCleaner {
    /** {@code [All of the above.]( )}: a link whose target was a template tag, left as text by commonmark. */
    private static final Pattern EMPTY_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(\\s*\\)");
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{%.*?%\\}|\\{\\{.*?\\}\\}");
    /** A line that is one HTML tag commonmark could not read (quotes nested in an attribute): markup, not words. */
    private static final Pattern LONE_TAG = Pattern.compile(
            "<(?i:img|br|hr|div|span|p|figure|iframe|source|video|a)\\b[^<]*>");
    private static final Pattern CONTENTS = Pattern.compile("(?i)(?:table of )?contents:?");
    private static final int MAX_TITLE_TAIL = 80;
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(st|nd|rd|th)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\u2026\"\u201D)]$");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:\\p{Ll}|[,.;:)\u2019'])");

    private enum Drop {
        NONE, NAVIGATION, EMPTY
    }

    private final Boilerplate boilerplate;
    private final MetadataLineParser dates = new MetadataLineParser();
    private final List<String> contents = new ArrayList<>();
    private boolean webClip = true;
    private boolean bodyStarted;

    ClipCleaner(Boilerplate boilerplate) {
        this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
    }

    /**
     * The article's blocks; link-only lines count as navigation everywhere when {@code webClip} (the file has a
     * web clip's {@code **Key:** value} header), else only before the first paragraph of text, since a list of
     * links further down an authored document ("Resources") is part of it.
     */
    List<Block> clean(List<Block> blocks, String title, HeaderFields fields, boolean webClip) {
        this.webClip = webClip;
        return clean(blocks, title, fields);
    }

    /** The article's blocks of {@code blocks}, given the document's {@code title}; table metadata to {@code fields}. */
    private List<Block> clean(List<Block> blocks, String title, HeaderFields fields) {
        List<Block> kept = new ArrayList<>();
        Block pendingHeading = null;
        boolean inContents = false;
        boolean ended = false;
        for (Block block : blocks) {
            if (inContents && block.kind() == Block.Kind.ITEM) {
                contents.add(block.text());
                continue;
            }
            inContents = false;
            if (block.kind() == Block.Kind.BREAK) {
                continue;
            }
            if (ended || hasText(kept, pendingHeading) && boilerplate.endsArticle(firstLine(block))) {
                break;
            }
            if (block.isHeading()) {
                String text = block.text();
                if (CONTENTS.matcher(text).matches()) {
                    inContents = true;
                } else if (!sameText(text, title) && !boilerplate.drops(text) && !text.isEmpty()) {
                    flush(kept, pendingHeading);
                    pendingHeading = block;
                    continue;
                }
                flush(kept, pendingHeading);
                pendingHeading = null;
                continue;
            }
            if (block.kind() == Block.Kind.CODE) {
                // Code is shown as written, but a line that is one template tag is a page's embed indented by chance.
                List<SourceLine> code = block.lines().stream()
                        .filter(l -> !TEMPLATE_TAG.matcher(l.text()).replaceAll("").isBlank()).toList();
                if (!code.isEmpty()) {
                    flush(kept, pendingHeading);
                    pendingHeading = null;
                    bodyStarted = true;
                    kept.add(block.withLines(code));
                }
                continue;
            }
            List<SourceLine> lines = new ArrayList<>();
            Drop drop = Drop.EMPTY;
            List<SourceLine> source = block.lines();
            boolean previousKept = false;
            for (int i = 0; i < source.size() && !ended; i++) {
                if (i > 0 && boilerplate.endsArticle(source.get(i).text())) {
                    // A footer glued to the last paragraph or list item as a lazy continuation line.
                    ended = true;
                    break;
                }
                SourceLine line = withoutTemplateTags(source.get(i));
                Drop reason = judge(line, title, fields);
                if (reason == Drop.NAVIGATION && line.isLinkOnly() && !webClip && bodyStarted) {
                    reason = Drop.NONE;
                }
                if (reason == Drop.NAVIGATION && line.isLinkOnly() && insideSentence(source, i, previousKept)) {
                    reason = Drop.NONE;
                }
                previousKept = reason == Drop.NONE;
                if (reason == Drop.NONE) {
                    lines.add(line);
                } else if (reason == Drop.NAVIGATION && line.isLinkOnly()) {
                    drop = Drop.NAVIGATION;
                }
            }
            if (lines.isEmpty()) {
                // A heading straight above navigation is part of it ("Figures", a site's section name).
                if (drop == Drop.NAVIGATION) {
                    pendingHeading = null;
                }
                continue;
            }
            flush(kept, pendingHeading);
            pendingHeading = null;
            bodyStarted = true;
            addSplittingRows(kept, block.withLines(lines));
        }
        flush(kept, pendingHeading);
        return kept;
    }

    /** The entries of the document's "Contents" list, in order; empty when it has none. */
    List<String> contents() {
        return List.copyOf(contents);
    }

    private Drop judge(SourceLine line, String title, HeaderFields fields) {
        String text = line.text();
        if (line.isEmpty() || LONE_TAG.matcher(text).matches()) {
            return Drop.EMPTY;
        }
        if (line.isLinkOnly() || boilerplate.drops(text)) {
            return Drop.NAVIGATION;
        }
        String key = line.leadingStrong();
        if (text.startsWith("|") && key.endsWith(":") && key.length() > 1) {
            String value = text.substring(text.indexOf(key) + key.length()).replace("|", " ");
            fields.add(key.substring(0, key.length() - 1), Text.normaliseSpace(value));
            return Drop.NAVIGATION;
        }
        return repeatsTitle(line.ownText(), title) ? Drop.NAVIGATION : Drop.NONE;
    }

    /** The line without static-site template tags; a line that was only tags is left empty. */
    private static SourceLine withoutTemplateTags(SourceLine line) {
        if (!line.text().contains("{{") && !line.text().contains("{%")) {
            return line;
        }
        String text = EMPTY_LINK.matcher(TEMPLATE_TAG.matcher(line.text()).replaceAll(" ")).replaceAll("$1");
        String own = EMPTY_LINK.matcher(TEMPLATE_TAG.matcher(line.ownText()).replaceAll(" ")).replaceAll("$1");
        return new SourceLine(text, own, line.links(), line.leadingStrong(), line.emphasised());
    }

    /**
     * A link on a line of its own in hard-wrapped prose ("and\n[Federalist](/f)\nhave all debuted") is part of
     * a sentence: the line before it was kept and ends without a full stop, or the next opens in lower case.
     */
    private static boolean insideSentence(List<SourceLine> lines, int i, boolean previousKept) {
        boolean continuesBefore = i > 0 && previousKept && !SENTENCE_END.matcher(lines.get(i - 1).text()).find();
        boolean continuesAfter = i + 1 < lines.size() && CONTINUATION.matcher(lines.get(i + 1).text()).find();
        return continuesBefore || continuesAfter;
    }

    private boolean repeatsTitle(String own, String title) {
        String line = titleKey(own);
        String key = titleKey(title);
        if (key.isEmpty() || !line.startsWith(key)) {
            return false;
        }
        String tail = line.substring(key.length()).strip();
        return tail.isEmpty() || tail.length() <= MAX_TITLE_TAIL && dates.mentionsDate(tail);
    }

    /**
     * A title as compared with a line that may repeat it: lower case, curly quotes straight, ordinals bare (a
     * clip's "119th" whose superscript was lost reads "119").
     */
    private static String titleKey(String text) {
        String straight = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        return ORDINAL.matcher(straight).replaceAll("$1");
    }

    /**
     * Table rows (lines opening with a pipe) each become a row block of their cells; so do the other lines of
     * a block holding rows (a cell's text running on, a figure's subtitle).
     */
    private static void addSplittingRows(List<Block> kept, Block block) {
        List<SourceLine> run = new ArrayList<>();
        boolean table = block.lines().stream().anyMatch(l -> l.text().startsWith("|"));
        for (SourceLine line : block.lines()) {
            if (table) {
                if (!run.isEmpty()) {
                    kept.add(block.withLines(run));
                    run = new ArrayList<>();
                }
                String cells = Text.normaliseSpace(line.text().replace('|', ' '));
                if (cells.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    kept.add(Block.of(Block.Kind.ROW, List.of(SourceLine.plain(cells)), block.line()));
                }
            } else {
                run.add(line);
            }
        }
        if (!run.isEmpty()) {
            kept.add(block.withLines(run));
        }
    }

    private static void flush(List<Block> kept, Block pending) {
        if (pending != null) {
            kept.add(pending);
        }
    }

    private static boolean hasText(List<Block> kept, Block pending) {
        return pending != null || kept.stream().anyMatch(Block::isText);
    }

    private static String firstLine(Block block) {
        return block.lines().isEmpty() ? "" : block.lines().get(0).text();
    }

    /** Same words, case, spacing and punctuation aside. */
    static boolean sameText(String a, String b) {
        return key(a).equals(key(b)) && !key(a).isEmpty();
    }

    static String key(String text) {
        return Text.normaliseSpace(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
