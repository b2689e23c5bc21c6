package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

class MarkdownNotesExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The front matter and the Markdown after it, as Obsidian and GitHub split them. */
    private record Written(List<String> frontMatter, Node body) {
    }

    private static Written write(ExportedNotes notes) throws IOException {
        String text = Exports.text(new MarkdownNotesExporter(), notes);
        assertThat(text).startsWith("---\n");
        int end = text.indexOf("\n---\n", 3);
        return new Written(List.of(text.substring(4, end).split("\n")), MarkdownTree.parse(text.substring(end + 5)));
    }

    /**
     * Reads the front matter's subset of YAML: {@code key: "scalar"}, {@code key: []} and {@code key:} with
     * {@code   - "item"} lines. Each double-quoted scalar is read as the JSON string it also is.
     */
    private static Map<String, Object> yaml(List<String> lines) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        List<String> list = null;
        for (String line : lines) {
            if (line.startsWith("  - ")) {
                list.add(JSON.readValue(line.substring(4), String.class));
            } else if (line.endsWith(":")) {
                list = new ArrayList<>();
                map.put(line.substring(0, line.length() - 1), list);
            } else {
                String key = line.substring(0, line.indexOf(": "));
                String value = line.substring(key.length() + 2);
                map.put(key, value.equals("[]") ? List.of() : JSON.readValue(value, String.class));
            }
        }
        return map;
    }

    private static List<String> texts(List<? extends Node> nodes) {
        return nodes.stream().map(MarkdownTree::text).toList();
    }

    private static String sectionHolding(Briefing briefing, String text) {
        return briefing.sections().stream()
                .filter(s -> s.paragraphs().stream().anyMatch(p -> p.text().contains(text)))
                .map(Section::heading).findFirst().orElseThrow();
    }

    @Test
    void frontMatterOfSeveralBriefingsNamesTheScopeSourcesAndAllTags() throws IOException {
        Map<String, Object> front = yaml(write(ExportFixtures.sample()).frontMatter());

        assertThat(front).containsExactly(
                Map.entry("title", "Notes: the library"),
                Map.entry("sources", List.of(ExportFixtures.seed().source().orElseThrow(), "Source \"Q\" & Co")),
                Map.entry("exported", "2026-11-30T12:00:00Z"),
                Map.entry("tags", List.of("economy", "sweeteners", "treaty", "@mention", "+plus", "tab-inside")));
    }

    @Test
    void frontMatterOfOneBriefingCarriesItsTitleSourceAndDate() throws IOException {
        Briefing seed = ExportFixtures.seed();
        Map<String, Object> front = yaml(write(Exports.seedOnly()).frontMatter());

        assertThat(front).containsExactly(
                Map.entry("title", seed.title()),
                Map.entry("source", seed.source().orElseThrow()),
                Map.entry("published", "2018-05-25T08:30:00Z"),
                Map.entry("exported", "2026-11-30T12:00:00Z"),
                Map.entry("tags", List.of("economy", "sweeteners", "treaty")));
    }

    @Test
    void frontMatterValuesWithYamlSyntaxReadBack() throws IOException {
        Map<String, Object> front = yaml(write(Exports.trickyOnly()).frontMatter());

        assertThat(front).containsEntry("title", ExportFixtures.tricky().title())
                .containsEntry("source", "Source \"Q\" & Co").containsEntry("author", "=cmd|' /C calc'!A0")
                .containsEntry("tags", List.of("@mention", "+plus", "tab-inside"));
    }

    @Test
    void briefingsAreLevelOneAndSectionsLevelTwoHeadings() throws IOException {
        Briefing seed = ExportFixtures.seed();
        Node body = write(ExportFixtures.sample()).body();
        List<Heading> headings = MarkdownTree.all(body, Heading.class);

        assertThat(texts(headings.stream().filter(h -> h.getLevel() == 1).toList())).containsExactly(seed.title(),
                ExportFixtures.tricky().title(), "deleted-briefing-2019");
        assertThat(texts(headings.stream().filter(h -> h.getLevel() == 2).toList())).containsExactly(
                sectionHolding(seed, ExportFixtures.SEED_SENTENCE), sectionHolding(seed, "Time is running out"),
                "Orphans", "Lede", "# Not a heading", "Orphans");
        assertThat(headings).allMatch(h -> h.getLevel() <= 2);
    }

    @Test
    void eachPassageIsABlockQuoteOfItsExactText() throws IOException {
        Node body = write(ExportFixtures.sample()).body();

        assertThat(texts(MarkdownTree.all(body, BlockQuote.class))).containsExactly(ExportFixtures.SEED_SENTENCE,
                "Time is running out for Japan", "The prize is a peace deal", ExportFixtures.TRICKY_TEXT,
                "-1 starts with minus", "Abe has been here before");
    }

    @Test
    void htmlInPassagesAndTitlesIsTextAndOnlyTheNoteKeepsItsOwn() throws IOException {
        Node body = write(ExportFixtures.sample()).body();

        for (Node quoteOrHeading : union(MarkdownTree.all(body, BlockQuote.class), MarkdownTree.all(body,
                Heading.class))) {
            assertThat(MarkdownTree.all(quoteOrHeading, HtmlInline.class)).isEmpty();
            assertThat(MarkdownTree.all(quoteOrHeading, HtmlBlock.class)).isEmpty();
        }
        assertThat(texts(MarkdownTree.all(body, HtmlInline.class))).containsExactly("<i>", "</i>");
        assertThat(MarkdownTree.all(body, HtmlBlock.class)).isEmpty();
    }

    private static List<Node> union(List<? extends Node> a, List<? extends Node> b) {
        List<Node> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void notesFollowTheirPassageAsMarkdown() throws IOException {
        List<Node> blocks = MarkdownTree.blocks(write(ExportFixtures.sample()).body());
        int quote = indexOfText(blocks, ExportFixtures.SEED_SENTENCE);

        assertThat(MarkdownTree.text(blocks.get(quote + 1))).isEqualTo("Compare the 2016 deals.");
        assertThat(MarkdownTree.text(blocks.get(quote + 2))).isEqualTo("Second paragraph.");
        int tricky = indexOfText(blocks, ExportFixtures.TRICKY_TEXT);
        assertThat(MarkdownTree.all(blocks.get(tricky + 1), Emphasis.class)).extracting(MarkdownTree::text)
                .containsExactly("md");
    }

    private static int indexOfText(List<Node> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof BlockQuote && MarkdownTree.text(blocks.get(i)).equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no quote of " + text);
    }

    @Test
    void everyAnnotationEndsWithTagsCategoryAndALinkBack() throws IOException {
        ExportedNotes notes = ExportFixtures.sample();
        List<Link> links = MarkdownTree.all(write(notes).body(), Link.class);
        List<String> expected = notes.briefings().stream().flatMap(b -> b.annotations().stream())
                .map(ExportedNotes::link).toList();

        assertThat(links).extracting(Link::getDestination).containsExactlyElementsOf(expected);
        assertThat(links).allSatisfy(l -> {
            assertThat(MarkdownTree.text(l)).isEqualTo("Open in Briefing Reader");
            assertThat(l.getParent()).isInstanceOf(Paragraph.class);
        });
        assertThat(MarkdownTree.text(links.get(0).getParent()))
                .isEqualTo("Tags: #economy #sweeteners · Category: evidence · Open in Briefing Reader");
        assertThat(MarkdownTree.text(links.get(1).getParent()))
                .isEqualTo("Category: key judgement · Open in Briefing Reader");
        assertThat(MarkdownTree.text(links.get(3).getParent()))
                .isEqualTo("Tags: #@mention #+plus #tab-inside · Category: question · Open in Briefing Reader");
    }

    @Test
    void passageAcrossParagraphsAndLinesKeepsItsBreaks() throws IOException {
        Briefing seed = ExportFixtures.seed();
        Briefing tricky = ExportFixtures.tricky();
        Instant t = Instant.parse("2026-11-29T08:00:00Z");
        Annotation twoUnits = ExportFixtures.annotate(seed, "for a breakthrough. The Big Picture", Optional.empty(),
                List.of(), Optional.empty(), t);
        Annotation lineBreak = ExportFixtures.annotate(tricky, "-1 starts with minus and has a line break.",
                Optional.empty(), List.of(), Optional.empty(), t);
        ExportedNotes notes = new ExportedNotes(t, "test", List.of(
                new BriefingNotes(seed.id(), Optional.of(seed), List.of(twoUnits)),
                new BriefingNotes(tricky.id(), Optional.of(tricky), List.of(lineBreak))), List.of());

        assertThat(twoUnits.target().quote().exact()).contains("\n\n");
        assertThat(lineBreak.target().quote().exact()).contains("\n");
        assertThat(texts(MarkdownTree.all(write(notes).body(), BlockQuote.class))).containsExactly(
                twoUnits.target().quote().exact(), lineBreak.target().quote().exact());
    }

    @Test
    void deletedBriefingIsHeadedByItsIdWithItsOrphans() throws IOException {
        BriefingNotes deleted = ExportFixtures.sample().briefings().get(2);
        Written written = write(Exports.only(deleted));

        assertThat(yaml(written.frontMatter())).containsEntry("title", "deleted-briefing-2019")
                .doesNotContainKeys("source", "published");
        assertThat(texts(MarkdownTree.all(written.body(), Heading.class)))
                .containsExactly("deleted-briefing-2019", "Orphans");
    }

    @Test
    void noteThatLooksLikeFrontMatterStaysInItsAnnotation() throws IOException {
        Briefing seed = ExportFixtures.seed();
        Instant t = Instant.parse("2026-11-29T08:00:00Z");
        Annotation odd = ExportFixtures.annotate(seed, ExportFixtures.SEED_SENTENCE,
                Optional.of("---\ntitle: hijacked\n---\n# Heading\n```\nopen fence"), List.of(), Optional.empty(), t);
        Written written = write(Exports.only(new BriefingNotes(seed.id(), Optional.of(seed), List.of(odd))));

        assertThat(yaml(written.frontMatter())).containsEntry("title", seed.title());
        assertThat(MarkdownTree.all(written.body(), Heading.class)).filteredOn(h -> h.getLevel() <= 2)
                .extracting(MarkdownTree::text).containsExactly(seed.title(),
                        sectionHolding(seed, ExportFixtures.SEED_SENTENCE));
        List<Node> blocks = MarkdownTree.blocks(written.body());
        assertThat(MarkdownTree.all(blocks.get(blocks.size() - 1), Link.class)).extracting(Link::getDestination)
                .containsExactly(ExportedNotes.link(odd));
    }
}
