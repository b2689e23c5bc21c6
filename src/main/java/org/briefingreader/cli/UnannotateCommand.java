package org.briefingreader.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.briefingreader.app.AnnotationException;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.domain.annotation.Annotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing unannotate AID}: deletes an annotation (undo brings it back). */
@Command(name = "unannotate", mixinStandardHelpOptions = true,
        description = "Delete an annotation; `briefing undo` brings it back.")
final class UnannotateCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "AID", description = "The annotation's id, or its first characters (at least 4).")
    String annotationId;

    @Override
    public Integer call() throws IOException {
        try {
            AnnotationService annotations = parent.backend().annotations();
            Annotation deleted = annotations.delete(annotations.find(annotationId).id());
            spec.commandLine().getOut().println("deleted annotation " + deleted.id() + " (\""
                    + NotesPrinter.shorten(deleted.target().quote().exact()) + "\")");
            spec.commandLine().getOut().flush();
            return BriefingCommand.OK;
        } catch (AnnotationException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return BriefingCommand.SOME_FAILED;
        }
    }
}
