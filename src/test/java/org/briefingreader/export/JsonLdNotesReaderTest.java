package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.Assumptions;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.Placement;
import org.briefingreader.domain.annotation.Reanchorer;
import org.briefingreader.domain.annotation.TextPositionSelector;
import org.briefingreader.domain.annotation.TextQuoteSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading notes files: ours back, other tools' annotations, the W3C examples, and one-line refusals. */
class JsonLdNotesReaderTest {
    private static final Path W3C_EXAMPLES = Path.of("..", "shared", "corpus", "w3c-annotation-model-examples",
            "model", "wd2", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2027-01-02T03:04:05Z");
    private static final String SEED_IRI = "briefing-reader://briefing/"
            + "japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25";

    @TempDir
    Path dir;

    private final JsonLdNotesReader reader = new JsonLdNotesReader(Clock.fixed(NOW, ZoneOffset.UTC));

    // --- other tools' annotations ---

    @Test
    void anotherToolsAnnotationReadsWithoutOurExtras() throws Exception {
        String json = """
                {
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "id": "https://annotations.example.org/a/Xy12",
                  "type": "Annotation",
                  "motivation": "oa:commenting",
                  "created": "2025-03-04T10:11:12.345678+00:00",
                  "modified": "2025-03-05T08:00:00Z",
                  "creator": {"id": "acct:someone@example.org", "name": "Someone"},
                  "tool:flagged": false,
                  "body": [
                    {"type": "TextualBody", "value": "Why now?", "format": "text/markdown"},
                    {"type": "TextualBody", "value": " Japan ", "purpose": "tagging"},
                    {"type": "TextualBody", "value": "diplomacy", "purpose": ["tagging"]}
                  ],
                  "target": {
                    "source": "%s",
                    "selector": [
                      {"type": "RangeSelector", "startSelector": {"type": "XPathSelector", "value": "/p[3]"},
                       "endSelector": {"type": "XPathSelector", "value": "/p[4]"}},
                      {"type": "TextPositionSelector", "start": 3915, "end": 3944},
                      {"type": "TextQuoteSelector", "exact": "Time is running out for Japan",
                       "prefix": "Tokyo's Unambitious Plan\\n\\n", "suffix": " as the period"}
                    ]
                  }
                }
                """.formatted(SEED_IRI);

        ImportedNotes read = reader.read(write(json));
        ImportedNotes again = reader.read(write(json));

        Annotation a = read.annotations().get(0);
        assertThat(a.id()).isEqualTo(again.annotations().get(0).id());
        assertThat(a.created()).isEqualTo(Instant.parse("2025-03-04T10:11:12.345678Z"));
        assertThat(a.modified()).isEqualTo(Instant.parse("2025-03-05T08:00:00Z"));
        assertThat(a.motivation()).isEqualTo(Motivation.COMMENTING);
        assertThat(a.note()).contains("Why now?");
        assertThat(a.tags()).containsExactly("Japan", "diplomacy");
        assertThat(a.category()).isEmpty();
        assertThat(a.briefingId()).isEqualTo(SEED_IRI.substring("briefing-reader://briefing/".length()));
        assertThat(a.target().quote()).isEqualTo(new TextQuoteSelector("Time is running out for Japan",
                "Tokyo's Unambitious Plan\n\n", " as the period"));
        assertThat(a.target().position()).isEqualTo(new TextPositionSelector(3915, 3944));
        assertThat(a.target().unitIds()).isEmpty();
        assertThat(a.anchoredTo()).isEqualTo(JsonLdNotesReader.UNKNOWN_VERSION);
        assertThat(a.anchoring()).isEqualTo(Anchoring.ANCHORED);
        assertThat(read.categories()).isEmpty();
    }

    @Test
    void quoteWithoutPositionIsPlacedAgainByTheLibrary() throws Exception {
        Briefing seed = ExportFixtures.seed();
        String json = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x-tool:1", "type": "Annotation",
                 "bodyValue": "Check this",
                 "target": {"source": {"id": "%s", "type": "Text"},
                            "selector": {"type": "TextQuoteSelector", "exact": "%s"}}}
                """.formatted(SEED_IRI, ExportFixtures.SEED_SENTENCE);

        Annotation a = reader.read(write(json)).annotations().get(0);

        assertThat(a.created()).isEqualTo(NOW).isEqualTo(a.modified());
        assertThat(a.note()).contains("Check this");
        assertThat(a.motivation()).isEqualTo(Motivation.COMMENTING);
        assertThat(a.target().position()).isEqualTo(new TextPositionSelector(0,
                ExportFixtures.SEED_SENTENCE.length()));
        // The unknown version makes the library place it again; by its quote, it lands where the sentence is.
        Placement placed = Reanchorer.place(a, CanonicalText.of(seed), seed.contentHash());
        Annotation expected = ExportFixtures.annotate(seed, ExportFixtures.SEED_SENTENCE, Optional.empty(),
                List.of(), Optional.empty(), NOW);
        assertThat(placed.method()).isEqualTo(Placement.Method.QUOTE);
        assertThat(placed.annotation().target()).isEqualTo(expected.target());
        assertThat(placed.annotation().anchoredTo()).isEqualTo(seed.contentHash());
    }

    @Test
    void ourExtrasAreReadUnderWhateverPrefixTheFileBindsToOurNamespace() throws Exception {
        String ours = new String(exported(), StandardCharsets.UTF_8);
        String renamed = ours.replace("\"br:", "\"x:").replace("\"br\":", "\"x\":");
        assertThat(renamed).doesNotContain("\"br:").contains("\"x:units\"");

        ImportedNotes read = reader.read(write(renamed));

        assertThat(read.annotations()).containsExactlyElementsOf(JsonLdRoundTripTest.flatten(ExportFixtures.sample()));
        assertThat(read.categories()).hasSize(4);
    }

    @Test
    void withoutOurNamespaceBoundOurExtrasAreIgnored() throws Exception {
        ObjectNode doc = ours();
        ((ArrayNode) doc.get("@context")).remove(1);

        List<Annotation> read = reader.read(write(doc.toString())).annotations();

        assertThat(read).hasSize(6).allSatisfy(a -> {
            assertThat(a.target().unitIds()).isEmpty();
            assertThat(a.anchoredTo()).isEqualTo(JsonLdNotesReader.UNKNOWN_VERSION);
            assertThat(a.anchoring()).isEqualTo(Anchoring.ANCHORED);
        });
        assertThat(reader.read(write(doc.toString())).categories()).isEmpty();
    }

    @Test
    void contextMayUnbindTermsAndAddOtherContexts() throws Exception {
        ObjectNode doc = ours();
        ((ObjectNode) doc.get("@context").get(1)).putNull("schema");
        ((ArrayNode) doc.get("@context")).add("http://www.w3.org/ns/ldp.jsonld");

        assertThat(reader.read(write(doc.toString())).annotations())
                .containsExactlyElementsOf(JsonLdRoundTripTest.flatten(ExportFixtures.sample()));
    }

    @Test
    void anAnnotationPageReadsToo() throws Exception {
        ObjectNode page = (ObjectNode) ours().get("first");
        page.set("@context", ours().get("@context"));

        assertThat(reader.read(write(page.toString())).annotations()).hasSize(6);
    }

    // --- the W3C model's own examples ---

    @Test
    void w3cTextQuoteExamplesAreRefusedForTheirWebPageSource() throws Exception {
        for (String name : List.of("anno23.json", "anno29.json")) {
            Path example = correctExample(name);

            assertThatThrownBy(() -> reader.read(example)).isInstanceOf(BriefingInputException.class)
                    .hasMessage(example + ": target.source: 'http://example.org/page1' is not a briefing: expected"
                            + " briefing-reader://briefing/<briefing id> (lower-case letters, digits and hyphens)");
        }
    }

    @Test
    void w3cTextQuoteExamplesPointedAtABriefingRead() throws Exception {
        ObjectNode anno23 = (ObjectNode) JSON.readTree(correctExample("anno23.json").toFile());
        ((ObjectNode) anno23.get("target")).put("source", SEED_IRI);
        ObjectNode anno29 = (ObjectNode) JSON.readTree(correctExample("anno29.json").toFile());
        ((ObjectNode) anno29.get("target")).put("source", SEED_IRI);

        Annotation quoted = reader.read(write(anno23.toString())).annotations().get(0);
        Annotation refined = reader.read(write(anno29.toString())).annotations().get(0);

        assertThat(quoted.target().quote()).isEqualTo(new TextQuoteSelector("anotation", "this is an ",
                " that has some"));
        assertThat(quoted.note()).contains("<http://example.org/comment1>");
        assertThat(quoted.motivation()).isEqualTo(Motivation.COMMENTING);
        assertThat(quoted.created()).isEqualTo(NOW);
        // Only the quote is taken from a refinement: a refined position would count from the fragment, not the text.
        assertThat(refined.target().quote()).isEqualTo(new TextQuoteSelector("Selected Text", "text before the ",
                " and text after it"));
        assertThat(refined.target().position()).isEqualTo(new TextPositionSelector(0, 13));
        assertThat(refined.id()).isNotEqualTo(quoted.id());
    }

    @Test
    void everyW3cExampleIsReadOrRefusedInOneLineNamingTheFile() throws Exception {
        Assumptions.assumeThat(W3C_EXAMPLES).as("the W3C examples corpus (../shared/corpus) is absent").exists();
        int refused = 0;
        try (Stream<Path> files = Stream.concat(Files.list(W3C_EXAMPLES.resolve("correct")),
                Files.list(W3C_EXAMPLES.resolve("incorrect")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    reader.read(file);
                } catch (BriefingInputException e) {
                    assertThat(e.oneLine()).as(file.toString()).startsWith(file + ":").doesNotContain("\n")
                            .doesNotContain("Exception").doesNotContain("\tat ");
                    refused++;
                }
            }
        }
        // All of them: their sources are web pages, not briefings (or they are broken).
        assertThat(refused).isEqualTo(84);
    }

    @Test
    void w3cExampleWithTrailingCommaIsRefusedAtItsLineAndColumn() throws Exception {
        Path example = W3C_EXAMPLES.resolve("incorrect/anno12.json");
        Assumptions.assumeThat(example).as("the W3C examples corpus (../shared/corpus) is absent").exists();

        BriefingInputException e = refused(example);

        assertThat(e.line()).hasValue(8);
        assertThat(e.column()).hasValue(1);
        assertThat(e.getMessage()).startsWith(example + ":8:1: not valid JSON: ");
    }

    // --- refusals ---

    @Test
    void badJsonNamesFileLineAndColumn() throws Exception {
        BriefingInputException e = refused("{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n  \"id\": }");

        assertThat(e.getMessage()).startsWith(dir.resolve("notes.jsonld") + ":3:9: not valid JSON: Unexpected"
                + " character ('}'");
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("[Source");
    }

    @Test
    void emptyOrNonObjectFilesAreRefused() throws Exception {
        assertThat(refused("").problem()).isEqualTo("no JSON value in the file (0 bytes)");
        assertThat(refused("[]").problem()).isEqualTo("expected a JSON object ({ ... }) at the top level");
        assertThat(refused("{\"id\": 1} {}").problem()).startsWith("not valid JSON: Trailing token");
    }

    @Test
    void fileWithoutTheW3cContextIsRefused() throws Exception {
        assertThat(refused("{\"id\": \"urn:x:1\", \"type\": \"Annotation\"}").problem())
                .isEqualTo("@context: missing: not W3C Web Annotation JSON-LD");
        assertThat(refused("{\"@context\": \"http://schema.org/\", \"type\": \"Annotation\"}").problem())
                .isEqualTo("@context: does not name http://www.w3.org/ns/anno.jsonld: not W3C Web Annotation JSON-LD");
    }

    @Test
    void documentOfAnotherTypeIsRefused() throws Exception {
        assertThat(refused("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Person\"}").problem())
                .isEqualTo("type: expected AnnotationCollection, AnnotationPage or Annotation, found Person");
    }

    @Test
    void missingOrMistypedValuesAreNamedByTheirPath() throws Exception {
        assertThat(problem(d -> item(d).remove("id"))).isEqualTo("first.items[0].id: missing (required)");
        assertThat(problem(d -> item(d).put("id", "not an iri"))).startsWith("first.items[0].id: 'not an iri' is"
                + " not an IRI");
        assertThat(problem(d -> item(d).put("created", 20261129))).isEqualTo("first.items[0].created: expected a"
                + " string, found a number");
        assertThat(problem(d -> item(d).put("created", "2026-11-29T08:00:00"))).isEqualTo("first.items[0].created:"
                + " '2026-11-29T08:00:00' is not a date and time with a time zone, such as \"2026-11-30T12:00:00Z\"");
        assertThat(problem(d -> selector(d, 1).put("start", "6086"))).isEqualTo("first.items[0].target.selector[1]"
                + ".start: expected a whole number of at least 0, found a string");
        assertThat(problem(d -> selector(d, 1).put("end", 10))).isEqualTo("first.items[0].target.selector[1]: end"
                + " 10 must be after start 6086");
        assertThat(problem(d -> selector(d, 0).put("exact", ""))).isEqualTo("first.items[0].target.selector[0]"
                + ".exact: empty: a quote selector needs the selected text");
        assertThat(problem(d -> ((ObjectNode) item(d).get("target")).putArray("br:units").add(3)))
                .isEqualTo("first.items[0].target.br:units[0]: expected a string, found a number");
        assertThat(problem(d -> ((ObjectNode) item(d).get("target")).put("br:anchoring", "lost")))
                .isEqualTo("first.items[0].target.br:anchoring: expected \"anchored\" or \"orphan\", found 'lost'");
        assertThat(problem(d -> item(d).put("modified", "2020-01-01T00:00:00Z"))).isEqualTo("first.items[0]:"
                + " annotation dc10e4c8-0c70-3ce8-b8a2-41302fa3d246 modified before it was created");
    }

    @Test
    void whatATargetNeedsIsRequired() throws Exception {
        assertThat(problem(d -> item(d).remove("target"))).isEqualTo("first.items[0].target: missing (required)");
        assertThat(problem(d -> {
            ObjectNode target = (ObjectNode) item(d).get("target");
            item(d).putArray("target").add(target).add(target.deepCopy());
        }))
                .isEqualTo("first.items[0].target: 2 targets: a Briefing Reader annotation has one passage");
        assertThat(problem(d -> item(d).put("target", SEED_IRI))).startsWith("first.items[0].target: the target is"
                + " only a link (" + SEED_IRI + "); Briefing Reader needs a SpecificResource");
        assertThat(problem(d -> ((ObjectNode) item(d).get("target").get("source")).put("id",
                "briefing-reader://briefing/Not_An_Id"))).startsWith("first.items[0].target.source.id:"
                + " 'briefing-reader://briefing/Not_An_Id' is not a briefing");
        assertThat(problem(d -> ((ArrayNode) item(d).get("target").get("selector")).remove(0)))
                .isEqualTo("first.items[0].target.selector: no TextQuoteSelector: Briefing Reader needs the quoted"
                        + " passage to place the annotation");
    }

    @Test
    void bodiesBriefingReaderCannotKeepAreRefused() throws Exception {
        assertThat(problem(d -> item(d).put("bodyValue", "also"))).isEqualTo("first.items[0].bodyValue: an"
                + " annotation has bodyValue or body, not both");
        assertThat(problem(d -> ((ArrayNode) item(d).get("body")).addObject().put("type", "Choice")
                .putArray("items"))).startsWith("first.items[0].body[4]: a body of type Choice cannot be imported");
        assertThat(problem(d -> ((ArrayNode) item(d).get("body")).add("not a link"))).isEqualTo("first.items[0]"
                + ".body[4]: 'not a link' is neither an embedded body nor an IRI");
        assertThat(problem(d -> ((ArrayNode) item(d).get("body")).addObject().put("type", "TextualBody")
                .put("value", "question").put("purpose", "classifying"))).isEqualTo("first.items[0].body[4]: a"
                + " second category ('question' after 'evidence'): an annotation is filed under one category at most");
        assertThat(problem(d -> ((ObjectNode) item(d).get("body").get(3)).put("br:colour", "red")))
                .isEqualTo("first.items[0].body[3].br:colour: category colour must be #rrggbb, got 'red'");
        assertThat(problem(d -> ((ArrayNode) item(d).get("body")).addObject().put("type", "TextualBody")
                .put("value", "x".repeat(61)).put("purpose", "tagging"))).startsWith("first.items[0].body[4].value:"
                + " a tag has at most 60 characters");
    }

    @Test
    void categoryGivenTwoColoursIsRefused() throws Exception {
        String problem = problem(d -> ((ObjectNode) d.get("first").get("items").get(1).get("body").get(0))
                .put("value", "Evidence"));

        assertThat(problem).isEqualTo("first.items[1].body[0].br:colour: category 'Evidence' is #f2c14e here but"
                + " #5fb37c before");
    }

    @Test
    void collectionsThatDoNotHoldTheirAnnotationsAreRefused() throws Exception {
        assertThat(problem(d -> d.put("total", 7))).isEqualTo("total: says 7 annotations, but the file holds 6");
        assertThat(problem(d -> d.put("first", "urn:uuid:0f0c2b1e-8d7a-4c3e-9b1a-2f6d7e8c9a0b")))
                .startsWith("first: the first page is not in this file (only a link to it)");
        assertThat(problem(d -> ((ObjectNode) d.get("first")).put("next", "urn:x:page2"))).isEqualTo("first.next:"
                + " the collection continues in another page that is not in this file");
        assertThat(problem(d -> ((ArrayNode) d.get("first").get("items")).set(0, "urn:x:anno")))
                .startsWith("first.items[0]: an annotation given only as a link cannot be read");
    }

    @Test
    void anAnnotationTwiceIsRefused() throws Exception {
        String problem = problem(d -> {
            ArrayNode items = (ArrayNode) d.get("first").get("items");
            items.add(items.get(0).deepCopy());
            d.put("total", 7);
        });

        assertThat(problem).isEqualTo("first.items[6]: annotation dc10e4c8-0c70-3ce8-b8a2-41302fa3d246 appears twice"
                + " (first at first.items[0])");
    }

    // --- helpers ---

    private interface Change {
        void apply(ObjectNode doc);
    }

    /** The problem (without the file name) of our sample export changed by {@code change}. */
    private String problem(Change change) throws Exception {
        ObjectNode doc = ours();
        change.apply(doc);
        return refused(doc.toString()).problem();
    }

    private BriefingInputException refused(String json) throws Exception {
        return refused(write(json));
    }

    private BriefingInputException refused(Path file) {
        BriefingInputException e = org.junit.jupiter.api.Assertions.assertThrows(BriefingInputException.class,
                () -> reader.read(file));
        assertThat(e.oneLine()).startsWith(file + ":").doesNotContain("\n");
        return e;
    }

    private Path write(String json) throws Exception {
        Path file = dir.resolve("notes.jsonld");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] exported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdNotesExporter().write(ExportFixtures.sample(), out);
        return out.toByteArray();
    }

    private static ObjectNode ours() throws Exception {
        return (ObjectNode) JSON.readTree(exported());
    }

    private static ObjectNode item(ObjectNode doc) {
        return (ObjectNode) doc.get("first").get("items").get(0);
    }

    private static ObjectNode selector(ObjectNode doc, int i) {
        return (ObjectNode) item(doc).get("target").get("selector").get(i);
    }

    private static Path correctExample(String name) {
        Path example = W3C_EXAMPLES.resolve("correct").resolve(name);
        Assumptions.assumeThat(example).as("the W3C examples corpus (../shared/corpus) is absent").exists();
        return example;
    }
}
