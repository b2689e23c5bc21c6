package org.briefingreader.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.ListMark;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a Markdown body with commonmark and flattens its syntax tree into {@link Block}s in reading order.
 *
 * <p>{@code "Intro\n===\n\n- one\n- two\n\n> said"} gives a level-1 heading "Intro", two bullet items and a
 * quote paragraph. ATX and Setext headings are alike; a list item's own paragraphs are joined into one item and
 * its nested lists follow as items of their own; block quotes keep their paragraphs (and headings: a quoted
 * document's structure is not the article's) as quote blocks; code is kept as plain text, one source line per
 * line (but indented code holding HTML tags is read as HTML); raw HTML blocks are reduced to their visible
 * text (scripts, styles, media and {@code aria-hidden} parts dropped, Markdown links and images written inside
 * reduced too), and dropped when nothing is left, as for HTML comments.
 */
final class MarkdownBlocks {
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)\\s]*\\)");
    private static final Pattern TAG = Pattern.compile("<(/)?([A-Za-z][A-Za-z0-9-]*)[^>]*?(/)?>");
    private static final java.util.Set<String> VOID = java.util.Set.of("br", "hr", "img", "input", "meta", "link",
            "source", "wbr", "area", "base", "col", "embed", "track");
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final int firstLine;
    private final List<Block> blocks = new ArrayList<>();

    private MarkdownBlocks(int firstLine) {
        this.firstLine = firstLine;
    }

    /** The blocks of {@code body}, whose first line is line {@code firstLine} (1-based) of the file. */
    static List<Block> read(String body, int firstLine) {
        MarkdownBlocks reader = new MarkdownBlocks(firstLine);
        reader.children(PARSER.parse(body), false);
        return reader.blocks;
    }

    private void children(Node parent, boolean quoted) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, quoted);
        }
    }

    private void block(Node node, boolean quoted) {
        if (node instanceof Heading h && quoted) {
            blocks.add(Block.of(Block.Kind.QUOTE, InlineLines.of(h), line(h)));
        } else if (node instanceof Heading h) {
            blocks.add(new Block(Block.Kind.HEADING, h.getLevel(), Optional.empty(), InlineLines.of(h), line(h)));
        } else if (node instanceof Paragraph p) {
            blocks.add(Block.of(quoted ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, InlineLines.of(p), line(p)));
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            ListMark mark = node instanceof BulletList ? ListMark.BULLET : ListMark.NUMBERED;
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li) {
                    item(li, mark, quoted);
                }
            }
        } else if (node instanceof BlockQuote) {
            children(node, true);
        } else if (node instanceof FencedCodeBlock c) {
            code(c.getLiteral(), c);
        } else if (node instanceof IndentedCodeBlock c && TAG.matcher(c.getLiteral()).find()) {
            // Indented HTML (inside a <div> of a post) is markup indented for looks, not a code sample.
            addHtmlText(c.getLiteral(), c);
        } else if (node instanceof IndentedCodeBlock c) {
            code(c.getLiteral(), c);
        } else if (node instanceof HtmlBlock h) {
            html(h);
        } else if (node instanceof ThematicBreak) {
            blocks.add(Block.of(Block.Kind.BREAK, List.of(), line(node)));
        } else {
            children(node, quoted);
        }
    }

    /** One item: its own paragraphs joined, then its nested lists and other blocks in order. */
    private void item(ListItem item, ListMark mark, boolean quoted) {
        List<SourceLine> own = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph && rest.isEmpty()) {
                own.addAll(InlineLines.of(child));
            } else {
                rest.add(child);
            }
        }
        if (!own.isEmpty()) {
            blocks.add(new Block(Block.Kind.ITEM, 0, Optional.of(mark), own, line(item)));
        }
        for (Node child : rest) {
            block(child, quoted);
        }
    }

    private void code(String literal, Node node) {
        List<SourceLine> lines = new ArrayList<>();
        for (String text : literal.split("\\R")) {
            if (!text.isBlank()) {
                lines.add(SourceLine.plain(text));
            }
        }
        if (!lines.isEmpty()) {
            blocks.add(Block.of(Block.Kind.CODE, lines, line(node)));
        }
    }

    /**
     * Raw HTML as its visible text. An HTML block runs on to the next blank line, so Markdown written straight
     * under a tag ({@code "<br/>\n## The third sprint"}) belongs to it: lines from the first one not opening
     * with {@code <} are read as Markdown again.
     */
    private void html(HtmlBlock node) {
        String[] lines = node.getLiteral().split("\\R", -1);
        int markdown = 0;
        while (markdown < lines.length && lines[markdown].strip().startsWith("<")) {
            markdown++;
        }
        String tags = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, markdown));
        if (!closed(tags)) {
            addHtmlText(node.getLiteral(), node);
            return;
        }
        addHtmlText(tags, node);
        if (markdown > 0 && markdown < lines.length && closed(tags)) {
            String rest = String.join("\n", java.util.Arrays.copyOfRange(lines, markdown, lines.length));
            if (!rest.isBlank()) {
                MarkdownBlocks inner = new MarkdownBlocks(line(node) + markdown);
                inner.children(PARSER.parse(rest), false);
                blocks.addAll(inner.blocks);
            }
        }
    }

    /** True when every element the HTML opens it also closes ({@code <br/>}, {@code <p>x</p>}; not {@code <pre>}). */
    private static boolean closed(String html) {
        int depth = 0;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            boolean closing = tag.group(1) != null;
            boolean voidTag = VOID.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT)) || tag.group(3) != null;
            depth += closing ? -1 : voidTag ? 0 : 1;
        }
        return depth <= 0;
    }

    private void addHtmlText(String html, Node node) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, svg, iframe, noscript, template, video, audio, object, [aria-hidden=true]").remove();
        // Markdown written inside an HTML block stays literal: its images go, its links keep their words.
        String text = MD_LINK.matcher(MD_IMAGE.matcher(doc.body().text()).replaceAll("")).replaceAll("$1");
        if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            blocks.add(Block.of(Block.Kind.HTML, List.of(SourceLine.plain(text)), line(node)));
        }
    }

    private int line(Node node) {
        return node.getSourceSpans().isEmpty() ? firstLine : firstLine + node.getSourceSpans().get(0).getLineIndex();
    }
}
