package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.BriefingInputException;
import org.junit.jupiter.api.Test;

/** docs/export.md and docs/examples/notes.jsonld promise what the code does: checked here. */
class JsonLdExampleDocTest {
    private static final Path DOC = Path.of("docs", "export.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedExampleIsWhatTheExporterWritesNow() throws Exception {
        // After a deliberate change of the format, run JsonLdExample.main to write the example again.
        assertThat(new String(Files.readAllBytes(JsonLdExample.FILE), StandardCharsets.UTF_8))
                .isEqualTo(new String(JsonLdExample.current(), StandardCharsets.UTF_8));
    }

    @Test
    void committedExampleReadsBackAsTheSeedNotes() throws Exception {
        ImportedNotes read = new JsonLdNotesReader().read(JsonLdExample.FILE);

        assertThat(read.annotations()).containsExactlyElementsOf(JsonLdExample.seedNotes().briefings().get(0)
                .annotations());
        assertThat(read.categories()).extracting(c -> c.name()).containsExactly("evidence", "key judgement");
    }

    @Test
    void docShowsTheExamplesFirstAnnotationAsWritten() throws Exception {
        JsonNode shown = JSON.readTree(jsonBlocks().get(0));
        JsonNode example = JSON.readTree(JsonLdExample.FILE.toFile());

        assertThat(shown).isEqualTo(example.get("first").get("items").get(0));
    }

    @Test
    void docShowsTheCollectionsOwnPropertiesAsTheSampleExportHasThem() throws Exception {
        JsonNode shown = JSON.readTree(jsonBlocks().get(1).replace("[ … ]", "[]").replace("…", "x"));
        JsonNode written = JsonLdW3cConformanceTest.export(ExportFixtures.sample());

        for (String key : List.of("@context", "type", "label", "total", "generator", "generated")) {
            assertThat(shown.get(key)).as(key).isEqualTo(written.get(key));
        }
        assertThat(fieldNames(shown)).containsExactlyElementsOf(fieldNames(written));
        assertThat(fieldNames(shown.get("first"))).containsExactlyElementsOf(fieldNames(written.get("first")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void extensionTableListsExactlyTheTermsTheExportWrites() throws Exception {
        Matcher row = Pattern.compile("^\\| `(br:[A-Za-z]+)` \\|", Pattern.MULTILINE).matcher(doc());
        Set<String> documented = new TreeSet<>();
        while (row.find()) {
            documented.add(row.group(1));
        }
        Set<String> written = new TreeSet<>();
        collectKeys(JsonLdW3cConformanceTest.export(ExportFixtures.sample()), written);

        assertThat(documented).isEqualTo(written);
    }

    @Test
    void refusalsShownInTheDocAreTheReadersOwnWords() throws Exception {
        List<String> shown = textBlock();
        List<String> actual = new ArrayList<>();
        actual.add(refusal("{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n  \"id\": }"));
        actual.add(refusal(d -> ((ObjectNode) item(d).get("target")).put("source", "http://example.org/page1")));
        actual.add(refusal(d -> ((ArrayNode) item(d).get("target").get("selector")).remove(0)));
        actual.add(refusal(d -> item(d).put("created", 20261129)));
        actual.add(refusal(d -> {
            ArrayNode items = (ArrayNode) d.get("first").get("items");
            items.add(items.get(0).deepCopy());
            d.put("total", 7);
        }));
        actual.add(refusal(d -> d.put("total", 7)));

        assertThat(shown).containsExactlyElementsOf(actual);
    }

    private static String refusal(Consumer<ObjectNode> change) throws Exception {
        ObjectNode doc = (ObjectNode) JsonLdW3cConformanceTest.export(ExportFixtures.sample());
        change.accept(doc);
        return refusal(doc.toString());
    }

    private static String refusal(String json) {
        try {
            new JsonLdNotesReader().read(json.getBytes(StandardCharsets.UTF_8), Path.of("notes.jsonld"));
        } catch (BriefingInputException e) {
            return e.oneLine();
        }
        throw new AssertionError("read without complaint: " + json);
    }

    private static ObjectNode item(ObjectNode doc) {
        return (ObjectNode) doc.get("first").get("items").get(0);
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("br:")) {
                    keys.add(e.getKey());
                }
                collectKeys(e.getValue(), keys);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectKeys(element, keys));
        }
    }

    private static String doc() throws Exception {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    private static List<String> jsonBlocks() throws Exception {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc());
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static List<String> textBlock() throws Exception {
        // The refusals are the first text block of the "Importing notes" section.
        String doc = doc();
        Matcher m = Pattern.compile("```text\n(.*?)```", Pattern.DOTALL)
                .matcher(doc.substring(doc.indexOf("\n## Importing notes")));
        assertThat(m.find()).isTrue();
        return List.of(m.group(1).strip().split("\n"));
    }
}
