package org.briefingreader.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes the site's name off a page title: "Attack stokes fears - The Washington Post" is "Attack stokes fears".
 *
 * <p>The {@code <title>} element often carries the site's name and section; declared titles sometimes do too.
 * Titles are split at spaced separators ({@code |}, {@code -}, {@code –}, {@code —}, {@code ·}, {@code »},
 * {@code /}, {@code ::}). The rules, in order:
 * <ol>
 *   <li>a first or last part equal to the site's name (from the page's metadata) is dropped;</li>
 *   <li>otherwise, when the page's {@code h1} (or an {@code h2}) says one of the title's leading parts, or the
 *       title's leading parts up to a separator, that text is the title;</li>
 *   <li>otherwise, when the title has exactly one separator, the shorter side is taken to be the site and
 *       dropped, provided the kept side has at least three words (Readability's rule, so "Daring Fireball -
 *       Colophon" stays whole).</li>
 * </ol>
 * A colon is never a separator: "Zimbabwe coup: Mugabe insists" is one title, not a site and a title.
 */
public final class PageTitles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·»/\\\\]|::)\\s+");
    private static final int MIN_WORDS = 3;

    private PageTitles() {
    }

    /**
     * A declared title (JSON-LD, {@code og:title}) without a first or last part that is exactly the site's
     * name; nothing else is cut, since such titles are written for sharing and are mostly whole already.
     */
    public static String withoutSiteName(String title, Optional<String> siteName) {
        String clean = MetaText.clean(title);
        List<String> parts = split(clean);
        if (parts.size() < 2 || siteName.isEmpty()) {
            return clean;
        }
        String site = fold(siteName.get());
        if (fold(parts.get(parts.size() - 1)).equals(site)) {
            return joinedUpTo(clean, parts.size() - 1);
        }
        if (fold(parts.get(0)).equals(site)) {
            return clean.substring(clean.indexOf(parts.get(1), parts.get(0).length())).strip();
        }
        return clean;
    }

    /** The {@code <title>} text with a recognised site part removed; the title itself when none is recognised. */
    public static String withoutSite(String title, Optional<String> siteName, Document page) {
        String clean = MetaText.clean(title);
        List<String> parts = split(clean);
        if (parts.size() < 2) {
            return clean;
        }
        String shorter = withoutSiteName(clean, siteName);
        if (!shorter.equals(clean)) {
            return shorter;
        }
        Optional<String> heading = matchingHeading(clean, parts, page);
        if (heading.isPresent()) {
            return heading.get();
        }
        if (parts.size() == 2) {
            String longer = parts.get(0).length() >= parts.get(1).length() ? parts.get(0) : parts.get(1);
            if (words(longer) >= MIN_WORDS) {
                return longer;
            }
        }
        return clean;
    }

    /** The text as titles are compared: cleaned, lower-cased, curly quotes made straight. */
    static String fold(String text) {
        return MetaText.clean(text).toLowerCase(Locale.ROOT).replaceAll("[‘’‚‛′`]", "'")
                .replaceAll("[“”„‟″]", "\"");
    }

    private static Optional<String> matchingHeading(String title, List<String> parts, Document page) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            prefixes.add(fold(joinedUpTo(title, i)));
        }
        for (Element heading : page.select("h1, h2")) {
            String text = MetaText.clean(heading.text());
            if (!text.isEmpty() && prefixes.contains(fold(text))) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The title's text before its {@code count}-th separator. */
    private static String joinedUpTo(String title, int count) {
        var m = SEPARATOR.matcher(title);
        int end = title.length();
        for (int i = 0; i < count && m.find(); i++) {
            end = m.start();
        }
        return title.substring(0, end).strip();
    }

    private static List<String> split(String title) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(title)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }
}
