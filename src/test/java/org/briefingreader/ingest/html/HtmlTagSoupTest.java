package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.ParsedBriefing;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random tag soup, seeded so a failure can be replayed: a page imports or is refused in one line, never crashes. */
class HtmlTagSoupTest {
    private static final List<String> TAGS = List.of("div", "p", "span", "h1", "h2", "h3", "h4", "ul", "ol", "li",
            "table", "tr", "td", "a", "b", "i", "br", "pre", "figure", "figcaption", "nav", "aside", "footer",
            "header", "form", "article", "section", "script", "style", "blockquote", "img", "select", "main");
    private static final List<String> ATTRIBUTES = List.of("", " class=\"share\"", " class=\"content\"",
            " id=\"comments\"", " hidden", " style=\"display:none\"", " role=\"navigation\"", " class=\"post-body\"");
    private static final List<String> WORDS = List.of("the", "river", "Tokyo,", "&amp;", "&nbsp;", "caf&eacute;",
            "policy.", "&#x2014;", "&bogus;", "<", ">", "\u00a0", "\u200b", "Japan", "talks,", "forecast", "\u3001");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597})
    void randomTagSoupImportsOrIsRefusedInOneLine(long seed) throws Exception {
        Random random = new Random(seed);
        HtmlPages pages = new HtmlPages(dir);
        for (int n = 0; n < 25; n++) {
            Path file = pages.write("soup-" + n + ".html", soup(random));
            try {
                ParsedBriefing parsed = new HtmlBriefingParser().parse(file);
                assertThat(parsed.briefing().bodyParagraphCount()).isPositive();
            } catch (BriefingInputException e) {
                assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n");
            }
        }
    }

    private static String soup(Random random) {
        StringBuilder html = new StringBuilder(random.nextBoolean() ? "<html><head><title>Soup</title></head><body>" : "");
        int parts = 20 + random.nextInt(400);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> html.append('<').append(pick(random, TAGS)).append(pick(random, ATTRIBUTES)).append('>');
                case 1 -> html.append("</").append(pick(random, TAGS)).append('>');
                default -> {
                    for (int w = random.nextInt(30); w >= 0; w--) {
                        html.append(pick(random, WORDS)).append(' ');
                    }
                }
            }
        }
        return html.toString();
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
