package org.briefingreader.quality;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The headings of a Markdown text as CommonMark defines them (ATX {@code ## Title} and Setext underlined lines, every
 * level), each as its plain text: emphasis, links and code spans give their text, line breaks a space.
 */
public final class MarkdownHeadings {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownHeadings() {
    }

    /** The heading texts of {@code markdown} in order; headings without text are left out. */
    public static List<String> of(String markdown) {
        List<String> headings = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = plainText(heading).trim();
                if (!text.isEmpty()) {
                    headings.add(text);
                }
            }
        });
        return headings;
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }
}
