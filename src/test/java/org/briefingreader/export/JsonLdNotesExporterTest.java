package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.junit.jupiter.api.Test;

/** The bytes the JSON-LD exporter writes: stable, readable, and about only what it was given. */
class JsonLdNotesExporterTest {
    private final JsonLdNotesExporter exporter = new JsonLdNotesExporter();

    @Test
    void namesItsFormatAndExtension() {
        assertThat(exporter.format()).isEqualTo("jsonld");
        assertThat(exporter.extension()).isEqualTo("jsonld");
    }

    @Test
    void sameNotesGiveTheSameBytesWithUnixLineEndsAndAFinalNewline() throws Exception {
        String first = write(ExportFixtures.sample());
        String second = write(ExportFixtures.sample());

        assertThat(first).isEqualTo(second).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
        assertThat(first).startsWith("{\n  \"@context\": [\n    \"http://www.w3.org/ns/anno.jsonld\",");
    }

    @Test
    void differentExportsHaveDifferentCollectionIds() throws Exception {
        ExportedNotes sample = ExportFixtures.sample();
        ExportedNotes later = new ExportedNotes(sample.exported().plusSeconds(1), sample.scope(), sample.briefings(),
                sample.categories());

        assertThat(JsonLdNotesExporter.collectionId(later)).isNotEqualTo(JsonLdNotesExporter.collectionId(sample));
    }

    @Test
    void textIsWrittenAsItselfNotEscaped() throws Exception {
        String json = write(ExportFixtures.sample());

        // The emoji as its UTF-8 bytes, markup as typed: a person can read the file, and nothing is escaped twice.
        assertThat(json).contains("`code` \uD83D\uDE00 \\\"quoted\\\"").doesNotContain("\\uD83D")
                .contains("=HYPERLINK(\\\"http://evil\\\")\\n<i>note</i> *md*")
                .contains("\"value\": \"\\tstarts with a tab\"");
    }

    @Test
    void deletedBriefingIsNamedByItsIriAlone() throws Exception {
        JsonNode doc = JsonLdW3cConformanceTest.export(ExportFixtures.sample());

        JsonNode last = doc.get("first").get("items").get(5).get("target").get("source");
        assertThat(last.get("id").asText()).isEqualTo("briefing-reader://briefing/deleted-briefing-2019");
        assertThat(last.size()).isEqualTo(2);
        JsonNode tricky = doc.get("first").get("items").get(3).get("target").get("source");
        assertThat(tricky.get("br:title").asText()).isEqualTo("<script>alert(1)</script> & *Stars*");
        assertThat(tricky.get("br:publisher").asText()).isEqualTo("Source \"Q\" & Co");
        assertThat(tricky.get("br:published").asText()).isEqualTo("2020-01-02T09:00:00Z");
    }

    @Test
    void categoryWithoutAKnownColourHasNoColour() throws Exception {
        ExportedNotes sample = ExportFixtures.sample();
        ExportedNotes fewer = new ExportedNotes(sample.exported(), sample.scope(), sample.briefings(),
                List.of(new Category("Evidence", "#000000")));

        JsonNode items = JsonLdW3cConformanceTest.export(fewer).get("first").get("items");

        // Names compare ignoring case: "evidence" takes the colour of "Evidence".
        assertThat(items.get(0).get("body").get(3).get("br:colour").asText()).isEqualTo("#000000");
        assertThat(items.get(1).get("body").get(0).get("value").asText()).isEqualTo("key judgement");
        assertThat(items.get(1).get("body").get(0).has("br:colour")).isFalse();
    }

    @Test
    void leavesTheStreamOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        exporter.write(new ExportedNotes(ExportFixtures.EXPORTED, "none", List.<BriefingNotes>of(), List.of()), out);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"total\": 0");
    }

    private String write(ExportedNotes notes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(notes, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
