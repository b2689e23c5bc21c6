package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaTagsTest {

    private static MetaTags read(String head) {
        return MetaTags.of(Jsoup.parse("<html><head>" + head + "</head><body></body></html>"));
    }

    @Test
    void spaceSeparatedPropertiesEachGetTheValue() {
        MetaTags tags = read("<meta property=\"og:title twitter:title\" content=\"A title\">");

        assertThat(tags.first("og:title")).hasValue("A title");
        assertThat(tags.first("twitter:title")).hasValue("A title");
    }

    @Test
    void dotsAndCaseInKeysAreNormalised() {
        MetaTags tags = read("<meta name=\"DC.Date.Issued\" content=\"2014-12-15\">");

        assertThat(tags.first("dc:date:issued")).hasValue("2014-12-15");
    }

    @Test
    void firstKeyPresentWinsInTheOrderAsked() {
        MetaTags tags = read("<meta property=\"og:title\" content=\"og\"><meta name=\"dc.title\" content=\"dc\">");

        assertThat(tags.first("dc:title", "og:title")).hasValue("dc");
        assertThat(tags.first("x:title", "og:title")).hasValue("og");
        assertThat(tags.first("x:title")).isEmpty();
    }

    @Test
    void repeatedKeysKeepEveryValueInPageOrder() {
        MetaTags tags = read("<meta name=\"DC.Creator\" content=\"Kooman, F.\">"
                + "<meta name=\"DC.Creator\" content=\"Jong, Michiel de\">");

        assertThat(tags.all("dc:creator")).containsExactly("Kooman, F.", "Jong, Michiel de");
    }

    @Test
    void emptyValuesAreDroppedAndDoubleEscapedEntitiesDecoded() {
        MetaTags tags = read("<meta name=\"author\" content=\"  \"><meta property=\"og:title\" "
                + "content=\"Don&amp;#8217;t   stop\">");

        assertThat(tags.first("author")).isEmpty();
        assertThat(tags.first("og:title")).hasValue("Don\u2019t stop");
    }

    @Test
    void itempropMetaInTheBodyIsAKeyToo() {
        MetaTags tags = MetaTags.of(Jsoup.parse(
                "<body><meta itemprop=\"datePublished\" content=\"2015-03-12T13:11:07Z\"></body>"));

        assertThat(tags.first("datePublished")).hasValue("2015-03-12T13:11:07Z");
    }
}
