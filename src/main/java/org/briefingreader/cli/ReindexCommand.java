package org.briefingreader.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefingreader.app.IndexBusyException;
import org.briefingreader.app.SearchService;
import org.briefingreader.app.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code briefing reindex}: throws the search index away and builds it again from the briefings. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the library's briefings (never needed in normal use).")
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        SearchService search = parent.backend().search();
        long start = System.nanoTime();
        SyncReport report;
        try {
            report = search.rebuild(IndexProgress.printingTo(err));
        } catch (IndexBusyException e) {
            err.println("error: " + e.getMessage());
            return BriefingCommand.SOME_FAILED;
        }
        IndexProgress.report(report, err);
        spec.commandLine().getOut().printf(Locale.ROOT, "Reindexed %d briefings in %.1f s%n", report.indexed(),
                (System.nanoTime() - start) / 1e9);
        return report.problems().isEmpty() ? BriefingCommand.OK : BriefingCommand.SOME_FAILED;
    }
}
