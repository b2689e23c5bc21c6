package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.ListMarkers;
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
    /** The mark of a bulleted list item in {@code --text}, as Markdown writes it. */
    static final String BULLET = "-";
    private static final String SUMMARY_BULLET = "•";

    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The briefing's id, as `briefing list` prints it.")
    String id;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @picocli.CommandLine.Option(names = "--text",
                description = "Print the whole text in reading order; list items as \"- item\" or \"1. item\".")
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
            List<String> marks = ListMarkers.of(b.summary(), SUMMARY_BULLET);
            for (int i = 0; i < b.summary().size(); i++) {
                // Summary points are bullets whether or not their source marked them; numbered ones keep numbers.
                String mark = marks.get(i).isEmpty() ? SUMMARY_BULLET : marks.get(i);
                out.println(item(mark, b.summary().get(i).text()));
            }
        }
        printParagraphs(out, b.lede());
        for (Section s : b.sections()) {
            out.println("\n## " + s.heading());
            printParagraphs(out, s.paragraphs());
        }
        b.copyright().ifPresent(c -> out.println("\n" + c));
    }

    /**
     * Paragraphs apart by a blank line, list items as Markdown writes them ({@code - text}, {@code 1. text}) with
     * the items of one list on consecutive lines. The marks are drawn here; they are not in the text.
     */
    private static void printParagraphs(PrintWriter out, List<Paragraph> paragraphs) {
        List<String> marks = ListMarkers.of(paragraphs, BULLET);
        for (int i = 0; i < paragraphs.size(); i++) {
            String mark = marks.get(i);
            boolean sameList = !mark.isEmpty() && i > 0 && !marks.get(i - 1).isEmpty();
            String text = paragraphs.get(i).text();
            out.println((sameList ? "" : "\n") + (mark.isEmpty() ? text : item(mark, text)));
        }
    }

    /** {@code mark} and the text, later lines of the text indented under its first. */
    private static String item(String mark, String text) {
        return mark + " " + text.replace("\n", "\n" + " ".repeat(mark.length() + 1));
    }
}
