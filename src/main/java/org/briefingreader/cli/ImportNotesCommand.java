package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.domain.BriefingInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing import-notes FILE}: annotations from a JSON-LD export, onto this library. */
@Command(name = "import-notes", mixinStandardHelpOptions = true,
        description = {"Import annotations from a JSON-LD export (`briefing export --format jsonld`): to move to a",
                "new laptop or share notes. An annotation already here is replaced only by a newer edit of it."})
final class ImportNotesCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .jsonld file of annotations.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Backend.ReadNotes read;
        try {
            read = parent.backend().readNotes(file);
        } catch (BriefingInputException e) {
            err.println("error: " + e.oneLine());
            return BriefingCommand.SOME_FAILED;
        }
        AnnotationService annotations = parent.backend().annotations();
        AnnotationService.NotesImport result = annotations.importNotes(read.annotations(), read.categories());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Imported notes from " + file + ": " + result.added() + " added, " + result.updated()
                + " updated, " + result.unchanged() + " unchanged"
                + (result.categoriesAdded().isEmpty() ? "" : "; categories added: "
                        + String.join(", ", result.categoriesAdded())));
        out.flush();
        return BriefingCommand.OK;
    }
}
