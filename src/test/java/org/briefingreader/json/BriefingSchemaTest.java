package org.briefingreader.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.briefingreader.domain.SectionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BriefingSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = BriefingJson.class.getResourceAsStream(BriefingJson.SCHEMA_RESOURCE)) {
            assertThat(in).as(BriefingJson.SCHEMA_RESOURCE).isNotNull();
            schemaTree = MAPPER.readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
    }

    @Test
    void writtenRichBriefingConforms() throws IOException {
        assertThat(validate(BriefingJson.write(SampleBriefings.rich()))).isEmpty();
    }

    @Test
    void writtenMinimalBriefingConforms() throws IOException {
        assertThat(validate(BriefingJson.write(SampleBriefings.minimal()))).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writtenRandomBriefingsConform(long seed) throws IOException {
        assertThat(validate(BriefingJson.write(SampleBriefings.random(seed)))).isEmpty();
    }

    static List<Arguments> invalidEdits() {
        List<Arguments> edits = new ArrayList<>();
        edits.add(edit("newer schemaVersion", d -> d.put("schemaVersion", 2)));
        edits.add(edit("no schemaVersion", d -> d.remove("schemaVersion")));
        edits.add(edit("no title", d -> d.remove("title")));
        edits.add(edit("blank title", d -> d.put("title", "   ")));
        edits.add(edit("upper-case id", d -> d.put("id", "Japan-2018")));
        edits.add(edit("reserved id", d -> d.put("id", "con")));
        edits.add(edit("unknown property", d -> d.put("subtitel", "x")));
        edits.add(edit("unknown kind", d -> section(d).put("kind", "foo")));
        edits.add(edit("section without heading", d -> section(d).remove("heading")));
        edits.add(edit("paragraph without text", d -> ((ObjectNode) d.get("lede").get(0)).remove("text")));
        edits.add(edit("unit id with space", d -> ((ObjectNode) d.get("lede").get(0)).put("id", "lede p1")));
        edits.add(edit("date without time", d -> d.put("published", "2018-05-25")));
        edits.add(edit("read time in minutes", d -> d.put("readTime", 7)));
        edits.add(edit("captions not a list", d -> d.putObject("captions")));
        return edits;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEdits")
    void invalidDocumentsAreRejected(String what, Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode document = (ObjectNode) MAPPER.readTree(BriefingJson.write(SampleBriefings.rich()));
        assertThat(schema.validate(document)).as("before: " + what).isEmpty();

        breakIt.accept(document);

        assertThat(schema.validate(document)).as(what).isNotEmpty();
    }

    @Test
    void schemaKindsAreTheDomainKinds() {
        List<String> kinds = new ArrayList<>();
        schemaTree.at("/$defs/section/properties/kind/enum").forEach(k -> kinds.add(k.asText()));

        assertThat(kinds).containsExactlyElementsOf(
                Arrays.stream(SectionKind.values()).map(SectionKind::label).toList());
    }

    @Test
    void schemaNamesEveryWrittenFieldAndNoOther() throws IOException {
        JsonNode written = MAPPER.readTree(BriefingJson.write(SampleBriefings.rich()));
        List<String> writtenNames = new ArrayList<>();
        written.fieldNames().forEachRemaining(writtenNames::add);
        List<String> schemaNames = new ArrayList<>();
        schemaTree.get("properties").fieldNames().forEachRemaining(schemaNames::add);
        schemaNames.remove("$schema");

        assertThat(schemaNames).containsExactlyElementsOf(writtenNames);
    }

    private static Set<ValidationMessage> validate(byte[] json) throws IOException {
        return schema.validate(MAPPER.readTree(json));
    }

    private static ObjectNode section(ObjectNode document) {
        return (ObjectNode) ((ArrayNode) document.get("sections")).get(0);
    }

    private static Arguments edit(String what, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, breakIt);
    }
}
