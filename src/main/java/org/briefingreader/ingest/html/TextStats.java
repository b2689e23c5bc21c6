package org.briefingreader.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, length of text inside links, commas, and descendant paragraphs, images, form fields and
 * headings of every element under a root, counted in one iterative pass so that judging every block of a
 * large or deeply nested page stays linear in its size.
 */
final class TextStats {
    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int COMMAS = 2;
    private static final int PARAGRAPHS = 3;
    private static final int IMAGES = 4;
    private static final int INPUTS = 5;
    private static final int HEADINGS = 6;
    private static final int SIZE = 7;

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
                    int[] own = stats.counts.computeIfAbsent(element, e -> new int[SIZE]);
                    if (element.normalName().equals("a")) {
                        own[LINK] = own[TEXT];
                    }
                    if (element != root && element.parent() != null) {
                        int[] up = stats.counts.computeIfAbsent(element.parent(), e -> new int[SIZE]);
                        up[TEXT] += own[TEXT];
                        up[LINK] += own[LINK];
                        for (int i = COMMAS; i < SIZE; i++) {
                            up[i] += own[i];
                        }
                        int kind = kind(element.normalName());
                        if (kind >= 0) {
                            up[kind]++;
                        }
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    int[] up = stats.counts.computeIfAbsent(parent, e -> new int[SIZE]);
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

    /** Descendant {@code p} elements (the element itself not counted). */
    int paragraphs(Element element) {
        return get(element)[PARAGRAPHS];
    }

    int images(Element element) {
        return get(element)[IMAGES];
    }

    int inputs(Element element) {
        return get(element)[INPUTS];
    }

    int headings(Element element) {
        return get(element)[HEADINGS];
    }

    private static int kind(String tag) {
        return switch (tag) {
            case "p" -> PARAGRAPHS;
            case "img" -> IMAGES;
            case "input" -> INPUTS;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> HEADINGS;
            default -> -1;
        };
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
        return c == null ? new int[SIZE] : c;
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
