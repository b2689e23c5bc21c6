package org.briefingreader.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefingreader.app.AnnotationException;
import org.briefingreader.domain.annotation.AnnotationChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing undo} and {@code briefing redo}: the window's undo history, from the command line. */
final class UndoCommand {
    private UndoCommand() {
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Take back the last annotate, edit or delete (made here or in the window).")
    static final class Undo implements Callable<Integer> {
        @ParentCommand
        BriefingCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return run(spec, "undid", "Nothing to undo.", () -> parent.backend().annotations().undo());
        }
    }

    @Command(name = "redo", mixinStandardHelpOptions = true, description = "Do again what the last undo took back.")
    static final class Redo implements Callable<Integer> {
        @ParentCommand
        BriefingCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return run(spec, "redid", "Nothing to redo.", () -> parent.backend().annotations().redo());
        }
    }

    @FunctionalInterface
    private interface Step {
        Optional<AnnotationChange> run() throws IOException, AnnotationException;
    }

    private static int run(CommandSpec spec, String verb, String nothing, Step step) throws IOException {
        try {
            Optional<AnnotationChange> change = step.run();
            String quote = change.flatMap(c -> c.after().or(c::before))
                    .map(a -> " (\"" + NotesPrinter.shorten(a.target().quote().exact()) + "\")").orElse("");
            spec.commandLine().getOut().println(change.map(c -> verb + " " + c.label() + " " + c.id() + quote)
                    .orElse(nothing));
            spec.commandLine().getOut().flush();
            return BriefingCommand.OK;
        } catch (AnnotationException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return BriefingCommand.SOME_FAILED;
        }
    }
}
