package org.briefingreader.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article, the most deliberate metadata a page carries.
 *
 * <p>Every {@code <script type="application/ld+json">} is read; the first node whose {@code @type} is an
 * article type (Article, NewsArticle, BlogPosting, ReportageNewsArticle, ScholarlyArticle, Report... as
 * Mozilla Readability lists them) is used, whether it is the script's top object, an element of a top-level
 * array or of {@code @graph}. Scripts that are not valid JSON, even after the lenient reading of trailing
 * commas, single quotes and raw line breaks in strings that real pages need, are skipped.
 *
 * @param headline    {@code headline}
 * @param name        {@code name}, which some sites fill with their own name instead of the article's
 * @param authors     names of {@code author} (string, Person or Organization, one or an array), page order,
 *                    without duplicates or URLs
 * @param published   the raw {@code datePublished} (or {@code dateCreated} when that is missing)
 * @param description {@code description}
 * @param publisher   {@code publisher.name}
 */
public record JsonLdMetadata(Optional<String> headline, Optional<String> name, List<String> authors,
        Optional<String> published, Optional<String> description, Optional<String> publisher) {

    /** No JSON-LD article on the page. */
    public static final JsonLdMetadata NONE = new JsonLdMetadata(Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?:Advertiser\\w*|Analysis\\w*|AskPublic\\w*|"
            + "Background\\w*|Opinion\\w*|Reportage\\w*|Review\\w*|Satirical|Scholarly|MedicalScholarly|Tech|News)?"
            + "Article|Report|(?:Social\\w*|Blog|LiveBlog|DiscussionForum)Posting|APIReference");
    private static final Pattern CDATA = Pattern.compile("^\\s*(?:<!\\[CDATA\\[|<!--)|(?:]]>|-->)\\s*$");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    public JsonLdMetadata {
        authors = List.copyOf(authors);
    }

    /** The page's JSON-LD article, or {@link #NONE}. */
    public static JsonLdMetadata of(Document page) {
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            Optional<JsonNode> article = parse(script.data()).flatMap(JsonLdMetadata::findArticle);
            if (article.isPresent()) {
                return from(article.get());
            }
        }
        return NONE;
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(MAPPER.readTree(CDATA.matcher(json).replaceAll("")));
        } catch (JsonProcessingException e) {
            // A broken script is the page's fault; the other sources still describe the article.
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findArticle(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticle(node.get("@type"))) {
            return Optional.of(node);
        }
        JsonNode graph = node.get("@graph");
        return graph == null ? Optional.empty() : findArticle(graph);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        // Types may be written as full IRIs ("http://schema.org/NewsArticle").
        String text = type.asText();
        return ARTICLE_TYPE.matcher(text.substring(text.lastIndexOf('/') + 1)).matches();
    }

    private static JsonLdMetadata from(JsonNode article) {
        Set<String> authors = new LinkedHashSet<>();
        collectNames(article.get("author"), authors);
        if (authors.isEmpty()) {
            collectNames(article.get("creator"), authors);
        }
        return new JsonLdMetadata(text(article.get("headline")), text(article.get("name")), new ArrayList<>(authors),
                text(article.get("datePublished")).or(() -> text(article.get("dateCreated"))),
                text(article.get("description")), publisher(article.get("publisher")));
    }

    private static void collectNames(JsonNode author, Set<String> names) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(each -> collectNames(each, names));
        } else if (author.isObject()) {
            text(author.get("name")).filter(n -> !Bylines.isUrl(n)).ifPresent(names::add);
        } else {
            text(author).filter(n -> !Bylines.isUrl(n)).ifPresent(names::add);
        }
    }

    private static Optional<String> publisher(JsonNode publisher) {
        if (publisher == null) {
            return Optional.empty();
        }
        if (publisher.isArray()) {
            return publisher.isEmpty() ? Optional.empty() : publisher(publisher.get(0));
        }
        return publisher.isObject() ? text(publisher.get("name")) : text(publisher);
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return Optional.empty();
        }
        return Optional.of(MetaText.clean(node.asText())).filter(s -> !s.isEmpty());
    }
}
