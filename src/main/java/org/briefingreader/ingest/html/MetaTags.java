package org.briefingreader.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} values by key, so the reader can ask for "og:title, then twitter:title".
 *
 * <p>Keys come from {@code property}, {@code name} and {@code itemprop}, lower-cased, with spaces removed and
 * dots read as colons ({@code DC.title} is {@code dc:title}, {@code sailthru.date} is {@code sailthru:date}).
 * A {@code property} may list several keys separated by spaces (RDFa allows it), each of which gets the value.
 * Values are {@linkplain MetaText#clean cleaned}; empty ones are not kept. Where a key is given more than once,
 * every value is kept in page order (several {@code article:author} tags name several authors).
 */
public final class MetaTags {
    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The {@code <meta>} values of the page. */
    public static MetaTags of(Document page) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = MetaText.clean(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop")) {
                for (String key : meta.attr(attribute).split("\\s+")) {
                    String normal = normalKey(key);
                    if (!normal.isEmpty()) {
                        values.computeIfAbsent(normal, k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        return new MetaTags(values);
    }

    /** The first value of the first key, in the order given, that the page has. */
    public Optional<String> first(String... keys) {
        for (String key : keys) {
            List<String> found = values.get(normalKey(key));
            if (found != null) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** Every value of the key, in page order; empty when the page has none. */
    public List<String> all(String key) {
        return values.getOrDefault(normalKey(key), List.of());
    }

    private static String normalKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('.', ':');
    }
}
