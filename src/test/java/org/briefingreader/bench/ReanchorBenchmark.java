package org.briefingreader.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.Placement;
import org.briefingreader.domain.annotation.Reanchorer;

/**
 * What re-anchoring one annotation costs in a ~200 KB briefing (a CRS report from the shared corpus): each step
 * (POSITION, QUOTE, FUZZY, ORPHAN) for quotes of 60 to 10,000 characters. Not a test; run it with
 * {@code mvn -B -q test-compile exec:exec -Dbench=ReanchorBenchmark}. Prints a Markdown table of median and
 * worst times over {@link #RUNS} runs after {@link #WARM_UPS} untimed ones.
 */
public final class ReanchorBenchmark {
    static final Path REPORT = Path.of("..", "shared", "corpus", "crs-dev", "reports",
            "R48694v10-federal-research-and-development-r-d-funding-fy2.md");
    static final int WARM_UPS = 20;
    static final int RUNS = 30;
    private static final String INSERTED = "A note added on re-import, to shift everything after it. ";

    private ReanchorBenchmark() {
    }

    public static void main(String[] arguments) throws IOException {
        args = arguments;
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (!Files.isRegularFile(REPORT)) {
            System.err.println("re-anchoring benchmark: " + REPORT + " is not beside this checkout; nothing measured");
            System.exit(2);
        }
        Briefing report = briefing(Files.readString(REPORT, StandardCharsets.UTF_8));
        CanonicalText original = CanonicalText.of(report);
        out.printf("# Re-anchoring, %s, %s%n%n", Instant.now(), REPORT.getFileName());
        out.printf("Text: %,d UTF-16 units, %d units; Java %s, %d cores%n%n", original.text().length(),
                original.units().size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        double[] build = time(() -> CanonicalText.of(report).folded());
        out.printf("Canonical text and its folded copy, built once per version: median %.2f ms, max %.2f ms%n%n",
                median(build), max(build));
        out.println("| Case | Quote chars | Method | Median ms | Max ms |");
        out.println("|---|---|---|---|---|");
        Briefing shifted = editUnit(report, "part-1.p1", t -> INSERTED + t);
        List<CanonicalText.Unit> paragraphs = original.units().stream().filter(u -> u.id().contains(".p")).toList();
        CanonicalText.Unit middle = paragraphs.get(paragraphs.size() / 2);
        for (int length : new int[] {60, 200, 1_000, 3_000, 10_000}) {
            int start = middle.start();
            int end = wordEnd(original.text(), start + length);
            Annotation annotation = annotate(report, original, start, end);
            row(out, "same text, new hash", annotation, withSections(report.sections(), "sha256:again"), length);
            row(out, "text inserted at the start", annotation, shifted, length);
            Briefing typos = editUnit(shifted, middle.id(), t -> t.substring(0, 10) + "#" + t.substring(11, 30)
                    + t.substring(31));
            row(out, "text before, 2 edits inside", annotation, typos, length);
            Briefing removed = shifted;
            for (String id : original.unitIds(start, end)) {
                removed = removeParagraph(removed, id);
            }
            row(out, "its paragraphs removed", annotation, removed, length);
        }
        String frequent = "research and development";
        int at = original.text().lastIndexOf(frequent);
        row(out, "a phrase occurring " + count(original.text(), frequent) + " times, text before",
                annotate(report, original, at, at + frequent.length()), shifted, frequent.length());
    }

    private static String[] args = {};

    private static void row(PrintStream out, String name, Annotation annotation, Briefing version, int length) {
        CanonicalText text = CanonicalText.of(version);
        text.folded();
        Placement[] last = new Placement[1];
        double[] times = time(() -> last[0] = Reanchorer.place(annotation, text, version.contentHash()));
        out.printf("| %s | %,d | %s | %.2f | %.2f |%n", name, length, last[0].method(), median(times), max(times));
        if (args.length > 0 && args[0].equals("--show")) {
            out.println("  was: " + annotation.target().quote().exact().replace('\n', ' '));
            out.println("  now: " + last[0].annotation().target().quote().exact().replace('\n', ' '));
        }
    }

    private static double[] time(Runnable work) {
        for (int i = 0; i < WARM_UPS; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static int wordEnd(String text, int from) {
        int end = Math.min(text.length(), from);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }

    private static Annotation annotate(Briefing b, CanonicalText text, int start, int end) {
        Instant now = Instant.parse("2026-01-05T09:00:00Z");
        return new Annotation(UUID.randomUUID(), now, now, Motivation.HIGHLIGHTING, text.target(b.id(), start, end),
                Optional.empty(), List.of(), Optional.empty(), b.contentHash(), Anchoring.ANCHORED);
    }

    /** The report as a briefing: blocks between blank lines are paragraphs, twenty to a section. */
    private static Briefing briefing(String content) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : content.split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                int n = paragraphs.size();
                paragraphs.add(new Paragraph("part-" + (n / 20 + 1) + ".p" + (n % 20 + 1), block.strip()));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int from = 0; from < paragraphs.size(); from += 20) {
            sections.add(new Section("part-" + (from / 20 + 1), "Part " + (from / 20 + 1), SectionKind.OTHER,
                    paragraphs.subList(from, Math.min(paragraphs.size(), from + 20))));
        }
        return withSections(sections, "sha256:report");
    }

    private static Briefing withSections(List<Section> sections, String hash) {
        return new Briefing("large-report", "A long report", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), sections, "report.md", hash,
                Optional.empty());
    }

    private static Briefing editUnit(Briefing b, String id, UnaryOperator<String> edit) {
        List<Section> sections = new ArrayList<>();
        for (Section s : b.sections()) {
            sections.add(new Section(s.id(), s.heading(), s.kind(), s.paragraphs().stream()
                    .map(p -> p.id().equals(id) ? new Paragraph(id, edit.apply(p.text())) : p).toList()));
        }
        return withSections(sections, b.contentHash() + "+" + id);
    }

    private static Briefing removeParagraph(Briefing b, String id) {
        List<Section> sections = new ArrayList<>();
        for (Section s : b.sections()) {
            sections.add(new Section(s.id(), s.heading(), s.kind(),
                    s.paragraphs().stream().filter(p -> !p.id().equals(id)).toList()));
        }
        return withSections(sections, b.contentHash() + "-" + id);
    }
}
