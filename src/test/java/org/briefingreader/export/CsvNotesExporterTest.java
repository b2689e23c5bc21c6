package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvNotesExporterTest {
    private static final String HEADER = "Highlight,Title,Author,URL,Note,Location,Date,Section,Category,Tags\r\n";

    /** Every record, the header row first, read back by Jackson's CSV reader. */
    private static List<List<String>> rows(byte[] bytes) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .readValues(new String(bytes, StandardCharsets.UTF_8))) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    /** OWASP's rule, written again here so the test does not lean on the code under test. */
    private static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Test
    void headerRowHasReadwiseColumnsThenOurs() throws IOException {
        String csv = Exports.text(new CsvNotesExporter(false), ExportFixtures.sample());

        assertThat(csv).startsWith(HEADER);
        assertThat(CsvNotesExporter.COLUMNS).containsExactly(HEADER.strip().split(","));
    }

    @Test
    void eachCellReadsBackAsTheValueItStandsFor() throws IOException {
        ExportedNotes notes = ExportFixtures.sample();
        List<List<String>> rows = rows(Exports.bytes(new CsvNotesExporter(false), notes));

        assertThat(rows).hasSize(1 + notes.size());
        int row = 1;
        for (BriefingNotes briefing : notes.briefings()) {
            for (Annotation a : briefing.annotations()) {
                String author = briefing.briefing().flatMap(b -> b.byline().or(b::source)).orElse("");
                List<String> expected = List.of(a.target().quote().exact(), briefing.title(), author,
                        "briefing-reader://open?briefing=" + a.briefingId() + "&annotation=" + a.id(),
                        a.note().orElse(""), String.valueOf(a.target().position().start()),
                        a.created().toString().replace('T', ' ').replace("Z", ""), briefing.sectionPath(a),
                        a.category().orElse(""), String.join(", ", a.tags()));
                assertThat(rows.get(row++)).as("row of %s", a.target().quote().exact())
                        .containsExactlyElementsOf(expected.stream().map(CsvNotesExporterTest::safe).toList());
            }
        }
    }

    @Test
    void formulaStartsAreNeutralisedInEveryColumn() throws IOException {
        List<List<String>> rows = rows(Exports.bytes(new CsvNotesExporter(false), Exports.trickyOnly()));

        assertThat(rows.get(1).get(0)).isEqualTo("'" + ExportFixtures.TRICKY_TEXT);
        assertThat(rows.get(1).get(2)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(1).get(4)).isEqualTo("'=HYPERLINK(\"http://evil\")\n<i>note</i> *md*");
        assertThat(rows.get(1).get(9)).isEqualTo("'@mention, +plus, tab inside");
        assertThat(rows.get(2).get(0)).isEqualTo("'-1 starts with minus");
        assertThat(rows.get(2).get(4)).isEqualTo("'\tstarts with a tab");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "=1+1 | '=1+1", "+1 | '+1", "-1 | '-1", "@SUM(A1) | '@SUM(A1)", "1+1 | 1+1", "a=b | a=b",
        "^^ | ^^", "' quoted | ' quoted"})
    void neutralisedPrefixesOnlyFormulaStarts(String cell, String expected) {
        assertThat(CsvNotesExporter.neutralised(cell)).isEqualTo(expected);
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralised() {
        assertThat(CsvNotesExporter.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(CsvNotesExporter.neutralised("\rx")).isEqualTo("'\rx");
    }

    @Test
    void multiLineNoteIsOneQuotedCellAndRecordsEndWithCrLf() throws IOException {
        String csv = Exports.text(new CsvNotesExporter(false), Exports.seedOnly());

        assertThat(csv).contains("\"Compare the 2016 deals.\n\nSecond paragraph.\"");
        assertThat(csv.split("\r\n", -1)).hasSize(1 + 3 + 1);
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
        assertThat(rows(csv.getBytes(StandardCharsets.UTF_8)).get(1).get(4))
                .isEqualTo("Compare the 2016 deals.\n\nSecond paragraph.");
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() throws IOException {
        byte[] plain = Exports.bytes(new CsvNotesExporter(false), ExportFixtures.sample());
        byte[] marked = Exports.bytes(new CsvNotesExporter(true), ExportFixtures.sample());

        assertThat(plain).startsWith("Highlight".getBytes(StandardCharsets.US_ASCII));
        assertThat(marked).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H'});
        assertThat(marked).hasSize(plain.length + 3);
    }

    @Test
    void locationIsWhereThePassageStartsInCodePoints() throws IOException {
        Briefing tricky = ExportFixtures.tricky();
        List<List<String>> rows = rows(Exports.bytes(new CsvNotesExporter(false), Exports.trickyOnly()));
        String canonical = org.briefingreader.domain.annotation.CanonicalText.of(tricky).text();
        int utf16 = canonical.indexOf("-1 starts with minus");

        // the emoji before it is two chars in Java and one position for the W3C and Readwise
        assertThat(rows.get(2).get(5)).isEqualTo(String.valueOf(canonical.codePointCount(0, utf16)));
        assertThat(canonical.codePointCount(0, utf16)).isEqualTo(utf16 - 1);
    }

    @Test
    void emptyExportIsTheHeaderRow() throws IOException {
        ExportedNotes none = new ExportedNotes(ExportFixtures.EXPORTED, "nothing", List.of(), List.of());

        assertThat(Exports.text(new CsvNotesExporter(false), none)).isEqualTo(HEADER);
    }
}
