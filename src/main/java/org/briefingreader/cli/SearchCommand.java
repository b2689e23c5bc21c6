package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefingreader.app.SearchService;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.query.QueryParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code briefing search QUERY}: ranked passages, grouped by briefing and section, matches in [brackets]. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search every briefing and annotation of the library (query language: docs/search.md).",
                "Prints 'title › heading', then each matching passage or note with the matched words in [brackets]."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", OR, -word, prefix*, "
            + "fuzzy~, title:, section:, kind:, source:, briefing:, after:, before:, date:, note:, tag:, category:.")
    List<String> query;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
            description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (paging).")
    int offset;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "Only passages in sections of this kind: context, history, motivations, constraints, "
                    + "outlook, summary, other.")
    SectionKind kind;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || offset < 0 || (long) offset + limit > org.briefingreader.domain.SearchQuery.MAX_WINDOW) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be 1 or more and --offset + --limit at most 10000");
        }
        PrintWriter err = spec.commandLine().getErr();
        SearchService search = parent.backend().search();
        IndexProgress.report(search.sync(IndexProgress.printingTo(err)), err);
        String text = String.join(" ", query);
        SearchResults results = search.search(text, Optional.ofNullable(kind), offset, limit);
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> didYouMean = results.total() == 0 ? search.didYouMean(text) : Optional.empty();
        if (json) {
            out.println(SearchJson.write(text, results, didYouMean));
        } else {
            for (String note : results.query().notes()) {
                err.println("note: " + note);
            }
            printText(out, results);
            didYouMean.ifPresent(better -> out.println("Did you mean: " + better + " ?"));
        }
        if (!search.holdsIndex()) {
            err.println("note: another Briefing Reader holds the index; results are as of its last update");
        }
        out.flush();
        err.flush();
        return BriefingCommand.OK;
    }

    private void printText(PrintWriter out, SearchResults results) {
        String reading = results.query().root().map(QueryParser::describe).orElse("(nothing)");
        if (results.total() == 0) {
            out.println("No hits for " + reading + ".");
            return;
        }
        out.printf(Locale.ROOT, "%d hit%s in %d briefing%s for %s%n", results.total(), results.total() == 1 ? "" : "s",
                results.briefingsMatched(), results.briefingsMatched() == 1 ? "" : "s", reading);
        HitPrinter.print(out, results.hits());
        int shown = results.hits().size();
        if (offset + shown < results.total()) {
            out.printf(Locale.ROOT, "%nShowing %d-%d of %d; --offset %d for more.%n", offset + 1, offset + shown,
                    results.total(), offset + shown);
        }
    }
}
