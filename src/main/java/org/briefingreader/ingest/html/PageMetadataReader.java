package org.briefingreader.ingest.html;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's {@link PageMetadata} from its markup, trusting its sources in a fixed order.
 *
 * <p>Order of trust, first found wins for each value (docs/html-metadata.md lists the keys in full):
 * <ol>
 *   <li>schema.org JSON-LD ({@link JsonLdMetadata}): written for machines, about the article itself;</li>
 *   <li>{@code <meta>} tags ({@link MetaTags}): Open Graph, Dublin Core, Twitter, article:*, and the
 *       publishing systems' own keys (parsely, sailthru);</li>
 *   <li>the markup: {@code <time datetime>} and {@code itemprop=datePublished}, author links and byline
 *       elements ({@link Bylines#inMarkup});</li>
 *   <li>for the title, last of all the {@code <title>} element without its site part ({@link PageTitles}).</li>
 * </ol>
 * Every value is entity-decoded and whitespace-collapsed; dates follow {@link PublishedDates}' zone rule.
 */
public final class PageMetadataReader {
    private PageMetadataReader() {
    }

    /** The page's metadata; values no source gives are empty. */
    public static PageMetadata read(Document page) {
        JsonLdMetadata jsonLd = JsonLdMetadata.of(page);
        MetaTags meta = MetaTags.of(page);
        // og:site_name names the site as it wants to be called; the publisher is often the company behind it.
        Optional<String> siteName = meta.first("og:site_name").or(jsonLd::publisher)
                .or(() -> meta.first("application-name"));
        return new PageMetadata(title(page, jsonLd, meta, siteName), byline(page, jsonLd, meta),
                published(page, jsonLd, meta), excerpt(jsonLd, meta), siteName);
    }

    private static Optional<String> title(Document page, JsonLdMetadata jsonLd, MetaTags meta,
            Optional<String> siteName) {
        Optional<String> declared = jsonLdTitle(page, jsonLd)
                .or(() -> meta.first("dc:title", "dcterms:title", "dcterm:title", "og:title", "twitter:title",
                        "title", "headline", "sailthru:title", "parsely-title"));
        if (declared.isPresent()) {
            return declared.map(t -> PageTitles.withoutSiteName(t, siteName));
        }
        return Optional.of(PageTitles.withoutSite(page.title(), siteName, page)).filter(t -> !t.isEmpty())
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(h -> MetaText.clean(h.text())));
    }

    /**
     * JSON-LD's headline, unless {@code name} is given, differs, and is the one the page's own title agrees
     * with (sites such as aktualne.cz put their name in headline; others the reverse).
     */
    private static Optional<String> jsonLdTitle(Document page, JsonLdMetadata jsonLd) {
        if (jsonLd.headline().isPresent() && jsonLd.name().isPresent()) {
            String pageTitle = PageTitles.fold(page.title());
            String name = PageTitles.fold(jsonLd.name().get());
            String headline = PageTitles.fold(jsonLd.headline().get());
            if (!pageTitle.contains(headline) && pageTitle.contains(name)) {
                return jsonLd.name();
            }
        }
        return jsonLd.headline().or(jsonLd::name);
    }

    private static Optional<String> byline(Document page, JsonLdMetadata jsonLd, MetaTags meta) {
        return Bylines.join(jsonLd.authors())
                .or(() -> Stream.of("dc:creator", "dcterms:creator", "dcterm:creator", "author", "article:author", "article:author_name", "author_name",
                        "parsely-author", "sailthru:author", "byl", "citation_author")
                        .map(key -> Bylines.join(meta.all(key))).flatMap(Optional::stream).findFirst())
                .or(() -> Bylines.inMarkup(page));
    }

    private static Optional<ZonedDateTime> published(Document page, JsonLdMetadata jsonLd, MetaTags meta) {
        return jsonLd.published().flatMap(PublishedDates::parse)
                .or(() -> firstDate(meta, "article:published_time", "og:published_time", "og:article:published_time",
                        "datepublished", "parsely-pub-date", "sailthru:date", "dc:date", "dcterms:date",
                        "dcterms:created", "dc:date:issued", "dcterms:issued", "citation_publication_date",
                        "citation_date", "pubdate", "publishdate", "publish-date", "publish_date", "date",
                        "article:published", "article.published"))
                .or(() -> markupDate(page));
    }

    private static Optional<ZonedDateTime> firstDate(MetaTags meta, String... keys) {
        for (String key : keys) {
            for (String value : meta.all(key)) {
                Optional<ZonedDateTime> date = PublishedDates.parse(value);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A date the article's markup marks as its publication: {@code itemprop=datePublished}, then a
     * {@code <time pubdate>} or one whose class says "publish", then the first {@code <time datetime>}
     * inside an {@code <article>}.
     */
    private static Optional<ZonedDateTime> markupDate(Document page) {
        for (String query : List.of("[itemprop~=(?i)^datePublished$]", "time[pubdate]",
                "time[class~=(?i)publish]", "article time[datetime]")) {
            for (Element element : page.select(query)) {
                String value = Stream.of("datetime", "content", "title").map(element::attr)
                        .filter(s -> !s.isBlank()).findFirst().orElse(element.text());
                Optional<ZonedDateTime> date = PublishedDates.parse(value);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> excerpt(JsonLdMetadata jsonLd, MetaTags meta) {
        return jsonLd.description().or(() -> meta.first("og:description", "dc:description", "dcterms:description",
                "dcterm:description", "description", "twitter:description"));
    }
}
