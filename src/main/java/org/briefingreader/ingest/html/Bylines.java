package org.briefingreader.ingest.html;

import java.util.Collection;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.briefingreader.ingest.text.MetadataLine;
import org.briefingreader.ingest.text.MetadataLineParser;
import org.jsoup.nodes.Element;

/**
 * Author lines: cleaning the ones metadata gives, and finding one in the markup when metadata has none.
 *
 * <p>A byline is shown without its leading "By" (or "Par", "Von", "Por", "Di"), as the text importer shows it;
 * one that is a web address (many sites put the author's profile URL in {@code article:author}) or longer than
 * 100 characters (a paragraph, not a name) is not a byline.
 */
public final class Bylines {
    private static final int MAX_LENGTH = 100;
    private static final Pattern URL = Pattern.compile("(?i)^(?:https?:|www\\.|/)\\S*$|^\\S+\\.(?:com|org|net)/\\S*$");
    private static final Pattern LEADING_BY = Pattern.compile("(?iu)^(?:by|par|von|por|di)\\s*:?\\s+");
    /** Readability's byline class/id words. */
    private static final Pattern MARKUP = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");
    private static final Pattern BY_WORD = Pattern.compile("(?iu)(?:written\\s+)?(?:by|par|von|por|di|author)\\s*:?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i),?\\s*\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b,?");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern CHROME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:nav|navbar|menu|masthead|site-header|topbar|footer|sidebar|comments?|related)(?:$|[\\s_-])");
    private static final Set<String> CHROME_TAGS = Set.of("header", "nav", "footer", "aside", "menu");
    private static final Set<String> NOT_TEXT = Set.of("meta", "link", "script", "style", "noscript", "body", "html");
    private static final MetadataLineParser DATELINE = new MetadataLineParser();

    private Bylines() {
    }

    /** True when the value is a web address rather than a name. */
    public static boolean isUrl(String value) {
        return URL.matcher(value.strip()).find();
    }

    /** The cleaned byline, or empty when the value is no byline at all. */
    public static Optional<String> clean(String raw) {
        String text = LEADING_BY.matcher(MetaText.clean(raw)).replaceFirst("");
        if (text.isEmpty() || BY_WORD.matcher(text).matches() || text.length() >= MAX_LENGTH || isUrl(text) || !HAS_LETTER.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The names joined as a reader writes them ("A, B"), each cleaned; empty when none is a byline. */
    public static Optional<String> join(Collection<String> names) {
        Set<String> kept = new LinkedHashSet<>();
        names.forEach(n -> clean(n).ifPresent(kept::add));
        // "Jong, Michiel de" already has a comma: a second name then needs a stronger separator.
        String separator = kept.stream().anyMatch(n -> n.contains(",")) ? "; " : ", ";
        return kept.isEmpty() ? Optional.empty() : clean(String.join(separator, kept));
    }

    /**
     * The first author line in the body, looked for as Mozilla Readability does: first an element with
     * {@code rel=author} or an {@code itemprop} naming the author, then one whose class or id says
     * byline/author/dateline, outside the page's header, navigation, footer and asides. Where such an element
     * holds an {@code itemprop=name}, that name is the byline; a date printed with the name is left out.
     */
    public static Optional<String> inMarkup(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        Optional<String> marked = firstByline(body.select("[rel~=(?i)^author$], [itemprop~=(?i)(^|\\s)author(\\s|$)]"));
        return marked.or(() -> firstByline(body.getAllElements().stream().filter(Bylines::hasBylineName).toList()));
    }

    private static Optional<String> firstByline(List<Element> candidates) {
        for (Element element : candidates) {
            if (inChrome(element) || NOT_TEXT.contains(element.tagName())) {
                continue;
            }
            Optional<String> byline = innerByline(element).or(() -> ownByline(element));
            if (byline.isPresent()) {
                return byline;
            }
        }
        return Optional.empty();
    }

    /**
     * The name from a byline element's own author part: a byline block often holds the name and, beside it,
     * the author's job title or "By" in elements of their own ({@code <span class="byline__author">}).
     */
    private static Optional<String> innerByline(Element element) {
        for (Element inner : element.select("[rel~=(?i)^author$], [itemprop~=(?i)^(?:author|name)$]")) {
            Optional<String> byline = inner == element ? Optional.empty() : ownByline(inner);
            if (byline.isPresent()) {
                return byline;
            }
        }
        for (Element inner : element.getAllElements()) {
            if (inner != element && hasBylineName(inner)) {
                Optional<String> byline = ownByline(inner);
                if (byline.isPresent()) {
                    return byline;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ownByline(Element element) {
        String text = element.hasText() ? element.text() : element.attr("content");
        return clean(withoutDate(text));
    }

    private static boolean hasBylineName(Element element) {
        return MARKUP.matcher(element.className() + " " + element.id()).find();
    }

    /** Site furniture: the author lists in menus and footers name other people's articles. */
    private static boolean inChrome(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (CHROME_TAGS.contains(e.tagName()) || CHROME.matcher(e.className() + " " + e.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Joshua Sokol May 20, 2019" is "Joshua Sokol": the dateline is the date's, not the author's. */
    private static String withoutDate(String text) {
        String line = MetaText.clean(WEEKDAY.matcher(text).replaceAll(" "));
        String asByline = LEADING_BY.matcher(line).find() ? line : "By " + line;
        return DATELINE.parse(asByline).flatMap(MetadataLine::byline).orElse(MetaText.clean(text));
    }
}
