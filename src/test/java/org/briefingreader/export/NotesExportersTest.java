package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.NotesExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every exporter promises through {@link NotesExporter}, whatever its format. */
class NotesExportersTest {
    static Stream<NotesExporter> exporters() {
        return Stream.of(new MarkdownNotesExporter(), new HtmlNotesExporter(), new CsvNotesExporter(false),
                new CsvNotesExporter(true));
    }

    @Test
    void formatsAndExtensionsAreTheOnesTheCliTakes() {
        assertThat(exporters().map(e -> e.format() + "/" + e.extension()))
                .containsExactly("md/md", "html/html", "csv/csv", "csv/csv");
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void writesValidUtf8AndLeavesTheStreamOpen(NotesExporter exporter) throws Exception {
        byte[] bytes = Exports.bytes(exporter, ExportFixtures.sample());

        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(text).contains("\uD83D\uDE00").contains(ExportFixtures.SEED_SENTENCE);
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void sameNotesWriteTheSameBytes(NotesExporter exporter) throws Exception {
        assertThat(Exports.bytes(exporter, ExportFixtures.sample()))
                .isEqualTo(Exports.bytes(exporter, ExportFixtures.sample()));
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void emptyExportIsStillAFileOfItsFormat(NotesExporter exporter) throws Exception {
        String text = Exports.text(exporter, new ExportedNotes(ExportFixtures.EXPORTED, "tag nothing", List.of(),
                Category.DEFAULTS));

        assertThat(text).isNotEmpty().doesNotContain("briefing-reader://");
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void linesEndWithLineFeedsExceptCsvRecords(NotesExporter exporter) throws Exception {
        String text = Exports.text(exporter, ExportFixtures.sample());

        if (exporter.format().equals("csv")) {
            assertThat(text).endsWith("\r\n");
        } else {
            assertThat(text).doesNotContain("\r").endsWith("\n");
        }
    }
}
