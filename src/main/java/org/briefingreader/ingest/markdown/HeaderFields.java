package org.briefingreader.ingest.markdown;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingreader.domain.Text;
import org.briefingreader.ingest.text.MetadataLine;
import org.briefingreader.ingest.text.MetadataLineParser;
import org.jsoup.Jsoup;

/**
 * Collects a document's metadata from key-value pairs: YAML front matter and {@code **Key:** value} lines;
 * the first value given for a field wins.
 *
 * <p>Keys are compared by their letters only, case ignored ({@code "Author(s)"} is {@code authors},
 * {@code "Publication Date"} is {@code publicationdate}): title from {@code title}/{@code headline}; published
 * from {@code date}, {@code published}, {@code publicationdate}, {@code pubdate}, {@code datepublished};
 * byline from {@code author}, {@code authors}, {@code byline}, {@code by}, {@code creator}; summary from
 * {@code excerpt}, {@code summary} or {@code abstract}, else {@code description}; source from {@code source},
 * {@code sourceurl}, {@code url} (a URL gives its host name); tags from {@code tags}, {@code topics},
 * {@code keywords}, {@code categories}. Other keys are ignored.
 *
 * <p>Dates: ISO ({@code 2015-10-09}, {@code 2015-10-09 10:00:00 -0500}), US numeric ({@code 04/13/2026} is
 * month/day/year) and written ones ({@code May 25, 2018}), read by the text importer's
 * {@link MetadataLineParser}. Names: a list or one string; a slug ({@code mel-choyce}) becomes
 * {@code Mel Choyce}; an index form ({@code Heitshusen, Valerie}, several separated by {@code ;}) becomes
 * {@code Valerie Heitshusen}; several names are joined as {@code A, B and C}. HTML in a title or summary is
 * reduced to its text.
 */
final class HeaderFields {
    private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    private static final Pattern URL_HOST = Pattern.compile("^(?i)https?://(?:www\\.)?([^/?#:\\s]+)");
    private static final Pattern INDEX_NAME = Pattern.compile("([^,]+),\\s*([^,]+)");

    private final MetadataLineParser dates = new MetadataLineParser();
    private final List<String> warnings = new ArrayList<>();
    private Optional<String> title = Optional.empty();
    private Optional<ZonedDateTime> published = Optional.empty();
    private Optional<String> byline = Optional.empty();
    private Optional<String> summary = Optional.empty();
    /** An excerpt or summary, when given, wins over a description (often the same text cut for search engines). */
    private boolean summaryIsDescription;
    private Optional<String> source = Optional.empty();
    private List<String> tags = List.of();

    /** Takes every pair of {@code values}; returns true when at least one key was recognised. */
    boolean addAll(Map<String, Object> values) {
        boolean any = false;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            any |= add(e.getKey(), e.getValue());
        }
        return any;
    }

    /** Takes one pair; returns true when the key names a field this class knows. */
    boolean add(String key, Object value) {
        String k = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        switch (k) {
            case "title", "headline" -> title = first(title, text(value).map(HeaderFields::plain));
            case "date", "published", "publicationdate", "pubdate", "datepublished", "publishdate" -> {
                if (published.isEmpty()) {
                    published = date(text(value));
                }
            }
            case "author", "authors", "byline", "by", "creator" -> byline = first(byline, names(value));
            case "excerpt", "summary", "abstract" -> {
                if (summary.isEmpty() || summaryIsDescription) {
                    summary = text(value).map(HeaderFields::plain);
                    summaryIsDescription = false;
                }
            }
            case "description" -> {
                if (summary.isEmpty()) {
                    summary = text(value).map(HeaderFields::plain);
                    summaryIsDescription = summary.isPresent();
                }
            }
            case "source", "sourceurl", "url" -> source = first(source, text(value).map(HeaderFields::site));
            case "tags", "topics", "keywords", "categories" -> {
                if (tags.isEmpty()) {
                    tags = list(value);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    Optional<String> title() {
        return title;
    }

    Optional<ZonedDateTime> published() {
        return published;
    }

    Optional<String> byline() {
        return byline;
    }

    Optional<String> summary() {
        return summary;
    }

    Optional<String> source() {
        return source;
    }

    List<String> tags() {
        return tags;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private Optional<ZonedDateTime> date(Optional<String> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        Matcher us = US_DATE.matcher(text);
        if (us.find()) {
            text = String.format(Locale.ROOT, "%s-%02d-%02d%s", us.group(3), Integer.parseInt(us.group(1)),
                    Integer.parseInt(us.group(2)), text.substring(us.end()));
        }
        Optional<MetadataLine> line = dates.parse(text);
        line.ifPresent(l -> warnings.addAll(l.warnings()));
        Optional<ZonedDateTime> date = line.flatMap(MetadataLine::published);
        if (date.isEmpty()) {
            warnings.add("date \"" + value.get() + "\" not understood; left out");
        }
        return date;
    }

    private static <T> Optional<T> first(Optional<T> current, Optional<T> offered) {
        return current.isPresent() ? current : offered;
    }

    private static Optional<String> text(Object value) {
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? Optional.empty() : text(c.iterator().next());
        }
        String s = value == null ? "" : Text.normaliseSpace(String.valueOf(value));
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static List<String> list(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(HeaderFields::text).flatMap(Optional::stream).toList();
        }
        return text(value).map(s -> List.of(s.split("\\s*[;,]\\s*"))).orElse(List.of());
    }

    private static Optional<String> names(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.stream().map(HeaderFields::text).flatMap(Optional::stream).map(HeaderFields::name).forEach(names::add);
        } else {
            text(value).ifPresent(s -> {
                for (String part : s.split("\\s*;\\s*")) {
                    names.add(name(part));
                }
            });
        }
        names.removeIf(String::isBlank);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (names.size() == 1) {
            return Optional.of(names.get(0));
        }
        String allButLast = String.join(", ", names.subList(0, names.size() - 1));
        return Optional.of(allButLast + " and " + names.get(names.size() - 1));
    }

    /** "mel-choyce" is "Mel Choyce"; "Heitshusen, Valerie" is "Valerie Heitshusen"; others stay. */
    static String name(String raw) {
        String s = Text.normaliseSpace(raw);
        if (SLUG.matcher(s).matches()) {
            return java.util.Arrays.stream(s.split("[-_]"))
                    .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                    .collect(Collectors.joining(" "));
        }
        Matcher index = INDEX_NAME.matcher(s);
        if (index.matches() && !index.group(2).matches("(?i)\\s*(jr|sr|ii|iii|iv|phd|md)\\.?\\s*")) {
            return Text.normaliseSpace(index.group(2) + " " + index.group(1));
        }
        return s;
    }

    /** Text that may hold HTML markup or entities ({@code "at <a href=x>18th and F</a>"}) as plain text. */
    static String plain(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String plain = Text.normaliseSpace(Jsoup.parseBodyFragment(text).body().text());
        return plain.isEmpty() ? text : plain;
    }

    /** The host of a URL without "www."; any other text as it is. */
    static String site(String value) {
        Matcher m = URL_HOST.matcher(value);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : value;
    }
}
