package org.briefingreader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefingreader.app.FileResult;
import org.briefingreader.app.ReaderLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code briefing} command: without a subcommand it opens the reader window (on FILE, imported first,
 * if one is given, or at the place a {@code briefing-reader://open?briefing=ID&annotation=AID} link names);
 * with one it works on the library from the command line. The subcommands are added by {@link Cli#commandLine},
 * not listed here, so a window start can skip building them (docs/performance.md).
 */
@Command(name = "briefing",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Briefing Reader: read research briefings offline, as structured sections.",
                "Without a command, opens the reader window (on FILE, imported first, if given,",
                "or at the place a briefing-reader://open?briefing=ID&annotation=AID link names)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all went well", "1:some inputs failed (each named on stderr)", "2:usage error",
                "3:internal error (details in the log)"})
public final class BriefingCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private final Backend.Factory backends;
    private Optional<Path> library = Optional.empty();
    private Backend backend;

    @Spec
    CommandSpec spec;

    /** A string, not a Path: a link's '?' is no file-name character on Windows, and '//' would be folded. */
    @Parameters(arity = "0..1", paramLabel = "FILE|LINK",
            description = "A briefing file to import and open, or a briefing-reader:// link to open.")
    String target;

    public BriefingCommand(Backend.Factory backends) {
        this.backends = backends;
    }

    @Option(names = "--library", paramLabel = "DIR", scope = ScopeType.INHERIT, order = 0,
            description = "Library folder (default: $BRIEFING_READER_HOME, else the folder chosen in Preferences, "
                    + "else the platform's data folder).")
    void setLibrary(Path dir) {
        this.library = Optional.of(dir);
    }

    /** The library folder given with {@code --library}, wherever on the line it was. */
    Optional<Path> library() {
        return library;
    }

    /** Closes the backend if this run opened one. */
    void closeBackend() throws IOException {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }

    /** The backend for this run, opened on first use with the library the user chose. */
    Backend backend() throws IOException {
        if (backend == null) {
            backend = backends.open(library);
        }
        return backend;
    }

    @Override
    public Integer call() throws IOException {
        Optional<String> open = Optional.empty();
        if (target != null && ReaderLink.looksLikeLink(target)) {
            return openLink(target);
        }
        Path file;
        try {
            file = target == null ? null : Path.of(target);
        } catch (InvalidPathException e) {
            spec.commandLine().getErr().println("briefing: '" + target + "' is not a file name: " + e.getReason());
            return USAGE;
        }
        if (file != null) {
            if (!Files.exists(file) && file.getFileName().toString().indexOf('.') < 0 && file.getParent() == null) {
                spec.commandLine().getErr().println("briefing: '" + file + "' is neither a command nor a file"
                        + " (briefing --help lists the commands)");
                return USAGE;
            }
            FileResult result = backend().importer(ImportCommand.DEFAULT_MAX_MB * 1024L * 1024L).importOne(file);
            Output.printResult(spec.commandLine(), result);
            open = result.briefingId();
        }
        backend().openWindow(open);
        return OK;
    }

    /** A link opens the window at its place; a malformed one is a usage error, checked before the library opens. */
    private int openLink(String argument) throws IOException {
        ReaderLink link;
        try {
            link = ReaderLink.parse(argument);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("briefing: " + e.getMessage());
            return USAGE;
        }
        backend().openWindow(link);
        return OK;
    }
}
