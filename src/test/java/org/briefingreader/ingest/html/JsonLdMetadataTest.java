package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdMetadataTest {

    private static JsonLdMetadata read(String... scripts) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String script : scripts) {
            html.append("<script type=\"application/ld+json\">").append(script).append("</script>");
        }
        return JsonLdMetadata.of(Jsoup.parse(html.append("</head><body></body></html>").toString()));
    }

    @Test
    void newsArticleGivesHeadlineAuthorsDateDescriptionAndPublisher() {
        JsonLdMetadata found = read("""
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Japan courts Russia",
                 "author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}],
                 "datePublished":"2024-12-06T22:00:40.000Z","description":"An &amp; a  summary",
                 "publisher":{"@type":"Organization","name":"NBC News"}}""");

        assertThat(found.headline()).hasValue("Japan courts Russia");
        assertThat(found.authors()).containsExactly("Stella Kim", "Jennifer Jett");
        assertThat(found.published()).hasValue("2024-12-06T22:00:40.000Z");
        assertThat(found.description()).hasValue("An & a summary");
        assertThat(found.publisher()).hasValue("NBC News");
    }

    @Test
    void articleInsideGraphIsFound() {
        JsonLdMetadata found = read("""
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Home"},
                 {"@type":"BlogPosting","headline":"Inside the graph","author":"Ann Author"}]}""");

        assertThat(found.headline()).hasValue("Inside the graph");
        assertThat(found.authors()).containsExactly("Ann Author");
    }

    @Test
    void articleInTopLevelArrayWithTypeListAndIriIsFound() {
        JsonLdMetadata found = read("""
                [{"@type":"BreadcrumbList"},
                 {"@type":["CreativeWork","http://schema.org/ReportageNewsArticle"],"name":"Array article"}]""");

        assertThat(found.name()).hasValue("Array article");
    }

    @Test
    void organizationAuthorCountsAndUrlAuthorDoesNot() {
        JsonLdMetadata found = read("""
                {"@type":"Article","author":[{"@type":"Organization","name":"Contributors to Wikimedia projects"},
                 "https://example.org/people/ann", {"@type":"Person","name":"Contributors to Wikimedia projects"}]}""");

        assertThat(found.authors()).containsExactly("Contributors to Wikimedia projects");
    }

    @Test
    void malformedScriptIsSkippedAndTheNextOneRead() {
        JsonLdMetadata found = read("{\"@type\":\"NewsArticle\",\"headline\":", """
                {"@type":"NewsArticle","headline":"Second script",}""");

        assertThat(found.headline()).hasValue("Second script");
    }

    @Test
    void cdataWrapperAndRawLineBreaksInStringsAreTolerated() {
        JsonLdMetadata found = read("<![CDATA[{\"@type\":\"Article\",\"headline\":\"Two\nlines\"}]]>");

        assertThat(found.headline()).hasValue("Two lines");
    }

    @Test
    void pagesWithoutArticleTypesHaveNone() {
        assertThat(read("{\"@type\":\"WebSite\",\"name\":\"Site\"}", "[1, 2]", "\"text\"", "not json"))
                .isEqualTo(JsonLdMetadata.NONE);
    }

    @Test
    void dateCreatedStandsInForMissingDatePublished() {
        assertThat(read("{\"@type\":\"NewsArticle\",\"dateCreated\":\"2017-11-17T10:41:09Z\"}").published())
                .hasValue("2017-11-17T10:41:09Z");
    }

    @Test
    void absurdlyDeepNestingIsIgnoredWithoutCrashing() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        assertThat(read(deep, "{\"@type\":\"Article\",\"headline\":\"After the deep one\"}").headline())
                .hasValue("After the deep one");
    }
}
