package org.briefingreader.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefingreader.domain.Briefing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code briefing list}: one line per briefing (id, date, title, source, sections), or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the briefings in the library, newest first.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<Briefing> briefings = parent.backend().library().list();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(rows(briefings)));
        } else if (briefings.isEmpty()) {
            out.println("The library at " + parent.backend().location() + " has no briefings.");
        } else {
            int idWidth = briefings.stream().mapToInt(b -> b.id().length()).max().orElse(2);
            out.printf(Locale.ROOT, "%-" + idWidth + "s  %-10s  %8s  %-20s  %s%n",
                    "ID", "DATE", "SECTIONS", "SOURCE", "TITLE");
            for (Briefing b : briefings) {
                out.printf(Locale.ROOT, "%-" + idWidth + "s  %-10s  %8d  %-20s  %s%n", b.id(), Output.date(b),
                        b.sections().size(), abbreviate(b.source().orElse("-"), 20), b.title());
            }
        }
        for (String problem : parent.backend().library().problems()) {
            spec.commandLine().getErr().println("warning: " + problem);
        }
        out.flush();
        return BriefingCommand.OK;
    }

    private static List<Map<String, Object>> rows(List<Briefing> briefings) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Briefing b : briefings) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", b.id());
            row.put("title", b.title());
            row.put("published", b.published().map(Object::toString).orElse(null));
            row.put("source", b.source().orElse(null));
            row.put("sections", b.sections().size());
            row.put("paragraphs", b.bodyParagraphCount());
            row.put("originalFileName", b.originalFileName());
            rows.add(row);
        }
        return rows;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
