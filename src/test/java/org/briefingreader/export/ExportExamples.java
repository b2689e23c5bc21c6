package org.briefingreader.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.NotesExporter;

/**
 * Writes the examples docs/export.md shows, from the seed's notes in {@link ExportFixtures} (not the tricky
 * briefing): {@code docs/examples/notes.md}, {@code notes.html} and {@code notes.csv}. After changing an exporter,
 * regenerate them with {@code mvn -B -q -o test -Dtest=ExportExamplesTest -Dexamples.write=true};
 * {@link ExportExamplesTest} fails while the committed files differ from what the exporters write now.
 */
public final class ExportExamples {
    static final Path DIR = Path.of("docs", "examples");

    private ExportExamples() {
    }

    /** File name -> exporter, for each example this helper owns. */
    static Map<String, NotesExporter> exporters() {
        return Map.of("notes.md", new MarkdownNotesExporter(), "notes.html", new HtmlNotesExporter(),
                "notes.csv", new CsvNotesExporter(false));
    }

    static ExportedNotes notes() throws IOException {
        return Exports.seedOnly();
    }

    static byte[] bytes(String file) throws IOException {
        return Exports.bytes(exporters().get(file), notes());
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : DIR;
        Files.createDirectories(dir);
        for (String file : exporters().keySet()) {
            Files.write(dir.resolve(file), bytes(file));
        }
    }
}
