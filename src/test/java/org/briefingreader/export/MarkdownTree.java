package org.briefingreader.export;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads Markdown back as CommonMark's syntax tree, and the text a reader sees in a part of it. */
final class MarkdownTree {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownTree() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The text shown: paragraphs apart by a blank line, a line break as {@code \n}. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getLiteral());
        } else if (node instanceof Code c) {
            out.append(c.getLiteral());
        } else if (node instanceof HtmlInline h) {
            out.append(h.getLiteral());
        } else if (node instanceof HtmlBlock h) {
            out.append(h.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph && child.getPrevious() != null) {
                out.append("\n\n");
            }
            appendText(child, out);
        }
    }

    /** Every node of this type under {@code root}, in document order. */
    static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }

    /** The top-level blocks of a document, in order. */
    static List<Node> blocks(Node document) {
        List<Node> blocks = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            blocks.add(child);
        }
        return blocks;
    }

    /** Whether any node under {@code root} (itself included) is of a type not in {@code allowed}. */
    static List<String> typesOutside(Node root, List<Class<? extends Node>> allowed) {
        List<String> others = new ArrayList<>();
        for (Node node : all(root, Node.class)) {
            if (allowed.stream().noneMatch(t -> t.isInstance(node))) {
                others.add(node.getClass().getSimpleName());
            }
        }
        return others;
    }
}
