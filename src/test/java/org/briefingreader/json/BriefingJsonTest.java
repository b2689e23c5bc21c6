package org.briefingreader.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BriefingJsonTest {
    private static final Path FILE = Path.of("notes.json");

    @Test
    void richBriefingRoundTripsToAnEqualRecord() throws Exception {
        Briefing rich = SampleBriefings.rich();

        assertThat(BriefingJson.read(BriefingJson.write(rich), FILE)).isEqualTo(rich);
    }

    @Test
    void zoneIdSurvivesTheRoundTrip() throws Exception {
        for (String zone : List.of("GMT", "UTC", "America/New_York", "Asia/Tokyo", "Z", "+05:30")) {
            ZonedDateTime published = ZonedDateTime.of(2018, 5, 25, 8, 30, 0, 0, ZoneId.of(zone));
            Briefing read = BriefingJson.read(BriefingJson.write(SampleBriefings.rich(published)), FILE);

            assertThat(read.published()).contains(published);
            assertThat(read.published().orElseThrow().getZone()).as(zone).isEqualTo(ZoneId.of(zone));
        }
        assertThat(BriefingJson.writeString(SampleBriefings.rich(
                ZonedDateTime.of(2018, 5, 25, 8, 30, 0, 0, ZoneId.of("GMT")))))
                .contains("\"published\": \"2018-05-25T08:30:00Z[GMT]\"");
    }

    @Test
    void offsetInADaylightSavingOverlapIsKept() throws Exception {
        // 01:30 happens twice in New York on 2021-11-07; only the written offset tells the two apart.
        ZonedDateTime later = ZonedDateTime.of(2021, 11, 7, 1, 30, 0, 0, ZoneId.of("America/New_York"))
                .withLaterOffsetAtOverlap();
        Briefing read = BriefingJson.read(BriefingJson.write(SampleBriefings.rich(later)), FILE);

        assertThat(read.published()).contains(later);
    }

    @Test
    void minimalBriefingRoundTripsToAnEqualRecord() throws Exception {
        Briefing minimal = SampleBriefings.minimal();

        assertThat(BriefingJson.read(BriefingJson.write(minimal), FILE)).isEqualTo(minimal);
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomBriefingsRoundTripToEqualRecords(long seed) throws Exception {
        Briefing briefing = SampleBriefings.random(seed);
        byte[] written = BriefingJson.write(briefing);

        assertThat(BriefingJson.read(written, FILE)).isEqualTo(briefing);
        assertThat(BriefingJson.read(new String(written, StandardCharsets.UTF_8), FILE, "sha256:x"))
                .isEqualTo(briefing);
        assertThat(BriefingJson.write(BriefingJson.read(written, FILE))).isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void damagedDocumentsFailWithOneLineOrStillRead(long seed) {
        // Property: whatever a damaged file holds, reading gives a briefing or one BriefingInputException line.
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder(BriefingJson.writeString(SampleBriefings.random(seed)));
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, "{}[],:\"0-e\\nx".charAt(random.nextInt(13)));
                default -> text.setLength(at);
            }
        }

        Throwable thrown = catchThrowable(() -> BriefingJson.read(text.toString(), FILE, "sha256:x"));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(BriefingInputException.class);
            assertThat(thrown.getMessage()).startsWith("notes.json").doesNotContain("\n", "Source:", "`");
        }
    }

    @Test
    void writtenDocumentIsPrettyUtf8WithVersionFirstAndTrailingNewline() {
        byte[] bytes = BriefingJson.write(SampleBriefings.rich());
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": ");
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotEndWith("\n\n");
        assertThat(text).contains("Moscow 😀", "—\u00a0without").doesNotContain("\\u");
        assertThat(BriefingJson.write(SampleBriefings.rich())).isEqualTo(bytes);
    }

    @Test
    void fieldsComeInTheDocumentedOrder() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(BriefingJson.write(SampleBriefings.rich()));

        assertThat(fieldNames(tree)).containsExactly("schemaVersion", "id", "title", "subtitle", "source",
                "published", "readTime", "byline", "captions", "summary", "lede", "sections", "originalFileName",
                "contentHash", "copyright");
        assertThat(fieldNames(tree.get("sections").get(0))).containsExactly("id", "heading", "kind", "paragraphs");
        assertThat(fieldNames(tree.get("lede").get(0))).containsExactly("id", "text");
    }

    @Test
    void absentOptionalsAreOmittedAndEmptyListsWrittenAsEmptyArrays() throws Exception {
        String text = BriefingJson.writeString(SampleBriefings.minimal());
        JsonNode tree = new ObjectMapper().readTree(text);

        assertThat(fieldNames(tree)).doesNotContain("subtitle", "source", "published", "readTime", "byline",
                "copyright");
        assertThat(text).contains("\"captions\": [],", "\"summary\": [],", "\"lede\": [],", "\"sections\": [],");
    }

    @Test
    void listItemsCarryTheirMarkAndOtherParagraphsNone() throws Exception {
        JsonNode history = new ObjectMapper().readTree(BriefingJson.writeString(SampleBriefings.rich()))
                .get("sections").get(1).get("paragraphs");

        assertThat(fieldNames(history.get(0))).containsExactly("id", "text");
        assertThat(history.get(1).get("list").asText()).isEqualTo("bullet");
        assertThat(history.get(2).get("list").asText()).isEqualTo("numbered");
    }

    @Test
    void unknownListMarkIsAOneLineError() {
        byte[] json = """
                {"schemaVersion": 1, "title": "T",
                 "lede": [{"id": "lede.p1", "text": "One", "list": "star"}]}
                """.getBytes(StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> BriefingJson.read(json, FILE));

        assertThat(thrown).isInstanceOf(BriefingInputException.class);
        assertThat(thrown.getMessage()).startsWith("notes.json:2:")
                .contains("lede[0].list: unknown list mark 'star' (known: bullet, numbered)").doesNotContain("\n");
    }

    @Test
    void kindsAndReadTimeUseTheirDocumentedForms() {
        String text = BriefingJson.writeString(SampleBriefings.rich());

        assertThat(text).contains("\"kind\": \"outlook\"", "\"kind\": \"context\"", "\"readTime\": \"PT7M\"");
    }

    @Test
    void handWrittenJsonGetsIdFileNameAndHashDerived() throws Exception {
        byte[] json = """
                {"schemaVersion": 1, "title": "Japan Wants Closer Relations With Russia",
                 "published": "2018-05-25T08:30:00Z[GMT]",
                 "sections": [{"id": "outlook", "heading": "How It Will Play Out", "kind": "Outlook",
                               "paragraphs": [{"id": "outlook.p1", "text": "Slowly."}]}]}
                """.getBytes(StandardCharsets.UTF_8);

        Briefing read = BriefingJson.read(json, Path.of("in", "hand-written.json"));

        assertThat(read.id()).isEqualTo(Ids.briefingId("Japan Wants Closer Relations With Russia",
                Optional.of(LocalDate.of(2018, 5, 25)), "hand-written.json"));
        assertThat(read.originalFileName()).isEqualTo("hand-written.json");
        assertThat(read.contentHash()).isEqualTo("sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(json)));
        assertThat(read.sections().get(0).kind()).isEqualTo(SectionKind.OUTLOOK);
        assertThat(read.captions()).isEmpty();
        assertThat(read.subtitle()).isEmpty();
    }

    @Test
    void givenIdFileNameAndHashAreKept() throws Exception {
        Briefing read = BriefingJson.read("""
                {"schemaVersion": 1, "id": "my-id", "title": "T", "originalFileName": "orig.txt",
                 "contentHash": "sha256:beef"}
                """, FILE, "sha256:other");

        assertThat(read.id()).isEqualTo("my-id");
        assertThat(read.originalFileName()).isEqualTo("orig.txt");
        assertThat(read.contentHash()).isEqualTo("sha256:beef");
    }

    @Test
    void editorSchemaPropertyByteOrderMarkAndNullOptionalsAreAccepted() throws Exception {
        byte[] body = """
                {"$schema": "briefing.schema.json", "schemaVersion": 1, "title": "T", "subtitle": null,
                 "captions": null}
                """.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        Briefing read = BriefingJson.read(withBom, FILE);

        assertThat(read.title()).isEqualTo("T");
        assertThat(read.subtitle()).isEmpty();
        assertThat(read.captions()).isEmpty();
    }

    @Test
    void malformedJsonNamesLineAndColumnOnOneLine() {
        String json = "{\n  \"schemaVersion\": 1,\n  \"title\": \"T\",,\n}\n";

        BriefingInputException e = readFails(json);

        assertThat(e.line()).hasValue(3);
        assertThat(e.column()).hasValue(16);
        assertThat(e.getMessage()).startsWith("notes.json:3:16: unexpected character (',')")
                .doesNotContain("\n", "Source", "REDACTED");
    }

    @Test
    void unclosedObjectSaysWhereItOpened() {
        BriefingInputException e = readFails("{\"schemaVersion\": 1,\n \"title\": \"T\"");

        assertThat(e.getMessage()).contains("end-of-input", "line 1, column 1").doesNotContain("Source", "\n");
    }

    @Test
    void newerSchemaVersionIsRefusedBeforeAnyField() {
        BriefingInputException e = readFails("{\"title\": 5, \"novel\": {},\n \"schemaVersion\": 2}");

        assertThat(e.getMessage())
                .isEqualTo("notes.json:2:19: schemaVersion 2 is not supported (this version reads 1)");
    }

    @Test
    void missingSchemaVersionIsRefused() {
        assertThat(readFails("{\"title\": \"T\"}").getMessage())
                .isEqualTo("notes.json: missing schemaVersion (this version reads 1)");
    }

    static List<List<String>> badDocuments() {
        List<List<String>> cases = new ArrayList<>();
        cases.add(List.of("{\"schemaVersion\": 1}", "title: missing (required)"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": null}", "title: must not be null"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \" \"}", "has no title"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": 5}", "title: expected a string, found a number"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"subtitel\": \"x\"}",
                "subtitel: unknown property (known: byline, captions,"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"id\": \"Bad Id\"}",
                "not a valid briefing id: 'Bad Id'"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"readTime\": 7}",
                "readTime: expected an ISO-8601 duration such as \"PT7M\""));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"published\": \"2018-05-25\"}",
                "published: '2018-05-25' is not an ISO-8601 date-time"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"sections\": {}}",
                "sections: expected a list, found an object"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"lede\": [\"text\"]}",
                "lede[0]: expected an object, found a string"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"lede\": [null]}", "lede[0]: must not be null"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"lede\": [{\"id\": \"p1\"}]}",
                "lede[0].text: missing (required)"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"lede\": [{\"id\": \"p1\", \"text\": \"a\","
                + " \"style\": \"b\"}]}", "lede[0].style: unknown property (known: id, list, text)"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"sections\": [{\"id\": \"Big Picture\","
                + " \"heading\": \"h\", \"kind\": \"context\"}]}", "sections[0]: not a valid text unit id"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"lede\": [{\"id\": \"a\", \"text\": \"x\"},"
                + " {\"id\": \"a\", \"text\": \"y\"}]}", "two text units with id a"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\", \"title\": \"U\"}", "duplicate field 'title'"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"T\"} {}", "more than one JSON value"));
        cases.add(List.of("[{\"schemaVersion\": 1}]", "expected a JSON object ({ ... }) at the top level"));
        cases.add(List.of("{\"schemaVersion\": \"1\", \"title\": \"T\"}", "schemaVersion must be a whole number"));
        cases.add(List.of("  ", "no JSON value in the file"));
        cases.add(List.of("{\"schemaVersion\": 1, \"title\": \"two\nlines\"}",
                "illegal unquoted character (control character U+000A)"));
        return cases;
    }

    @ParameterizedTest
    @MethodSource("badDocuments")
    void eachBadDocumentGivesOneLineNamingTheProblem(List<String> badCase) {
        BriefingInputException e = readFails(badCase.get(0));

        assertThat(e.getMessage()).startsWith("notes.json").contains(badCase.get(1)).doesNotContain("\n");
        assertThat(e.file()).isEqualTo(FILE);
    }

    @Test
    void unknownKindNamesItsPathPositionAndTheKnownKinds() {
        String json = "{\"schemaVersion\": 1, \"title\": \"T\", \"sections\": [\n"
                + "  {\"id\": \"a\", \"heading\": \"A\", \"kind\": \"outlook\"},\n"
                + "  {\"id\": \"b\", \"heading\": \"B\", \"kind\": \"context\"},\n"
                + "  {\"id\": \"c\", \"heading\": \"C\", \"kind\": \"foo\"}]}";

        BriefingInputException e = readFails(json);

        assertThat(e.getMessage()).isEqualTo("notes.json:4:39: sections[2].kind: unknown kind 'foo' (known: "
                + "context, history, motivations, constraints, outlook, summary, other)");
    }

    private static BriefingInputException readFails(String json) {
        Throwable thrown = catchThrowable(() -> BriefingJson.read(json, FILE, "sha256:x"));
        assertThat(thrown).isInstanceOf(BriefingInputException.class);
        return (BriefingInputException) thrown;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
