package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlNotesExporterTest {
    private static String html(ExportedNotes notes) throws IOException {
        return Exports.text(new HtmlNotesExporter(), notes);
    }

    private static Document page(ExportedNotes notes) throws IOException {
        return Jsoup.parse(html(notes));
    }

    private static String sectionHolding(Briefing briefing, String text) {
        return briefing.sections().stream()
                .filter(s -> s.paragraphs().stream().anyMatch(p -> p.text().contains(text)))
                .map(Section::heading).findFirst().orElseThrow();
    }

    @Test
    void pageStandsAloneWithItsStyleInline() throws IOException {
        String html = html(ExportFixtures.sample());
        Document doc = Jsoup.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>\n");
        assertThat(doc.select("head > meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(doc.select("script, link, img, iframe, object, embed, base, [src], [srcset]")).isEmpty();
        assertThat(doc.select("style")).singleElement()
                .satisfies(s -> assertThat(s.data()).contains("@media print").doesNotContain("url(", "@import"));
        assertThat(doc.select("[style]")).allSatisfy(e -> assertThat(e.attr("style")).doesNotContain("url("));
    }

    @Test
    void titlesAndContentStayText() throws IOException {
        String html = html(Exports.trickyOnly());
        Document doc = Jsoup.parse(html);
        String title = ExportFixtures.tricky().title();

        assertThat(doc.title()).isEqualTo(title);
        assertThat(doc.select("article > h1").text()).isEqualTo(title);
        assertThat(doc.select("script, b, i")).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(doc.select("h2").eachText()).containsExactly("Lede", "# Not a heading");
    }

    @Test
    void passagesAreTheExactQuotes() throws IOException {
        Document doc = page(ExportFixtures.sample());

        assertThat(doc.select("blockquote")).extracting(Element::wholeText).containsExactly(
                ExportFixtures.SEED_SENTENCE, "Time is running out for Japan", "The prize is a peace deal",
                ExportFixtures.TRICKY_TEXT, "-1 starts with minus", "Abe has been here before");
    }

    @Test
    void notesArePlainTextWithTheirLineBreaks() throws IOException {
        Document doc = page(ExportFixtures.sample());

        assertThat(doc.select(".note")).extracting(Element::wholeText).containsExactly(
                "Compare the 2016 deals.\n\nSecond paragraph.", "Was in The History.",
                "=HYPERLINK(\"http://evil\")\n<i>note</i> *md*", "\tstarts with a tab", "Its briefing was deleted.");
        assertThat(doc.select(".note *")).isEmpty();
        assertThat(doc.select("style").first().data()).containsPattern("\\.note \\{[^}]*white-space: pre-wrap");
    }

    @Test
    void briefingsAreArticlesAndSectionPathsHeadings() throws IOException {
        Briefing seed = ExportFixtures.seed();
        Document doc = page(ExportFixtures.sample());

        assertThat(doc.select("article > h1").eachText()).containsExactly(seed.title(),
                ExportFixtures.tricky().title(), "deleted-briefing-2019");
        assertThat(doc.select("article").first().select("section > h2").eachText()).containsExactly(
                sectionHolding(seed, ExportFixtures.SEED_SENTENCE), sectionHolding(seed, "Time is running out"),
                "Orphans");
        assertThat(doc.select("section.orphans > h2").eachText()).containsExactly("Orphans", "Orphans");
        assertThat(doc.title()).isEqualTo("Notes: the library");
        assertThat(page(Exports.seedOnly()).title()).isEqualTo(seed.title());
    }

    @Test
    void everyAnnotationLinksBackToTheReader() throws IOException {
        ExportedNotes notes = ExportFixtures.sample();
        Document doc = page(notes);

        assertThat(doc.select("a")).extracting(a -> a.attr("href")).containsExactlyElementsOf(
                notes.briefings().stream().flatMap(b -> b.annotations().stream()).map(ExportedNotes::link).toList());
        assertThat(doc.select("a").eachText()).containsOnly("Open in Briefing Reader");
    }

    @Test
    void categoriesShowTheirColourAndTagsTheirNames() throws IOException {
        Document doc = page(ExportFixtures.sample());
        Element first = doc.select(".annotation").first();
        String evidence = Category.DEFAULTS.stream().filter(c -> c.name().equals("evidence")).findFirst()
                .orElseThrow().colour();

        assertThat(first.select(".category").text()).isEqualTo("evidence");
        assertThat(first.select(".category .swatch").attr("style")).isEqualTo("background-color: " + evidence);
        assertThat(first.select(".tag").eachText()).containsExactly("#economy", "#sweeteners");
        assertThat(doc.select(".swatch")).hasSize(4);
    }

    @Test
    void unknownCategoryIsNamedWithoutASwatch() throws IOException {
        ExportedNotes notes = ExportFixtures.sample();
        Document doc = page(new ExportedNotes(notes.exported(), notes.scope(), notes.briefings(), List.of()));

        assertThat(doc.select(".category").eachText()).containsExactly("evidence", "key judgement", "question",
                "disagree");
        assertThat(doc.select(".swatch")).isEmpty();
    }
}
