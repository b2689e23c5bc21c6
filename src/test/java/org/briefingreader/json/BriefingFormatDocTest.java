package org.briefingreader.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.SectionKindTable;
import org.junit.jupiter.api.Test;

/** docs/briefing-format.md promises things the code must keep: its example and its kinds table are checked. */
class BriefingFormatDocTest {
    private static final Path DOC = Path.of("docs", "briefing-format.md");

    @Test
    void exampleIsExactlyWhatWriteProducesAndConformsToTheSchema() throws Exception {
        String example = jsonExample();

        Briefing read = BriefingJson.read(example, Path.of("example.json"), "sha256:unused");

        assertThat(read.sections()).extracting(s -> s.kind()).containsExactly(SectionKind.CONTEXT, SectionKind.OUTLOOK);
        assertThat(read.sections().get(1).paragraphs()).extracting(p -> p.list().orElse(null))
                .containsExactly(null, ListMark.NUMBERED, ListMark.NUMBERED);
        assertThat(BriefingJson.writeString(read)).isEqualTo(example);
        try (InputStream in = BriefingJson.class.getResourceAsStream(BriefingJson.SCHEMA_RESOURCE)) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in)
                    .validate(new ObjectMapper().readTree(example))).isEmpty();
        }
    }

    @Test
    void smallestFileImportsAsTheDocSays() throws Exception {
        Briefing read = BriefingJson.read("{\"schemaVersion\": 1, \"title\": \"Notes\"}".getBytes(StandardCharsets.UTF_8),
                Path.of("notes.json"));

        assertThat(read.id()).isEqualTo("notes");
        assertThat(read.allUnits()).isEmpty();
        assertThat(read.originalFileName()).isEqualTo("notes.json");
        assertThat(read.contentHash()).startsWith("sha256:");
    }

    @Test
    void kindTableRowsAreTheDefaultTableInOrder() throws IOException {
        Pattern row = Pattern.compile("^\\| \\d+ \\| `(.+)` \\| `([a-z]+)` \\|$", Pattern.MULTILINE);
        Matcher m = row.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        List<String> documented = new ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1).replace("\\|", "|") + " -> " + m.group(2));
        }

        List<String> actual = SectionKindTable.defaults().rows().stream()
                .map(r -> r.pattern().pattern() + " -> " + r.kind().label())
                .toList();
        assertThat(documented).containsExactlyElementsOf(actual);
    }

    @Test
    void listErrorExampleIsTheMessageTheReaderGives() throws IOException {
        Matcher documented = Pattern.compile("\\(`(sections\\[0]\\.paragraphs\\[1]\\.list: [^`]+)`\\)")
                .matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        assertThat(documented.find()).as("the doc shows the error of a wrong list mark").isTrue();
        byte[] json = """
                {"schemaVersion": 1, "title": "T", "sections": [{"id": "s", "heading": "S", "kind": "other",
                 "paragraphs": [{"id": "s.p1", "text": "One"}, {"id": "s.p2", "text": "Two", "list": "star"}]}]}
                """.getBytes(StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> BriefingJson.read(json, Path.of("notes.json")));

        assertThat(thrown).hasMessageEndingWith(documented.group(1));
    }

    private static String jsonExample() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }
}
