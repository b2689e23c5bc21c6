package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefingreader.app.AnnotationException;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.domain.annotation.Category;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing categories}: lists the annotation categories, or adds, recolours or renames one. */
@Command(name = "categories", mixinStandardHelpOptions = true,
        description = {"List the annotation categories and their colours.",
                "With --add NAME --colour #rrggbb adds (or recolours) one; with --rename OLD --to NEW renames one",
                "and every annotation filed under it."})
final class CategoriesCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Change change;

    static final class Change {
        @ArgGroup(exclusive = false)
        Add add;
        @ArgGroup(exclusive = false)
        Rename rename;
    }

    static final class Add {
        @Option(names = "--add", required = true, paramLabel = "NAME", description = "A category to add.")
        String name;
        @Option(names = "--colour", required = true, paramLabel = "#RRGGBB", description = "Its colour.")
        String colour;
    }

    static final class Rename {
        @Option(names = "--rename", required = true, paramLabel = "OLD", description = "A category to rename.")
        String from;
        @Option(names = "--to", required = true, paramLabel = "NEW", description = "Its new name.")
        String to;
    }

    @Override
    public Integer call() throws IOException {
        AnnotationService annotations = parent.backend().annotations();
        List<Category> categories;
        try {
            if (change != null && change.add != null) {
                categories = annotations.putCategory(category(change.add.name, change.add.colour));
            } else if (change != null && change.rename != null) {
                categories = annotations.renameCategory(change.rename.from, change.rename.to);
            } else {
                categories = annotations.categories();
            }
        } catch (AnnotationException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return BriefingCommand.SOME_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        int width = categories.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Category c : categories) {
            out.printf(Locale.ROOT, "%-" + width + "s  %s%n", c.name(), c.colour());
        }
        out.flush();
        return BriefingCommand.OK;
    }

    private Category category(String name, String colour) {
        try {
            return new Category(name, colour);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
