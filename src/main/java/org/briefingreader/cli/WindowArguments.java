package org.briefingreader.cli;

import java.util.Set;

/**
 * Tells from the raw arguments, before picocli is even loaded, whether this run will open the reader window, so
 * the composition root can start the toolkit while the command line is still being parsed (docs/performance.md,
 * start-up).
 *
 * <p>Deliberately strict: only {@code [--library DIR] [FILE]} in any order counts. Anything else (a command, an
 * option, help, an {@code @file}) is left to picocli alone, so a command-line run never starts a toolkit; a wrong
 * "no" only costs the head start.
 */
public final class WindowArguments {
    /** Every subcommand name; {@code WindowArgumentsTest} checks it against the picocli model. */
    static final Set<String> COMMANDS = Set.of("import", "list", "show", "delete", "search", "related", "reindex",
            "annotate", "notes", "unannotate", "categories", "undo", "redo", "export", "import-notes");

    private WindowArguments() {
    }

    /** True when these arguments are the window's: at most one FILE and {@code --library DIR}. */
    public static boolean opensWindow(String... args) {
        int positionals = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--library")) {
                // picocli refuses a command name or an option as the folder: a usage error, not a window.
                if (++i >= args.length || args[i].startsWith("-") || COMMANDS.contains(args[i])) {
                    return false;
                }
            } else if (arg.startsWith("--library=")) {
                continue;
            } else if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@") || COMMANDS.contains(arg)
                    || ++positionals > 1) {
                return false;
            }
        }
        return true;
    }
}
