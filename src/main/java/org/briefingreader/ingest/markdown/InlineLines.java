package org.briefingreader.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Turns the inline content of a heading or paragraph into plain-text source lines.
 *
 * <p>{@code "See _the_ [report](r.pdf) and `x`\n![map](m.png)"} gives the lines {@code "See the report and x"}
 * (own text {@code "See the and x"}); the image-only line has no text and is left out. Emphasis, links and
 * code keep their words; images are dropped (their alt text is a description, not article text); raw inline
 * HTML is dropped, but {@code <br>} breaks the line; runs of two or more {@code *} or {@code _} that commonmark
 * left unpaired are removed.
 */
final class InlineLines {
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    /** Emphasis marks left unpaired by a clipper ({@code "_**In **_**s****pace**"}): debris, not text. */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:!?)])");
    private static final Pattern DEBRIS = Pattern.compile("[*_]{2,}");
    /** {@code "**Authority: **15 U.S.C."}: a bold label whose closing marks commonmark could not pair. */
    private static final Pattern UNPAIRED_LABEL = Pattern.compile("\\s*(?:\\*\\*|__)([^*_]+?:)\\s*(?:\\*\\*|__)");

    private final List<SourceLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder own = new StringBuilder();
    private String leadingStrong = "";
    private int links;
    private int nodes;
    /** A space stood in for debris on this line: one before a full stop or comma is then not the writer's. */
    private boolean debris;
    private boolean emphasised;

    private InlineLines() {
    }

    /** The lines of {@code parent}'s inline children. */
    static List<SourceLine> of(Node parent) {
        InlineLines walker = new InlineLines();
        walker.topLevel(parent);
        walker.endLine();
        return walker.lines;
    }

    private void children(Node parent, boolean inLink) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node(node, inLink);
        }
    }

    /** The top-level inline nodes of the line, to tell a line that is one italic span. */
    private void topLevel(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof SoftLineBreak || node instanceof HardLineBreak)) {
                nodes++;
                emphasised = nodes == 1 && node instanceof Emphasis;
            }
            node(node, false);
        }
    }

    private void node(Node node, boolean inLink) {
        if (node instanceof org.commonmark.node.Text t) {
            Matcher label = UNPAIRED_LABEL.matcher(t.getLiteral());
            if (leadingStrong.isEmpty() && nothingYet() && label.lookingAt()) {
                leadingStrong = label.group(1);
            }
            append(withoutDebris(t.getLiteral()), inLink);
        } else if (node instanceof Code c) {
            append(c.getLiteral(), inLink);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            endLine();
        } else if (node instanceof HtmlInline h) {
            if (BR.matcher(h.getLiteral()).matches()) {
                endLine();
            }
        } else if (node instanceof Image) {
            return;
        } else if (node instanceof Link) {
            links++;
            children(node, true);
        } else if (node instanceof StrongEmphasis && leadingStrong.isEmpty() && nothingYet()) {
            int start = text.length();
            children(node, inLink);
            leadingStrong = text.substring(start);
        } else {
            children(node, inLink);
        }
    }

    /**
     * Unpaired emphasis marks removed: inside a word ({@code "s****pace"}) they join it; at either end of the
     * text, next to a link or another span ({@code "The****[National"}), they stood for a space.
     */
    private String withoutDebris(String literal) {
        Matcher m = DEBRIS.matcher(literal);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean edge = m.start() == 0 || m.end() == literal.length();
            debris |= edge;
            m.appendReplacement(out, edge ? " " : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Nothing but table pipes and spaces so far on this line. */
    private boolean nothingYet() {
        return text.toString().replace("|", "").isBlank();
    }

    private void append(String literal, boolean inLink) {
        text.append(literal);
        if (!inLink) {
            own.append(literal);
        }
    }

    private void endLine() {
        if (text.length() > 0 || links > 0) {
            String plain = debris ? SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("$1") : text.toString();
            String ownPlain = debris ? SPACE_BEFORE_PUNCTUATION.matcher(own).replaceAll("$1") : own.toString();
            lines.add(new SourceLine(plain, ownPlain, links, leadingStrong, emphasised && nodes == 1));
        }
        text.setLength(0);
        own.setLength(0);
        leadingStrong = "";
        links = 0;
        nodes = 0;
        debris = false;
        emphasised = false;
    }
}
