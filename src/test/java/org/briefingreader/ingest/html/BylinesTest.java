package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void leadingByIsDroppedAndSpacingCollapsed() {
        assertThat(Bylines.clean("By  Erin\n Cunningham")).hasValue("Erin Cunningham");
        assertThat(Bylines.clean("Par Sébastien Farcis")).hasValue("Sébastien Farcis");
    }

    @Test
    void urlsBareByWordsAndParagraphsAreNoBylines() {
        assertThat(Bylines.clean("https://www.theguardian.com/profile/eleanor-ainge-roy")).isEmpty();
        assertThat(Bylines.clean("By")).isEmpty();
        assertThat(Bylines.clean("word ".repeat(30))).isEmpty();
    }

    @Test
    void namesWithCommasAreJoinedWithSemicolons() {
        assertThat(Bylines.join(List.of("Stella Kim", "Jennifer Jett"))).hasValue("Stella Kim, Jennifer Jett");
        assertThat(Bylines.join(List.of("Kooman, F.", "Jong, Michiel de"))).hasValue("Kooman, F.; Jong, Michiel de");
    }

    @Test
    void relAuthorLinkIsTheMarkupByline() {
        assertThat(Bylines.inMarkup(Jsoup.parse("<p class=\"intro\">Text</p><p>By <a rel=\"author\" href=\"/b\">"
                + "Brenda Goodman, MA</a></p>"))).hasValue("Brenda Goodman, MA");
    }

    @Test
    void dateInTheBylineElementIsLeftOut() {
        assertThat(Bylines.inMarkup(Jsoup.parse("<div class=\"byline\">By Nathan Willis March 25, 2015</div>")))
                .hasValue("Nathan Willis");
    }

    @Test
    void authorPartInsideABylineBlockWinsOverItsJobTitle() {
        assertThat(Bylines.inMarkup(Jsoup.parse("<div class=\"author\"><a class=\"author-link\">Ben Silverman</a>"
                + "<div class=\"role\">Games Editor</div></div>"))).hasValue("Ben Silverman");
    }

    @Test
    void authorListsInNavigationAreIgnored() {
        assertThat(Bylines.inMarkup(Jsoup.parse("<nav><a class=\"author\">Andy Serwer</a></nav>"
                + "<article><span class=\"byline\">Ben Silverman</span></article>"))).hasValue("Ben Silverman");
        assertThat(Bylines.inMarkup(Jsoup.parse("<footer><span class=\"byline\">Staff</span></footer>"))).isEmpty();
    }
}
