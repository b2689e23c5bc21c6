package org.briefingreader.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an article element as blocks in reading order: {@code h1}-{@code h6} become headings, {@code li} list
 * items (numbered inside {@code ol}, else bulleted), {@code figcaption} captions, every other block element
 * ({@code p}, {@code div}, {@code blockquote}, a table row...) paragraphs.
 *
 * <p>Text is the element's text with entities decoded and whitespace normalised; two {@code <br>} in a row
 * split a paragraph, one is a space; table cells of a row join into one paragraph. Scripts, styles, forms'
 * controls, SVG and other non-text elements are skipped; text with no letter or digit (a lone "|" or "•")
 * is dropped. The walk is iterative ({@link NodeTraversor}), so any nesting depth is safe.
 */
final class BlockReader {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "button", "select", "input", "textarea", "iframe", "object", "embed", "canvas", "head", "audio",
            "video", "picture", "source", "img", "map");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
            "caption", "legend", "html");
    /** Stands for a line break ({@code <br>}, or a newline in {@code <pre>}); source newlines are spaces. */
    private static final char LINE_BREAK = '\u2028';
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\u2028[\\s\\p{Z}]*\u2028");
    private static final Pattern SOURCE_SPACE = Pattern.compile("\\s+");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private BlockReader() {
    }

    /** The blocks of {@code article}, in document order. */
    static List<ArticleBlock> read(Element article) {
        Walker walker = new Walker();
        NodeTraversor.filter(walker, article);
        walker.flush();
        return walker.blocks;
    }

    /** The context text is gathered in: what its blocks become. */
    private record Context(Element owner, ArticleBlock.Kind kind, int level, ListMark mark) {
    }

    private static final class Walker implements NodeFilter {
        private final List<ArticleBlock> blocks = new ArrayList<>();
        private final Deque<Context> contexts = new ArrayDeque<>();
        private final StringBuilder pending = new StringBuilder();
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String raw = text.getWholeText();
                pending.append(preDepth > 0 ? raw.replace('\n', LINE_BREAK) : SOURCE_SPACE.matcher(raw).replaceAll(" "));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
            if (tag.equals("br")) {
                pending.append(LINE_BREAK);
            } else if (tag.equals("td") || tag.equals("th")) {
                pending.append(' ');
            } else if (BLOCKS.contains(tag)) {
                flush();
                Optional<Context> own = context(element, tag);
                if (own.isEmpty() && !contexts.isEmpty() && contexts.peek().kind() == ArticleBlock.Kind.HEADING) {
                    // A paragraph inside a heading (an unclosed <h2> before <p>) is text, not heading.
                    own = Optional.of(new Context(element, ArticleBlock.Kind.PARAGRAPH, 0, null));
                }
                own.ifPresent(contexts::push);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.normalName().equals("pre")) {
                preDepth--;
            }
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
                if (!contexts.isEmpty() && contexts.peek().owner() == element) {
                    contexts.pop();
                }
            }
            return FilterResult.CONTINUE;
        }

        private static Optional<Context> context(Element element, String tag) {
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                return Optional.of(new Context(element, ArticleBlock.Kind.HEADING, tag.charAt(1) - '0', null));
            }
            if (tag.equals("li")) {
                Element list = element.parent();
                boolean numbered = list != null && list.normalName().equals("ol");
                return Optional.of(new Context(element, ArticleBlock.Kind.LIST_ITEM, 0,
                        numbered ? ListMark.NUMBERED : ListMark.BULLET));
            }
            if (tag.equals("figcaption") || tag.equals("caption")) {
                return Optional.of(new Context(element, ArticleBlock.Kind.CAPTION, 0, null));
            }
            return Optional.empty();
        }

        void flush() {
            if (pending.length() == 0) {
                return;
            }
            Context context = contexts.peek();
            String[] parts = pending.indexOf(String.valueOf(LINE_BREAK)) < 0
                    ? new String[] {pending.toString()} : PARAGRAPH_BREAK.split(pending);
            for (String part : parts) {
                String text = Text.normaliseSpace(part);
                if (HAS_WORD.matcher(text).find()) {
                    blocks.add(block(context, text));
                }
            }
            pending.setLength(0);
        }

        private static ArticleBlock block(Context context, String text) {
            if (context == null) {
                return ArticleBlock.paragraph(text);
            }
            return switch (context.kind()) {
                case HEADING -> ArticleBlock.heading(context.level(), text);
                case LIST_ITEM -> ArticleBlock.listItem(text, context.mark());
                case CAPTION -> ArticleBlock.caption(text);
                case PARAGRAPH -> ArticleBlock.paragraph(text);
            };
        }
    }
}
