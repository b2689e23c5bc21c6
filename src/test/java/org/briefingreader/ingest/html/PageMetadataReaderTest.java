package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataReaderTest {
    private static final String JSON_LD = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"LD headline\",\"author\":{\"@type\":\"Person\",\"name\":\"LD Author\"},"
            + "\"datePublished\":\"2020-01-02T03:04:05Z\",\"description\":\"LD description\","
            + "\"publisher\":{\"name\":\"LD Publisher\"}}</script>";
    private static final String META = "<meta property=\"og:title\" content=\"OG title\">"
            + "<meta name=\"author\" content=\"Meta Author\">"
            + "<meta property=\"article:published_time\" content=\"2021-05-06T07:08:09+02:00\">"
            + "<meta property=\"og:description\" content=\"OG description\">"
            + "<meta property=\"og:site_name\" content=\"OG Site\">";
    private static final String BODY = "<body><h1>Body heading</h1><span class=\"byline\">By Markup Author</span>"
            + "<article><time datetime=\"2022-09-10\">10 Sep</time></article></body>";

    private static PageMetadata read(String head, String body) {
        return PageMetadataReader.read(Jsoup.parse("<html><head><title>The element title - Site</title>" + head
                + "</head>" + body + "</html>"));
    }

    @Test
    void jsonLdIsTrustedBeforeMetaTagsAndMarkup() {
        PageMetadata found = read(JSON_LD + META, BODY);

        assertThat(found.title()).hasValue("LD headline");
        assertThat(found.byline()).hasValue("LD Author");
        assertThat(found.published()).hasValue(ZonedDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        assertThat(found.excerpt()).hasValue("LD description");
        assertThat(found.siteName()).hasValue("OG Site");
    }

    @Test
    void metaTagsAreTrustedBeforeMarkup() {
        PageMetadata found = read(META, BODY);

        assertThat(found.title()).hasValue("OG title");
        assertThat(found.byline()).hasValue("Meta Author");
        assertThat(found.published()).hasValue(ZonedDateTime.of(2021, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(2)));
        assertThat(found.excerpt()).hasValue("OG description");
    }

    @Test
    void markupGivesBylineAndDateWhenMetadataIsSilent() {
        PageMetadata found = read("", BODY);

        assertThat(found.byline()).hasValue("Markup Author");
        assertThat(found.published()).hasValue(ZonedDateTime.of(2022, 9, 10, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void titleElementIsTheLastResortWithoutItsSitePart() {
        PageMetadata found = read("", "<body><p>No heading here.</p></body>");

        assertThat(found.title()).hasValue("The element title");
        assertThat(found.byline()).isEmpty();
        assertThat(found.published()).isEmpty();
        assertThat(found.excerpt()).isEmpty();
        assertThat(found.siteName()).isEmpty();
    }

    @Test
    void dublinCoreTitleAndCreatorComeBeforeOpenGraphAndAuthor() {
        PageMetadata found = read("<meta property=\"x:title dc:title\" content=\"Preferred title\">"
                + "<meta property=\"og:title twitter:title\" content=\"A title\">"
                + "<meta property=\"dc:creator twitter:site_name\" content=\"Creator Name\">"
                + "<meta name=\"author\" content=\"Other\">", "<body></body>");

        assertThat(found.title()).hasValue("Preferred title");
        assertThat(found.byline()).hasValue("Creator Name");
    }

    @Test
    void profileUrlInArticleAuthorIsSkippedForTheNextSource() {
        PageMetadata found = read("<meta property=\"article:author\" content=\"https://example.com/profile/ann\">"
                + "<meta name=\"parsely-author\" content=\"Ann Writer\">", "<body></body>");

        assertThat(found.byline()).hasValue("Ann Writer");
    }

    @Test
    void unparsableJsonLdDateFallsBackToMetaDate() {
        PageMetadata found = read("<script type=\"application/ld+json\">{\"@type\":\"Article\","
                + "\"datePublished\":\"-0001-11-30T00:00:00+00:00\"}</script>"
                + "<meta name=\"sailthru.date\" content=\"2015-04-30 07:19:58\">", "<body></body>");

        assertThat(found.published()).hasValue(ZonedDateTime.of(2015, 4, 30, 7, 19, 58, 0, ZoneOffset.UTC));
    }

    @Test
    void pageWithNothingHasNoMetadata() {
        assertThat(PageMetadataReader.read(Jsoup.parse(""))).isEqualTo(PageMetadata.NONE);
    }
}
