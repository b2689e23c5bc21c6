package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing notes [ID]}: the annotations of one briefing or of the whole library. */
@Command(name = "notes", mixinStandardHelpOptions = true,
        description = "List annotations: of one briefing, or of the whole library. Orphans are listed apart.")
final class NotesCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Only this briefing's annotations.")
    String id;

    @Option(names = "--json", description = "Print them as JSON (the format the library stores).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnnotationService annotations = parent.backend().annotations();
        annotations.repairs().forEach(repair -> err.println("warning: " + repair));
        List<Annotation> notes = id == null ? annotations.allNotes()
                : org.briefingreader.domain.Ids.isValidBriefingId(id) ? annotations.notes(id) : List.of();
        if (id != null && notes.isEmpty() && (!org.briefingreader.domain.Ids.isValidBriefingId(id)
                || parent.backend().library().get(id).isEmpty())) {
            err.println("error: no briefing with id '" + id + "' (see `briefing list`)");
            return BriefingCommand.SOME_FAILED;
        }
        if (json) {
            out.println(parent.backend().annotationsJson(notes));
        } else if (notes.isEmpty()) {
            out.println(id == null ? "No annotations yet." : "No annotations in " + id + ".");
        } else {
            NotesPrinter.print(out, notes, briefingId -> title(briefingId));
        }
        out.flush();
        return BriefingCommand.OK;
    }

    private String title(String briefingId) {
        try {
            return parent.backend().library().get(briefingId).map(Briefing::title).orElse("(deleted briefing)");
        } catch (IOException e) {
            return "(unreadable briefing)";
        }
    }
}
