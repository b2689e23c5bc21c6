package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefingreader.app.SearchService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code briefing related ID UNIT}: the passages of other briefings most like one passage. */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = {"Passages of other briefings most like one passage (by its distinctive words).",
                "UNIT is a unit id as `briefing show ID` lists them, e.g. the-history.p1 or summary.b2."})
final class RelatedCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The briefing's id.")
    String id;

    @Parameters(index = "1", paramLabel = "UNIT", description = "The passage's unit id.")
    String unit;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
            description = "Passages to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the passages as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1 || limit > 1000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 to 1000");
        }
        Optional<Briefing> briefing = org.briefingreader.domain.Ids.isValidBriefingId(id)
                ? parent.backend().library().get(id) : Optional.empty();
        if (briefing.isEmpty()) {
            err.println("error: no briefing with id '" + id + "' (see `briefing list`)");
            return BriefingCommand.SOME_FAILED;
        }
        Optional<Paragraph> passage = briefing.get().unit(unit);
        if (passage.isEmpty()) {
            err.println("error: briefing '" + id + "' has no passage '" + unit + "' (see `briefing show " + id + "`)");
            return BriefingCommand.SOME_FAILED;
        }
        SearchService search = parent.backend().search();
        IndexProgress.report(search.sync(IndexProgress.printingTo(err)), err);
        List<SearchHit> related = search.related(id, unit, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SearchJson.writeHits(related));
        } else if (related.isEmpty()) {
            out.println("No passage of another briefing is like " + unit + ".");
        } else {
            out.println("Passages like " + unit + " of \"" + briefing.get().title() + "\":");
            HitPrinter.print(out, related);
        }
        out.flush();
        return BriefingCommand.OK;
    }
}
