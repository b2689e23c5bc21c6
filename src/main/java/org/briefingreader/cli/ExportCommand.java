package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefingreader.app.AnnotationException;
import org.briefingreader.app.ExportFilter;
import org.briefingreader.app.ExportService;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.ExportedNotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing export --format F}: annotated notes as Markdown, HTML, W3C JSON-LD or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export annotations with their passages: of the library, one briefing, or a filter.",
                "Formats: md (Markdown, for note apps), html (one printable page), jsonld (W3C Web Annotation),",
                "csv (spreadsheets and Readwise). Without -o the export goes to standard output."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "md, html, jsonld or csv.")
    String format;

    @Option(names = "--briefing", paramLabel = "ID", description = "Only this briefing's annotations.")
    String briefing;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only annotations with this tag.")
    String tag;

    @Option(names = "--category", paramLabel = "NAME", description = "Only annotations of this category.")
    String category;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "Only annotations in sections of this kind (context, history, outlook, ...).")
    SectionKind kind;

    @Option(names = "--query", paramLabel = "QUERY",
            description = "Only annotations whose passage or note this search finds (docs/search.md).")
    String query;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (whole or not at all).")
    Path output;

    @Option(names = "--bom", description = "Start a CSV file with a byte-order mark, for Excel.")
    boolean bom;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (bom && !"csv".equals(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bom is for --format csv only");
        }
        ExportService exports = parent.backend().exports(bom);
        ExportFilter filter = new ExportFilter(Optional.ofNullable(briefing), Optional.ofNullable(tag),
                Optional.ofNullable(category), Optional.ofNullable(kind), Optional.ofNullable(query));
        try {
            exports.exporter(format); // an unknown format is a usage error before anything is read
            ExportedNotes notes;
            if (output == null) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                notes = exports.export(filter, format, bytes);
                PrintWriter out = spec.commandLine().getOut();
                out.print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
            } else {
                ExportedNotes[] written = new ExportedNotes[1];
                parent.backend().writeFile(output, out -> {
                    try {
                        written[0] = exports.export(filter, format, out);
                    } catch (AnnotationException e) {
                        throw new ExportRefused(e);
                    }
                });
                notes = written[0];
            }
            err.println("exported " + notes.size() + (notes.size() == 1 ? " annotation" : " annotations") + " of "
                    + notes.briefings().size() + (notes.briefings().size() == 1 ? " briefing" : " briefings")
                    + " (" + notes.scope() + ") as " + format + (output == null ? "" : " to " + output));
            err.flush();
            return BriefingCommand.OK;
        } catch (AnnotationException e) {
            err.println("error: " + e.getMessage());
            return BriefingCommand.SOME_FAILED;
        } catch (ExportRefused e) {
            err.println("error: " + e.getCause().getMessage());
            return BriefingCommand.SOME_FAILED;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return BriefingCommand.SOME_FAILED;
        }
    }

    /** Carries a refusal out of the file writer, which may only throw IOException. */
    private static final class ExportRefused extends IOException {
        private static final long serialVersionUID = 1L;

        ExportRefused(AnnotationException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
