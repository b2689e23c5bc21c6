package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.Assumptions;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON-LD export against the MUSTs of the W3C Web Annotation Data Model, and against the model's own examples. */
class JsonLdW3cConformanceTest {
    private static final Path W3C = Path.of("..", "shared", "corpus", "w3c-annotation-model-examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sampleExportMeetsEveryMustOfTheModel() throws Exception {
        assertThat(W3cAnnotationMusts.checkCollection(export(ExportFixtures.sample()))).isEmpty();
    }

    @Test
    void contextComesFirstWithTheW3cContextFirstAndOurPrefixBound() throws Exception {
        JsonNode doc = export(ExportFixtures.sample());

        assertThat(doc.fieldNames().next()).isEqualTo("@context");
        JsonNode context = doc.get("@context");
        assertThat(context.isArray()).isTrue();
        assertThat(context.get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(context.get(1).get("br").asText()).isEqualTo("https://briefing-reader.example/ns#");
        assertThat(context).hasSize(2);
    }

    @Test
    void collectionAndPageCarryTypesIdsLabelTotalAndGenerator() throws Exception {
        ExportedNotes sample = ExportFixtures.sample();
        JsonNode doc = export(sample);

        assertThat(doc.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(doc.get("id").asText()).startsWith("urn:uuid:");
        assertThat(doc.get("label").asText()).isEqualTo("Briefing Reader notes: the library");
        assertThat(doc.get("generated").asText()).isEqualTo("2026-11-30T12:00:00Z");
        assertThat(doc.get("generator").get("type").asText()).isEqualTo("Software");
        assertThat(doc.get("generator").get("name").asText()).isEqualTo("Briefing Reader");
        JsonNode page = doc.get("first");
        assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
        assertThat(page.get("id").asText()).startsWith("urn:uuid:").isNotEqualTo(doc.get("id").asText());
        assertThat(page.get("partOf").asText()).isEqualTo(doc.get("id").asText());
        assertThat(page.get("startIndex").asInt()).isZero();
        assertThat(page.has("@context")).isFalse();
        assertThat(page.has("next")).isFalse();
        assertThat(doc.get("total").asInt()).isEqualTo(page.get("items").size()).isEqualTo(6);
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(JsonLdRoundTripTest.flatten(sample).stream()
                .map(a -> "urn:uuid:" + a.id()).toList());
    }

    @Test
    void annotationsHaveTypeMotivationAndUtcTimes() throws Exception {
        ExportedNotes sample = ExportFixtures.sample();
        List<JsonNode> items = items(export(sample));
        List<Annotation> annotations = JsonLdRoundTripTest.flatten(sample);

        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            assertThat(item.has("@context")).as("context inherited from the collection").isFalse();
            assertThat(item.get("type").asText()).isEqualTo("Annotation");
            assertThat(item.get("motivation").asText()).isEqualTo(annotations.get(i).motivation().label());
            assertThat(W3cAnnotationMusts.isUtcDateTime(item.get("created").asText())).isTrue();
            assertThat(W3cAnnotationMusts.isUtcDateTime(item.get("modified").asText())).isTrue();
            assertThat(item.get("br:link").asText()).isEqualTo(ExportedNotes.link(annotations.get(i)));
        }
    }

    @Test
    void noteTagsAndCategoryAreTextualBodiesWithPurposes() throws Exception {
        JsonNode first = items(export(ExportFixtures.sample())).get(0);

        JsonNode body = first.get("body");
        assertThat(body).hasSize(4);
        assertThat(body.get(0).get("type").asText()).isEqualTo("TextualBody");
        assertThat(body.get(0).get("value").asText()).isEqualTo("Compare the 2016 deals.\n\nSecond paragraph.");
        assertThat(body.get(0).get("format").asText()).isEqualTo("text/markdown");
        assertThat(body.get(0).get("purpose").asText()).isEqualTo("commenting");
        assertThat(body.get(1).get("value").asText()).isEqualTo("economy");
        assertThat(body.get(1).get("purpose").asText()).isEqualTo("tagging");
        assertThat(body.get(2).get("value").asText()).isEqualTo("sweeteners");
        assertThat(body.get(3).get("value").asText()).isEqualTo("evidence");
        assertThat(body.get(3).get("purpose").asText()).isEqualTo("classifying");
        assertThat(body.get(3).get("br:colour").asText()).isEqualTo("#5fb37c");
    }

    @Test
    void bareHighlightHasNoBodyAtAll() throws Exception {
        Briefing seed = ExportFixtures.seed();
        Annotation bare = ExportFixtures.annotate(seed, ExportFixtures.SEED_SENTENCE, Optional.empty(), List.of(),
                Optional.empty(), ExportFixtures.EXPORTED);
        JsonNode doc = export(new ExportedNotes(ExportFixtures.EXPORTED, "one", List.of(new BriefingNotes(seed.id(),
                Optional.of(seed), List.of(bare))), List.of()));

        JsonNode item = items(doc).get(0);
        assertThat(item.has("body")).isFalse();
        assertThat(item.has("bodyValue")).isFalse();
        assertThat(item.get("motivation").asText()).isEqualTo("highlighting");
        assertThat(W3cAnnotationMusts.checkCollection(doc)).isEmpty();
    }

    @Test
    void targetIsASpecificResourceOfTheBriefingWithQuoteAndCodePointPosition() throws Exception {
        ExportedNotes sample = ExportFixtures.sample();
        List<JsonNode> items = items(export(sample));
        List<Annotation> annotations = JsonLdRoundTripTest.flatten(sample);

        int i = 0;
        for (BriefingNotes group : sample.briefings()) {
            for (Annotation annotation : group.annotations()) {
                JsonNode target = items.get(i++).get("target");
                assertThat(target.get("type").asText()).isEqualTo("SpecificResource");
                assertThat(target.get("source").get("id").asText())
                        .isEqualTo("briefing-reader://briefing/" + group.briefingId());
                JsonNode quote = target.get("selector").get(0);
                JsonNode position = target.get("selector").get(1);
                assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
                assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
                String exact = quote.get("exact").asText();
                if (group.briefing().isPresent() && !annotation.isOrphan()) {
                    // The model counts code points: the position, applied that way to the briefing, gives the quote.
                    String text = CanonicalText.of(group.briefing().get()).text();
                    int start = text.offsetByCodePoints(0, position.get("start").asInt());
                    int end = text.offsetByCodePoints(0, position.get("end").asInt());
                    assertThat(text.substring(start, end)).isEqualTo(exact);
                }
                assertThat(position.get("end").asInt() - position.get("start").asInt())
                        .isEqualTo(exact.codePointCount(0, exact.length()));
            }
        }
        // One quote holds an emoji, so code points and UTF-16 units differ there: the check above would notice.
        assertThat(annotations).anyMatch(a -> a.target().quote().exact().codePointCount(0,
                a.target().quote().exact().length()) != a.target().quote().exact().length());
    }

    @Test
    void emptyExportHasNoPageAndStillMeetsTheModel() throws Exception {
        JsonNode doc = export(new ExportedNotes(ExportFixtures.EXPORTED, "tag none", List.of(), List.of()));

        assertThat(doc.get("total").asInt()).isZero();
        assertThat(doc.has("first")).isFalse();
        assertThat(W3cAnnotationMusts.checkCollection(doc)).isEmpty();
    }

    @Test
    void everyKeyAndClassIsATermOfTheW3cContextOrOurs() throws Exception {
        Path contextFile = W3C.resolve("jsonld/anno.jsonld");
        Assumptions.assumeThat(contextFile).as("the W3C examples corpus (../shared/corpus) is absent").exists();
        Set<String> terms = new HashSet<>();
        JSON.readTree(contextFile.toFile()).get("@context").fieldNames().forEachRemaining(terms::add);
        JsonNode doc = export(ExportFixtures.sample());

        List<String> unknown = new ArrayList<>();
        walk(doc, "", (path, node) -> {
            node.fieldNames().forEachRemaining(key -> {
                if (!key.equals("@context") && !terms.contains(key) && !key.startsWith("br:")) {
                    unknown.add(path + "." + key);
                }
            });
            for (String vocab : List.of("type", "motivation", "purpose")) {
                if (node.has(vocab) && !terms.contains(node.get(vocab).asText())) {
                    unknown.add(path + "." + vocab + " = " + node.get(vocab).asText());
                }
            }
        });
        assertThat(unknown).isEmpty();
    }

    @Test
    void theModelsOwnCollectionMeetsTheSameChecks() throws Exception {
        Path collection = W3C.resolve("model/wd2/examples/correct/collection1.json");
        Assumptions.assumeThat(collection).as("the W3C examples corpus (../shared/corpus) is absent").exists();

        assertThat(W3cAnnotationMusts.checkCollection(JSON.readTree(collection.toFile()))).isEmpty();
    }

    @Test
    void everyIncorrectExampleOfTheModelThatParsesBreaksAMust() throws Exception {
        Path incorrect = W3C.resolve("model/wd2/examples/incorrect");
        Assumptions.assumeThat(incorrect).as("the W3C examples corpus (../shared/corpus) is absent").exists();
        int checked = 0;
        try (Stream<Path> files = Files.list(incorrect)) {
            for (Path file : files.sorted().toList()) {
                JsonNode example;
                try {
                    example = JSON.readTree(file.toFile());
                } catch (IOException notJson) {
                    continue; // most of them are not even JSON (trailing commas): the reader's tests cover those
                }
                assertThat(W3cAnnotationMusts.checkAnnotation(example)).as(file.getFileName().toString()).isNotEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                broken("the W3C context dropped", d -> ((ArrayNode) d.get("@context")).remove(0)),
                broken("collection id not an IRI", d -> d.put("id", "collection 1")),
                broken("collection type wrong", d -> d.put("type", "Collection")),
                broken("total off by one", d -> d.put("total", 7)),
                broken("total negative", d -> d.put("total", -1)),
                broken("page without items", d -> ((ObjectNode) d.get("first")).putArray("items")),
                broken("page with its own context", d -> ((ObjectNode) d.get("first")).put("@context",
                        "http://www.w3.org/ns/anno.jsonld")),
                broken("annotation type missing", d -> item(d).remove("type")),
                broken("created not in UTC", d -> item(d).put("created", "2026-11-29T09:00:00+01:00")),
                broken("modified not a date", d -> item(d).put("modified", "yesterday")),
                broken("no target", d -> item(d).remove("target")),
                broken("textual body without value", d -> ((ObjectNode) item(d).get("body").get(0)).remove("value")),
                broken("two sources", d -> ((ObjectNode) item(d).get("target")).putArray("source").add("urn:a:1")
                        .add("urn:a:2")),
                broken("quote without exact", d -> ((ObjectNode) item(d).get("target").get("selector").get(0))
                        .remove("exact")),
                broken("negative start", d -> ((ObjectNode) item(d).get("target").get("selector").get(1))
                        .set("start", IntNode.valueOf(-1))),
                broken("motivation unknown", d -> item(d).set("motivation", TextNode.valueOf("liking"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void checksCatchABrokenCopyOfOurOutput(String what, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode doc = (ObjectNode) export(ExportFixtures.sample());
        breakIt.accept(doc);

        assertThat(W3cAnnotationMusts.checkCollection(doc)).as(what).isNotEmpty();
    }

    private static Arguments broken(String what, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, breakIt);
    }

    private static ObjectNode item(ObjectNode doc) {
        return (ObjectNode) doc.get("first").get("items").get(0);
    }

    static JsonNode export(ExportedNotes notes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdNotesExporter().write(notes, out);
        return JSON.readTree(out.toByteArray());
    }

    private static List<JsonNode> items(JsonNode doc) {
        List<JsonNode> items = new ArrayList<>();
        doc.get("first").get("items").forEach(items::add);
        return items;
    }

    private interface Visitor {
        void visit(String path, JsonNode object);
    }

    /** Visits every object below {@code node} except the contents of {@code @context}. */
    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("@context")) {
                    walk(e.getValue(), path + "." + e.getKey(), visitor);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
