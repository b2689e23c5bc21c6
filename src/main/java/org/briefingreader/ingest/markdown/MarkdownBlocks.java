package org.briefingreader.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * document's structure is not the article's) as quote blocks; code is
 * kept as plain text, one source line per line; raw HTML blocks are reduced to their visible text (scripts,
 * styles and media dropped), and dropped when nothing is left, as for HTML comments.
 */
final class MarkdownBlocks {
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

    private void html(HtmlBlock node) {
        Document doc = Jsoup.parseBodyFragment(node.getLiteral());
        doc.select("script, style, svg, iframe, noscript, template, video, audio, object").remove();
        String text = doc.body().text();
        if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            blocks.add(Block.of(Block.Kind.HTML, List.of(SourceLine.plain(text)), line(node)));
        }
    }

    private int line(Node node) {
        return node.getSourceSpans().isEmpty() ? firstLine : firstLine + node.getSourceSpans().get(0).getLineIndex();
    }
}
