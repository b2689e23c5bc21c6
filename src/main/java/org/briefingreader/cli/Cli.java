package org.briefingreader.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the {@code briefing} command line: UTF-8 output whatever the locale, exit codes 0/1/2/3, and an internal
 * error as one line on stderr (the stack trace goes to the log only).
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    /** The commands under {@code briefing}, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ImportCommand.class, ListCommand.class,
            ShowCommand.class, DeleteCommand.class, SearchCommand.class, RelatedCommand.class, ReindexCommand.class,
            AnnotateCommand.class, NotesCommand.class, UnannotateCommand.class, CategoriesCommand.class,
            UndoCommand.Undo.class, UndoCommand.Redo.class, ExportCommand.class, ImportNotesCommand.class);

    private Cli() {
    }

    /** The process's own stdout/stderr, as UTF-8 writers. */
    public static int run(Backend.Factory backends, String... args) {
        return run(backends, utf8(new FileOutputStream(FileDescriptor.out)),
                utf8(new FileOutputStream(FileDescriptor.err)), args);
    }

    /** Runs with the given writers (tests capture them); returns the exit code. */
    public static int run(Backend.Factory backends, PrintWriter out, PrintWriter err, String... args) {
        // A window start names no command: building the subcommands' models (~0.5 s of CPU) would be wasted.
        CommandLine cmd = WindowArguments.opensWindow(args)
                ? configured(new CommandLine(new BriefingCommand(backends)))
                : commandLine(backends);
        cmd.setOut(out);
        cmd.setErr(err);
        int code;
        try {
            code = cmd.execute(args);
        } finally {
            out.flush();
        }
        try {
            ((BriefingCommand) cmd.getCommand()).closeBackend();
        } catch (IOException | RuntimeException e) {
            LOG.error("Closing the library failed", e);
            err.println("briefing: internal error while closing the library: " + oneLine(e) + " (details in the log)");
            code = Math.max(code, BriefingCommand.INTERNAL);
        }
        err.flush();
        return code;
    }

    /** The configured command line, for tests and for help output. */
    public static CommandLine commandLine(Backend.Factory backends) {
        CommandLine cmd = new CommandLine(new BriefingCommand(backends));
        for (Class<?> command : SUBCOMMANDS) {
            cmd.addSubcommand(command);
        }
        ImportCommand.nameFormats(cmd.getSubcommands().get("import").getCommandSpec(), backends.importExtensions());
        return configured(cmd);
    }

    private static CommandLine configured(CommandLine cmd) {
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            LOG.error("Command failed: {}", String.join(" ", parseResult.originalArgs()), e);
            commandLine.getErr().println("briefing: internal error: " + oneLine(e) + " (details in the log)");
            return BriefingCommand.INTERNAL;
        });
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("briefing: " + oneLine(e));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BriefingCommand.USAGE;
        });
        return cmd;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
