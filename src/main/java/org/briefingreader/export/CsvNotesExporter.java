package org.briefingreader.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.NotesExporter;

/**
 * Writes notes as CSV (RFC 4180, UTF-8, CRLF between records) in the columns of Readwise's CSV import, plus ours.
 *
 * <p>One row per annotation: {@code Highlight} (the passage), {@code Title}, {@code Author} (byline, else
 * source), {@code URL} (the link that opens the annotation in the reader), {@code Note} (its Markdown),
 * {@code Location} (where the passage starts, in code points of the canonical text: Readwise sorts by it),
 * {@code Date} (created, {@code yyyy-MM-dd HH:mm:ss} in UTC), then {@code Section}, {@code Category} and
 * {@code Tags} (joined by {@code ", "}). Jackson's CSV writer quotes what must be quoted (separators, quotes, line
 * breaks). A cell that begins with {@code = + - @}, a tab or a carriage return would run as a formula in a
 * spreadsheet (CSV injection): it gets a leading {@code '} ({@link #neutralised}). With {@code bom}, the file opens
 * with a UTF-8 byte order mark, which Excel needs to read UTF-8. See docs/export.md.
 */
public final class CsvNotesExporter implements NotesExporter {
    /** The header row, in order: Readwise's seven columns, then ours. */
    public static final List<String> COLUMNS = List.of("Highlight", "Title", "Author", "URL", "Note", "Location",
            "Date", "Section", "Category", "Tags");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final CsvMapper MAPPER = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = schema();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final boolean bom;

    /** @param bom whether to start with a UTF-8 byte order mark (for Excel) */
    public CsvNotesExporter(boolean bom) {
        this.bom = bom;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(ExportedNotes notes, OutputStream out) throws IOException {
        if (bom) {
            out.write(BOM);
        }
        // given the stream, Jackson encodes UTF-8 itself; it does not close the stream (AUTO_CLOSE_TARGET off)
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(out)) {
            for (BriefingNotes briefing : notes.briefings()) {
                for (Annotation annotation : briefing.annotations()) {
                    rows.write(row(briefing, annotation));
                }
            }
        }
        out.flush();
    }

    /** The cells of one annotation, in {@link #COLUMNS} order, each {@link #neutralised}. */
    static String[] row(BriefingNotes briefing, Annotation annotation) {
        String[] cells = {
            annotation.target().quote().exact(),
            briefing.title(),
            ExportValues.author(briefing).orElse(""),
            ExportedNotes.link(annotation),
            annotation.note().orElse(""),
            Integer.toString(annotation.target().position().start()),
            DATE.format(annotation.created()),
            briefing.sectionPath(annotation),
            annotation.category().orElse(""),
            String.join(", ", annotation.tags())};
        for (int i = 0; i < cells.length; i++) {
            cells[i] = neutralised(cells[i]);
        }
        return cells;
    }

    /**
     * A cell a spreadsheet will show as text: one that begins with {@code =}, {@code +}, {@code -}, {@code @}, a
     * tab or a carriage return gets a leading {@code '} (OWASP's advice against CSV injection). {@code =1+1} ->
     * {@code '=1+1}; {@code 1+1} -> {@code 1+1}.
     */
    public static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + cell : cell;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        for (String column : COLUMNS) {
            builder.addColumn(column);
        }
        return builder.setUseHeader(true).setLineSeparator("\r\n").build();
    }
}
