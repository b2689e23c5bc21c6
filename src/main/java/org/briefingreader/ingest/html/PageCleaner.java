package org.briefingreader.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a page, before the article is looked for: scripts, styles, forms,
 * navigation, page headers and footers, asides, hidden elements, dialogs, and blocks whose class or id says
 * they are share buttons, related links, comments, newsletter sign-ups, adverts or menus.
 *
 * <p>A {@code <header>} inside the article ({@code <article>}, {@code itemprop="articleBody"}) may hold its
 * standfirst and is kept; everywhere else it is the site's banner. A {@code <form>} with much text is kept: some
 * sites wrap the whole page in one. A class or id that also says "article", "content", "body" or "main" is
 * not taken as boilerplate, as in Mozilla Readability, whose lists these are (extended with share, newsletter,
 * subscribe, promo). Elements are collected first and removed after, so the walk is iterative.
 */
final class PageCleaner {
    private static final String ALWAYS = "script, style, noscript, template, iframe, object, embed, canvas, svg, "
            + "button, input, select, textarea, dialog, nav, aside, footer, menu, "
            + "[hidden], [aria-hidden=true], [aria-modal=true], "
            + "[role=navigation], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], "
            + "[role=search], [role=menu], [role=menubar], [role=banner]";
    static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox"
            + "|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    /** Our additions: only small blocks are dropped for these, since ids made from headings contain them too. */
    static final Pattern UNLIKELY_SMALL = Pattern.compile("share|sharing|newsletter|subscribe|promo|signup"
            + "|sign-up|cookie|consent|modal", Pattern.CASE_INSENSITIVE);
    private static final int SMALL_TEXT = 500;
    /** Lists of other articles: dropped even when the name also says "article" ("c-article-most-popular"). */
    static final Pattern OTHER_ARTICLES = Pattern.compile("most-popular|mostpopular|trending|recommended"
            + "|outbrain|taboola|read-next|more-stories|more-from", Pattern.CASE_INSENSITIVE);
    private static final String ARTICLE_MARKS = "article, main, [role=main], [itemprop=articleBody]";
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> KEPT_BY_HINT = Set.of("html", "body", "article", "main", "a", "table",
            "tbody", "thead", "tr", "td", "th", "code", "pre");
    private static final int FORM_TEXT_KEPT = 500;

    private PageCleaner() {
    }

    /** Removes the boilerplate of {@code page} in place, class and id hints included. */
    static void clean(Document page) {
        clean(page, true);
    }

    /**
     * Removes the boilerplate of {@code page} in place; {@code byHints} false keeps blocks that only
     * Readability's class and id list condemns (the second try when the first left too little text, as
     * Readability retries); small share and newsletter blocks still go.
     */
    static void clean(Document page, boolean byHints) {
        List<Element> doomed = new ArrayList<>(page.select(ALWAYS));
        for (Element header : page.select("header")) {
            if (header.closest("article, [itemprop=articleBody]") == null && !holdsArticle(header)) {
                doomed.add(header);
            }
        }
        for (Element form : page.select("form")) {
            if (form.text().length() < FORM_TEXT_KEPT) {
                doomed.add(form);
            }
        }
        for (Element element : page.getAllElements()) {
            if (HIDDEN_STYLE.matcher(element.attr("style")).find() || isUnlikely(element, byHints)) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** Class or id name it boilerplate, and the element is not one that only such a name cannot condemn. */
    static boolean isUnlikely(Element element, boolean readabilityHints) {
        if (KEPT_BY_HINT.contains(element.normalName())) {
            return false;
        }
        String hints = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (hints.isBlank()) {
            return false;
        }
        if (OTHER_ARTICLES.matcher(hints).find()) {
            return !holdsArticle(element);
        }
        if (MAYBE.matcher(hints).find()) {
            return false;
        }
        boolean unlikely = readabilityHints && UNLIKELY.matcher(hints).find()
                || UNLIKELY_SMALL.matcher(hints).find() && element.text().length() < SMALL_TEXT;
        return unlikely && element.closest("table, code") == null && !holdsArticle(element);
    }

    /** The element wraps the part the page itself marks as its article or main content. */
    private static boolean holdsArticle(Element element) {
        return !element.select(ARTICLE_MARKS).isEmpty();
    }
}
