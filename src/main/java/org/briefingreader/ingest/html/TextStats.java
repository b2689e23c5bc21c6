package org.briefingreader.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, length of text inside links, and commas of every element under a root, counted in one
 * iterative pass so that scoring every block of a large page stays linear in its size.
 */
final class TextStats {
    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int COMMAS = 2;

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // counted on the way out
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    int[] own = stats.counts.computeIfAbsent(element, e -> new int[3]);
                    if (element.normalName().equals("a")) {
                        own[LINK] = own[TEXT];
                    }
                    if (element != root && element.parent() != null) {
                        int[] up = stats.counts.computeIfAbsent(element.parent(), e -> new int[3]);
                        up[TEXT] += own[TEXT];
                        up[LINK] += own[LINK];
                        up[COMMAS] += own[COMMAS];
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    int[] up = stats.counts.computeIfAbsent(parent, e -> new int[3]);
                    String s = text.getWholeText();
                    up[TEXT] += visibleLength(s);
                    up[COMMAS] += commas(s);
                }
            }
        }, root);
        return stats;
    }

    int text(Element element) {
        return get(element)[TEXT];
    }

    int commas(Element element) {
        return get(element)[COMMAS];
    }

    /** Share of the element's text that is link text; 0 for an element without text. */
    double linkDensity(Element element) {
        int[] c = get(element);
        return c[TEXT] == 0 ? 0 : (double) c[LINK] / c[TEXT];
    }

    private int[] get(Element element) {
        int[] c = counts.get(element);
        return c == null ? new int[3] : c;
    }

    /** Characters once runs of whitespace count as one. */
    private static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0';
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c') {
                n++;
            }
        }
        return n;
    }
}
