package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Readability4J 1.0.8 was built against jsoup 1.11; it must still run on the jsoup 1.18.3 we ship. */
class Readability4JExtractorTest {
    @Test
    void findsTheArticleWithThisJsoupVersion() {
        String html = HtmlPages.page("Rivers", HtmlPages.prose("river").repeat(5));

        Element article = new Readability4JExtractor().extract(Jsoup.parse(html)).orElseThrow();

        assertThat(article.text()).contains("The river is discussed").doesNotContain("Navigation link");
    }
}
