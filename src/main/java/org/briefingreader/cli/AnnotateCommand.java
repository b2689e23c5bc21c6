package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.AnnotationException;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Motivation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing annotate ID --quote TEXT}: highlights a passage, with an optional note, tags and category. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Highlight a passage of a briefing, optionally with a note, tags and a category.",
                "The quote must match the text word for word; spacing and line breaks may differ."})
final class AnnotateCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The briefing's id, as `briefing list` prints it.")
    String id;

    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The passage to annotate.")
    String quote;

    @Option(names = "--occurrence", paramLabel = "N",
            description = "Which occurrence of the quote (1 = first) when it occurs more than once.")
    Integer occurrence;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note (Markdown).")
    String note;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for more.")
    List<String> tags = List.of();

    @Option(names = "--category", paramLabel = "NAME", description = "A category (see `briefing categories`).")
    String category;

    @Option(names = "--motivation", paramLabel = "M",
            description = "highlighting, commenting, tagging or bookmarking (default: from the note and tags).")
    String motivation;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Motivation> why = Optional.empty();
        if (motivation != null) {
            why = Motivation.fromLabel(motivation);
            if (why.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--motivation must be highlighting, commenting, tagging or bookmarking, not '" + motivation
                                + "'");
            }
        }
        AnnotationDraft draft = new AnnotationDraft(Optional.ofNullable(note), tags, Optional.ofNullable(category), why);
        try {
            Annotation created = parent.backend().annotations().annotateQuote(id, quote,
                    occurrence == null ? OptionalInt.empty() : OptionalInt.of(occurrence), draft);
            PrintWriter out = spec.commandLine().getOut();
            out.println("annotated " + created.id() + " in " + id + " ("
                    + String.join(", ", created.target().unitIds()) + ")");
            out.flush();
            return BriefingCommand.OK;
        } catch (AnnotationException e) {
            err.println("error: " + e.getMessage());
            return BriefingCommand.SOME_FAILED;
        }
    }
}
