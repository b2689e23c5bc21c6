package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefingreader.app.ImportListener;
import org.briefingreader.app.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code briefing import FILE|DIR...}: imports files and folders (recursively), one result line per file. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {ImportCommand.WHAT, ImportCommand.AGAIN})
final class ImportCommand implements Callable<Integer> {
    static final String WHAT = "Import briefings from files and folders (recursively).";
    static final String AGAIN =
            "Same content twice is a no-op; a changed file with the same identity replaces the old version.";
    static final long DEFAULT_MAX_MB = 50;
    /** Progress goes to stderr only when a batch is big enough for the wait to be noticed. */
    static final int PROGRESS_THRESHOLD = 20;

    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to import.")
    List<Path> inputs;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50",
            description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxMegabytes;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary.")
    boolean quiet;

    /**
     * Names the formats in the help, {@code Import briefings (.txt, .md) from ...}, from the importers' own list,
     * so a newly registered format shows up there; with no list the help stays without one.
     */
    static void nameFormats(CommandSpec spec, List<String> extensions) {
        if (!extensions.isEmpty()) {
            spec.usageMessage().description(
                    "Import briefings (" + String.join(", ", extensions) + ") from files and folders (recursively).",
                    AGAIN);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (maxMegabytes <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-size must be a positive number of megabytes");
        }
        var cmd = spec.commandLine();
        PrintWriter err = cmd.getErr();
        ImportListener listener = (done, total, result) -> {
            Output.printResult(cmd, result, quiet);
            if (total >= PROGRESS_THRESHOLD && (done % Math.max(1, total / 10) == 0 || done == total)) {
                err.printf(Locale.ROOT, "progress: %d/%d files (%d%%)%n", done, total, done * 100 / total);
                err.flush();
            }
        };
        ImportReport report = parent.backend().importer(maxMegabytes * 1024 * 1024).importAll(inputs, listener);
        cmd.getOut().println("Imported into " + parent.backend().location() + ": " + report.summary());
        IndexProgress.afterChange(parent, err);
        return report.anyFailed() ? BriefingCommand.SOME_FAILED : BriefingCommand.OK;
    }
}
