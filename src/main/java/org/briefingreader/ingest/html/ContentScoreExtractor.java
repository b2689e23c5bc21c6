package org.briefingreader.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Our own article finder, after Mozilla Readability's and boilerpipe's idea: text blocks vote for the
 * containers they sit in, and the container with the most, least-linked text is the article.
 *
 * <p>Steps: {@link PageCleaner} removes boilerplate; every paragraph-like block ({@code p}, {@code pre},
 * {@code td}, a {@code div} without block children) of 25+ characters scores 1 + its commas + one per 100
 * characters (at most 3), given in full to its parent, half to its grandparent and a third of the level to
 * three more ancestors; a container starts from its tag (+5 {@code div}, -3 lists, -5 headings) and its
 * class/id (+25 "article", "content"...; -25 "comment", "sidebar"...), and its total is scaled by
 * {@code 1 - link density}. The best container is widened to an ancestor when that one scores higher or it is
 * an only child; siblings scoring a fifth of it, of its class with prose too deep to have voted, or holding
 * plain prose, join it. Last, blocks inside that
 * are mostly links, images or form fields are dropped. All walks are iterative.
 */
final class ContentScoreExtractor implements ArticleExtractor {
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p",
            "pre", "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
            + "|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll"
            + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final int MIN_BLOCK = 25;
    private static final int ANCESTORS = 5;
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_SHARING = 3;

    /** Less text than this after cleaning by class and id hints means the hints were wrong: try without. */
    private static final int ENOUGH_TEXT = 500;

    @Override
    public Optional<Element> extract(Document page) {
        Document copy = page.clone();
        Element article = extract(page, true);
        if (article.text().length() >= ENOUGH_TEXT) {
            return Optional.of(article);
        }
        Element second = extract(copy, false);
        return Optional.of(second.text().length() > article.text().length() ? second : article);
    }

    private static Element extract(Document page, boolean byHints) {
        PageCleaner.clean(page, byHints);
        Element body = page.body();
        TextStats stats = TextStats.of(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : body.getAllElements()) {
            if (!isParagraphLike(block) || stats.text(block) < MIN_BLOCK) {
                continue;
            }
            double score = 1 + stats.commas(block) + Math.min(stats.text(block) / 100, 3);
            Element ancestor = block.parent();
            for (int level = 0; ancestor != null && level < ANCESTORS; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initial(ancestor) + score / divider, (old, add) -> old + score / divider);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((element, score) -> score * (1 - stats.linkDensity(element)));
        List<Element> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(TOP_CANDIDATES)
                .map(Map.Entry::getKey).toList();
        if (ranked.isEmpty()) {
            return body;
        }
        Element top = widen(shared(ranked, scores, body), body, scores);
        Element article = gather(top, scores, stats);
        clean(article);
        return article;
    }

    private static boolean isParagraphLike(Element element) {
        String tag = element.normalName();
        if (SCORED.contains(tag)) {
            return true;
        }
        if (!tag.equals("div")) {
            return false;
        }
        for (Element child : element.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static double initial(Element element) {
        double score = switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element);
    }

    static int classWeight(Element element) {
        int weight = 0;
        for (String hint : List.of(element.className(), element.id())) {
            if (!hint.isEmpty()) {
                weight += NEGATIVE.matcher(hint).find() ? -25 : 0;
                weight += POSITIVE.matcher(hint).find() ? 25 : 0;
            }
        }
        return weight;
    }

    /**
     * When at least three of the runners-up scoring three quarters of the best share an ancestor with it, the
     * article is split into steps or cards: that ancestor holds the whole of it (Readability's rule).
     */
    private static Element shared(List<Element> ranked, Map<Element, Double> scores, Element body) {
        Element best = ranked.get(0);
        double bar = scores.get(best) * 0.75;
        List<Element> close = ranked.subList(1, ranked.size()).stream().filter(e -> scores.get(e) >= bar).toList();
        if (close.size() < MIN_SHARING) {
            return best;
        }
        Map<Element, Integer> sharing = new IdentityHashMap<>();
        for (Element other : close) {
            for (Element e = other.parent(); e != null; e = e.parent()) {
                sharing.merge(e, 1, Integer::sum);
            }
        }
        for (Element ancestor = best.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            if (sharing.getOrDefault(ancestor, 0) >= MIN_SHARING) {
                return ancestor;
            }
        }
        return best;
    }

    /** Climbs while a parent scores higher than the child (it holds more of the text) or the child is alone. */
    private static Element widen(Element best, Element body, Map<Element, Double> scores) {
        Element top = best;
        double last = scores.getOrDefault(top, 0.0);
        double floor = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < floor) {
                break;
            }
            if (score > last) {
                top = parent;
                break;
            }
            last = score;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The top container and those of its siblings that belong to the article, moved into one new element. */
    private static Element gather(Element top, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return top;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongs(sibling, top, topScore, threshold, scores, stats)) {
                kept.add(sibling);
            }
        }
        // Detach all at once: moving children one by one re-indexes the parent each time (quadratic).
        parent.empty();
        Element article = new Element("div");
        article.appendChildren(kept);
        return article;
    }

    private static boolean belongs(Element sibling, Element top, double topScore, double threshold,
            Map<Element, Double> scores, TextStats stats) {
        boolean sameClass = !top.className().isEmpty() && top.className().equals(sibling.className());
        double bonus = sameClass ? topScore * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        if (sameClass && score == null && stats.text(sibling) >= MIN_BLOCK * 4 && stats.linkDensity(sibling) < 0.25) {
            // A block of the same kind as the article's, whose text sits too deep to have voted for it.
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        int length = stats.text(sibling);
        double links = stats.linkDensity(sibling);
        return length > 80 ? links < 0.25
                : length > 0 && links == 0 && SENTENCE_END.matcher(sibling.text()).find();
    }

    /** Drops blocks inside the article that are mostly links, pictures or form fields, as Readability does. */
    private static void clean(Element article) {
        TextStats stats = TextStats.of(article);
        List<Element> doomed = new ArrayList<>();
        for (Element element : article.select("div, section, table, ul, ol, form, fieldset")) {
            if (element != article && isJunk(element, stats)) {
                doomed.add(element);
            }
        }
        doomed.forEach(Node::remove);
    }

    private static boolean isJunk(Element element, TextStats stats) {
        int weight = classWeight(element);
        if (weight < 0) {
            return true;
        }
        if (stats.commas(element) >= 10) {
            return false;
        }
        String tag = element.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol");
        int paragraphs = stats.paragraphs(element);
        int images = stats.images(element);
        int inputs = stats.inputs(element);
        int length = stats.text(element);
        double links = stats.linkDensity(element);
        boolean inFigure = images > 0 && inFigure(element);
        boolean headings = stats.headings(element) > 0;
        return (images > 1 && (double) paragraphs / images < 0.5 && !inFigure)
                || inputs > paragraphs / 3
                || (!list && !headings && length < MIN_BLOCK && (images == 0 || images > 2) && !inFigure
                    && !hasOwnText(element))
                || (!list && weight < 25 && links > 0.2)
                || (weight >= 25 && links > 0.5);
    }

    private static boolean inFigure(Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("figure")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnText(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
