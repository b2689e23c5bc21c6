package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.annotation.Annotation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnnotationJsonTest {
    private static final String ID = "japan-russia-2018-05-25";
    private static final Path FILE = Path.of("annotations", ID + ".json");

    private static String valid(Annotation annotation) {
        return new String(AnnotationJson.writeAnnotations(ID, List.of(annotation)), StandardCharsets.UTF_8);
    }

    @Test
    void writtenBytesReadBackEqual() throws BriefingInputException {
        List<Annotation> annotations = List.of(AnnotationSamples.rich(ID), AnnotationSamples.note(ID, "n", 1));

        byte[] json = AnnotationJson.writeAnnotations(ID, annotations);

        assertThat(AnnotationJson.readAnnotations(json, FILE, ID)).isEqualTo(annotations);
        assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\": 1,\n  \"briefing\": ")
                .doesNotContain("\r\n  ");
    }

    @Test
    void aFileJoinedFromFragmentsIsIndentedAsAWholeDocument() throws Exception {
        for (List<Annotation> annotations : List.of(List.<Annotation>of(), List.of(AnnotationSamples.rich(ID),
                AnnotationSamples.note(ID, "n", 1)))) {
            byte[] json = AnnotationJson.writeAnnotations(ID, annotations);

            ObjectMapper mapper = new ObjectMapper();
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("")
                    .withObjectEmptySeparator("")).withObjectIndenter(indenter).withArrayIndenter(indenter);
            String whole = mapper.writer(printer).with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                    .writeValueAsString(mapper.readTree(json)) + "\n";
            assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(whole);
        }
    }

    /** Each row changes one thing of a valid file; the result is damage (repairable), never a refusal. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "cut short             | \"anchoring\": \"anchored\"  | \"anchoring\": \"anch          | not valid JSON",
        "id not a urn          | \"id\": \"urn:uuid:          | \"id\": \"uuid:               | id: 'uuid:",
        "bad instant           | \"created\": \"2026-11-30T12 | \"created\": \"30/11/2026T12  | created: '30/11/2026",
        "unknown motivation    | \"motivation\": \"commenting\" | \"motivation\": \"praising\"   | unknown motivation 'praising'",
        "other briefing        | \"source\": \"japan          | \"source\": \"korea           | target.source: is 'korea",
        "wrong file            | \"briefing\": \"japan        | \"briefing\": \"korea         | briefing: is 'korea",
        "empty range           | \"end\": 68                  | \"end\": 52                  | selector[1]: a text position needs",
        "number as text        | \"start\": 52                | \"start\": \"52\"               | start: expected a whole number, found a string",
        "null note             | \"note\": \"n\"               | \"note\": null                | note: must not be null",
        "second quote selector | \"TextPositionSelector\"     | \"TextQuoteSelector\"         | a second TextQuoteSelector",
        "old version           | \"schemaVersion\": 1         | \"schemaVersion\": 0         | schemaVersion 0 was never written",
        "modified before made  | \"modified\": \"2026-11-30T12 | \"modified\": \"2025-11-30T12 | modified before it was created",
    })
    void damageIsReportedOnOneLineWithThePath(String what, String from, String to, String message) {
        String json = valid(AnnotationSamples.note(ID, "n", 0)).replaceFirst(java.util.regex.Pattern.quote(from.strip()),
                java.util.regex.Matcher.quoteReplacement(to.strip()));

        assertThatThrownBy(() -> AnnotationJson.readAnnotations(json.getBytes(StandardCharsets.UTF_8), FILE, ID))
                .isExactlyInstanceOf(BriefingInputException.class)
                .hasMessageStartingWith(FILE.toString())
                .hasMessageContaining(message.strip())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void theSameAnnotationTwiceIsDamage() {
        Annotation a = AnnotationSamples.note(ID, "n", 0);
        byte[] twice = AnnotationJson.writeAnnotations(ID, List.of(a, a));

        assertThatThrownBy(() -> AnnotationJson.readAnnotations(twice, FILE, ID))
                .isExactlyInstanceOf(BriefingInputException.class).hasMessageContaining("annotations[1]: annotation "
                        + a.id() + " appears twice");
    }

    @Test
    void aHugeVersionNumberIsRefusedNotDamage() {
        String json = valid(AnnotationSamples.note(ID, "n", 0)).replace("\"schemaVersion\": 1",
                "\"schemaVersion\": 99999999999999999999");

        assertThatThrownBy(() -> AnnotationJson.readAnnotations(json.getBytes(StandardCharsets.UTF_8), FILE, ID))
                .isInstanceOf(RefusedFileException.class).hasMessageContaining("newer");
    }

    @Test
    void anUnknownSelectorPropertyIsRefused() {
        String json = valid(AnnotationSamples.note(ID, "n", 0)).replace("\"end\": 68", "\"end\": 68, \"refinedBy\": {}");

        assertThatThrownBy(() -> AnnotationJson.readAnnotations(json.getBytes(StandardCharsets.UTF_8), FILE, ID))
                .isInstanceOf(RefusedFileException.class)
                .hasMessageContaining("annotations[0].target.selector[1].refinedBy: unknown property");
    }
}
