package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code briefing show ID}: the briefing's outline (default), its full text, or its JSON. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a briefing: its outline (default), full text (--text) or JSON (--json).")
final class ShowCommand implements Callable<Integer> {
    private static final int PREVIEW = 100;

    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The briefing's id, as `briefing list` prints it.")
    String id;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @picocli.CommandLine.Option(names = "--text", description = "Print the whole text in reading order.")
        boolean text;

        @picocli.CommandLine.Option(names = "--json", description = "Print the briefing JSON.")
        boolean json;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Briefing> found = parent.backend().library().get(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("error: no briefing with id '" + id + "' (see `briefing list`)");
            return BriefingCommand.SOME_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        Briefing b = found.get();
        if (mode.json) {
            out.print(parent.backend().toJson(b));
        } else if (mode.text) {
            printText(out, b);
        } else {
            printOutline(out, b);
        }
        out.flush();
        return BriefingCommand.OK;
    }

    private static void printHeader(PrintWriter out, Briefing b) {
        out.println(b.title());
        b.subtitle().ifPresent(out::println);
        StringBuilder meta = new StringBuilder();
        b.published().ifPresent(p -> meta.append(Output.DATE_TIME.format(p)));
        b.readTime().ifPresent(r -> meta.append(meta.length() > 0 ? " · " : "").append(r.toMinutes())
                .append(" min read"));
        b.byline().ifPresent(by -> meta.append(meta.length() > 0 ? " · " : "").append(by));
        b.source().ifPresent(s -> meta.append(meta.length() > 0 ? " · " : "").append(s));
        if (meta.length() > 0) {
            out.println(meta);
        }
    }

    private static void printOutline(PrintWriter out, Briefing b) {
        out.println(b.id());
        printHeader(out, b);
        out.println();
        printUnits(out, "Captions", b.captions());
        printUnits(out, "Summary", b.summary());
        printUnits(out, "Lede", b.lede());
        out.println("Sections:");
        int n = 1;
        for (Section s : b.sections()) {
            out.printf(Locale.ROOT, "  %d. %s  [%s, %d paragraph%s]  #%s%n", n++, s.heading(), s.kind().label(),
                    s.paragraphs().size(), s.paragraphs().size() == 1 ? "" : "s", s.id());
        }
        if (b.sections().isEmpty()) {
            out.println("  (none)");
        }
        b.copyright().ifPresent(c -> out.println("\n" + c));
        out.println("From " + b.originalFileName() + " (" + b.contentHash() + ")");
    }

    private static void printUnits(PrintWriter out, String label, List<Paragraph> units) {
        if (units.isEmpty()) {
            return;
        }
        out.println(label + ":");
        for (Paragraph p : units) {
            String text = p.text().length() <= PREVIEW ? p.text() : p.text().substring(0, PREVIEW - 1) + "…";
            out.println("  " + p.id() + "  " + text);
        }
    }

    private static void printText(PrintWriter out, Briefing b) {
        printHeader(out, b);
        for (Paragraph caption : b.captions()) {
            out.println("\n[" + caption.text() + "]");
        }
        if (!b.summary().isEmpty()) {
            out.println();
            b.summary().forEach(p -> out.println("• " + p.text()));
        }
        b.lede().forEach(p -> out.println("\n" + p.text()));
        for (Section s : b.sections()) {
            out.println("\n## " + s.heading());
            s.paragraphs().forEach(p -> out.println("\n" + p.text()));
        }
        b.copyright().ifPresent(c -> out.println("\n" + c));
    }
}
