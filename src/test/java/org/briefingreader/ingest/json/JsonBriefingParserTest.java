package org.briefingreader.ingest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.json.BriefingJson;
import org.briefingreader.json.SampleBriefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonBriefingParserTest {
    private static final String HAND_WRITTEN = """
            {
              "schemaVersion": 1,
              "title": "Japan Wants Closer Relations With Russia",
              "published": "2018-05-25T08:30:00Z[GMT]",
              "sections": [
                {"id": "outlook", "heading": "How It Will Play Out", "kind": "outlook",
                 "paragraphs": [{"id": "outlook.p1", "text": "Slowly, if at all."}]}
              ]
            }
            """;

    @TempDir
    Path dir;

    private final JsonBriefingParser parser = new JsonBriefingParser();

    @Test
    void acceptsJsonFilesOnly() {
        assertThat(parser.accepts(Path.of("a.json"))).isTrue();
        assertThat(parser.accepts(Path.of("A.JSON"))).isTrue();
        assertThat(parser.accepts(Path.of("a.txt"))).isFalse();
        assertThat(parser.accepts(Path.of("json"))).isFalse();
    }

    @Test
    void handWrittenFileGetsIdFileNameAndHashOfItsBytes() throws Exception {
        Path file = write("notes.json", HAND_WRITTEN);

        ParsedBriefing parsed = parser.parse(file);

        Briefing b = parsed.briefing();
        assertThat(b.id()).isEqualTo("japan-wants-closer-relations-with-russia-2018-05-25");
        assertThat(b.originalFileName()).isEqualTo("notes.json");
        assertThat(b.contentHash()).isEqualTo("sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertThat(b.sections()).singleElement().extracting(s -> s.kind()).isEqualTo(SectionKind.OUTLOOK);
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void exportedBriefingIsReadBackEqual() throws Exception {
        Briefing rich = SampleBriefings.rich();
        Path file = dir.resolve("export.json");
        Files.write(file, BriefingJson.write(rich));

        assertThat(parser.parse(file).briefing()).isEqualTo(rich);
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path file = write("broken.json", "{\n  \"schemaVersion\": 1,\n  \"title\": \"T\"\n  \"lede\": []\n}\n");

        BriefingInputException e = parseFails(file);

        assertThat(e.line()).hasValue(4);
        assertThat(e.column()).hasValue(3);
        assertThat(e.getMessage()).startsWith(file + ":4:3: unexpected character ('\"')").doesNotContain("\n");
    }

    @Test
    void newerSchemaVersionIsOneLine() throws IOException {
        Path file = write("future.json", "{\"schemaVersion\": 2, \"title\": \"T\", \"tags\": []}");

        assertThat(parseFails(file).getMessage())
                .isEqualTo(file + ":1:19: schemaVersion 2 is not supported (this version reads 1)");
    }

    @Test
    void missingTitleIsOneLine() throws IOException {
        Path file = write("untitled.json", "{\"schemaVersion\": 1, \"lede\": []}");

        assertThat(parseFails(file).getMessage()).isEqualTo(file + ":1:32: title: missing (required)");
    }

    @Test
    void unknownKindNamesThePathAndTheKnownKinds() throws IOException {
        Path file = write("kind.json", HAND_WRITTEN.replace("\"kind\": \"outlook\"", "\"kind\": \"forecastish\""));

        BriefingInputException e = parseFails(file);

        assertThat(e.getMessage()).startsWith(file + ":6:66: sections[0].kind: unknown kind 'forecastish' (known: ")
                .contains("outlook").doesNotContain("\n");
    }

    @Test
    void emptyAndBinaryFilesAreRefusedByTheLoader() throws IOException {
        Path empty = write("empty.json", "");
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {'{', 0, 1, 2, '}'});

        assertThat(parseFails(empty).getMessage()).isEqualTo(empty + ": the file is empty");
        assertThat(parseFails(binary).getMessage()).isEqualTo(binary + ": this is a binary file, not text");
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws IOException {
        Path file = write("big.json", HAND_WRITTEN);

        BriefingInputException e = catchThrowableOfType(BriefingInputException.class,
                () -> new JsonBriefingParser(new SourceLoader(10)).parse(file));

        assertThat(e.getMessage()).startsWith(file + ": the file is").contains("size limit");
    }

    @Test
    void windows1252FileIsReadWithAWarning() throws Exception {
        Path file = dir.resolve("cp1252.json");
        Files.write(file, HAND_WRITTEN.replace("Slowly, if at all.", "\u201cSlowly\u201d, if at all.")
                .getBytes("windows-1252"));

        ParsedBriefing parsed = parser.parse(file);

        assertThat(parsed.briefing().sections().get(0).paragraphs().get(0).text())
                .isEqualTo("\u201cSlowly\u201d, if at all.");
        assertThat(parsed.warnings()).singleElement().asString().contains("windows-1252");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private BriefingInputException parseFails(Path file) {
        BriefingInputException e = catchThrowableOfType(BriefingInputException.class, () -> parser.parse(file));
        assertThat(e).as("expected a BriefingInputException for " + file).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        return e;
    }
}
