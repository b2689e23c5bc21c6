package org.briefingreader.ui.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.app.ExportService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.export.CsvNotesExporter;
import org.briefingreader.export.HtmlNotesExporter;
import org.briefingreader.export.JsonLdNotesExporter;
import org.briefingreader.export.MarkdownNotesExporter;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.library.OutputFiles;

/**
 * A real library in a folder: the seed briefing and a copy of it under another id, real annotation store, and an
 * {@link ExportAccess} wired as the composition root wires it (real exporters, whole-or-nothing file writes).
 */
final class ExportFixture {
    final JsonBriefingStore briefings;
    final Briefing seed;
    final Briefing copy;
    final AnnotationService annotations;
    final ExportAccess access;

    ExportFixture(Path home) throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        copy = new Briefing("second-briefing", seed.title(), seed.subtitle(), seed.source(),
                seed.published(), seed.readTime(), seed.byline(), seed.captions(), seed.summary(), seed.lede(),
                seed.sections(), seed.originalFileName(), seed.contentHash(), seed.copyright());
        briefings.save(seed);
        briefings.save(copy);
        annotations = new AnnotationService(briefings, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
        LibraryService library = new LibraryService(briefings);
        access = new ExportAccess() {
            @Override
            public ExportService open(boolean csvBom) {
                return new ExportService(library, annotations, () -> {
                    throw new IOException("no search in this test");
                }, List.of(new MarkdownNotesExporter(), new HtmlNotesExporter(), new JsonLdNotesExporter(),
                        new CsvNotesExporter(csvBom)), Clock.systemUTC());
            }

            @Override
            public void write(Path target, Content content) throws IOException {
                OutputFiles.replace(target, content::writeTo);
            }
        };
    }
}
