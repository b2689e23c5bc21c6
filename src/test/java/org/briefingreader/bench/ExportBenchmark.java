package org.briefingreader.bench;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.NotesExporter;
import org.briefingreader.export.CsvNotesExporter;
import org.briefingreader.export.HtmlNotesExporter;
import org.briefingreader.export.MarkdownNotesExporter;
import org.briefingreader.ingest.text.PlainTextBriefingParser;

/**
 * How long exporting a well-annotated library takes, per format. Not a test; run it with
 * {@code mvn -B -q test-compile exec:exec -Dbench=ExportBenchmark}. It prints a Markdown section and writes it to
 * {@code target/export-benchmark.md}.
 *
 * <p>{@value #ANNOTATIONS} annotations over {@value #BRIEFINGS} briefings (copies of the bundled seed under other
 * ids), each a passage of 40 to 400 characters at a random place, in reading order, about half with a Markdown
 * note, most with tags and a category, 2% orphans. Each exporter writes the whole set to a byte array (no disk:
 * this measures the formatting), {@value #WARM_UPS} times uncounted, then {@value #RUNS} times timed.
 */
public final class ExportBenchmark {
    static final int ANNOTATIONS = 10_000;
    static final int BRIEFINGS = 100;
    static final int WARM_UPS = 5;
    static final int RUNS = 5;
    static final Path REPORT = Path.of("target", "export-benchmark.md");
    private static final String[] TAGS = {"energy", "russia", "china", "islands", "economy", "treaty", "sanctions",
        "follow up", "Kurils", "security"};
    private static final String[] NOTES = {
        "Compare the 2016 Nagato summit.",
        "**Why it matters:** Tokyo wants *leverage*; see the energy figures.\n\n- check the LNG numbers\n- ask the desk",
        "Disagree: the forecast underrates domestic politics.",
        "Source for this? The 2017 figure was lower (see [the report](https://example.org/report)).",
        "Key line for the brief.\nQuote it in the weekly note.",
    };

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        ExportedNotes notes = library(seed(), new Random(42));
        List<NotesExporter> exporters = new ArrayList<>(List.of(new MarkdownNotesExporter(),
                new HtmlNotesExporter(), new CsvNotesExporter(false)));
        exporters.add(new org.briefingreader.export.JsonLdNotesExporter());
        List<String> rows = new ArrayList<>();
        for (NotesExporter exporter : exporters) {
            rows.add(measure(exporter, notes));
        }
        String markdown = report(started, loadBefore, Machine.loadAverage(), notes, rows);
        out.println(markdown);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, markdown, StandardCharsets.UTF_8);
    }

    /** One table row: the exporter's median and best time, throughput and size. */
    private static String measure(NotesExporter exporter, ExportedNotes notes) throws IOException {
        int size = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            size = write(exporter, notes, 1 << 20).length;
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            byte[] bytes = write(exporter, notes, size);
            nanos[i] = System.nanoTime() - start;
            if (bytes.length != size) {
                throw new IllegalStateException(exporter.format() + " wrote " + bytes.length + " bytes, then " + size);
            }
        }
        Latencies times = Latencies.of(nanos);
        double medianMs = times.p50Ms();
        double minMs = times.percentileMs(0);
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.2f |", exporter.format(), size, medianMs,
                minMs, size / 1e6 / (medianMs / 1e3), medianMs / (notes.size() / 1000.0));
    }

    private static byte[] write(NotesExporter exporter, ExportedNotes notes, int sizeHint) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
        exporter.write(notes, out);
        return out.toByteArray();
    }

    private static Briefing seed() throws Exception {
        return new PlainTextBriefingParser().parse(Path.of("samples", "japan-russia-2018.txt")).briefing();
    }

    /** {@value #BRIEFINGS} copies of the seed, each with its share of {@value #ANNOTATIONS} annotations. */
    static ExportedNotes library(Briefing seed, Random random) {
        CanonicalText text = CanonicalText.of(seed);
        List<CanonicalText.Unit> units = text.units().stream().filter(u -> u.end() - u.start() > 120).toList();
        List<BriefingNotes> briefings = new ArrayList<>();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int b = 0; b < BRIEFINGS; b++) {
            Briefing copy = new Briefing(seed.id() + "-" + b, seed.title() + " (" + b + ")", seed.subtitle(),
                    seed.source(), seed.published(), seed.readTime(), seed.byline(), seed.captions(), seed.summary(),
                    seed.lede(), seed.sections(), seed.originalFileName(), seed.contentHash(), seed.copyright());
            List<Annotation> annotations = new ArrayList<>();
            for (int i = 0; i < ANNOTATIONS / BRIEFINGS; i++) {
                annotations.add(annotation(copy.id(), text, units.get(random.nextInt(units.size())), random,
                        t.plusSeconds(b * 1000L + i), copy.contentHash()));
            }
            annotations.sort(Comparator.comparing(Annotation::isOrphan)
                    .thenComparingInt(a -> a.target().position().start()));
            briefings.add(new BriefingNotes(copy.id(), Optional.of(copy), annotations));
        }
        return new ExportedNotes(Instant.parse("2026-11-30T12:00:00Z"), "the library", briefings, Category.DEFAULTS);
    }

    private static Annotation annotation(String briefingId, CanonicalText text, CanonicalText.Unit unit,
            Random random, Instant created, String hash) {
        String s = text.text();
        int start = wordStart(s, unit.start() + random.nextInt(unit.end() - unit.start() - 40));
        int end = Math.min(unit.end(), start + 40 + random.nextInt(360));
        while (end < unit.end() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        Optional<String> note = random.nextBoolean() ? Optional.of(NOTES[random.nextInt(NOTES.length)])
                : Optional.empty();
        List<String> tags = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            tags.add(TAGS[random.nextInt(TAGS.length)]);
        }
        Optional<String> category = random.nextInt(10) < 7
                ? Optional.of(Category.DEFAULTS.get(random.nextInt(Category.DEFAULTS.size())).name())
                : Optional.empty();
        Anchoring anchoring = random.nextInt(50) == 0 ? Anchoring.ORPHAN : Anchoring.ANCHORED;
        return new Annotation(new UUID(random.nextLong(), random.nextLong()), created, created,
                Motivation.implied(note, tags), text.target(briefingId, start, end), note, tags, category, hash,
                anchoring);
    }

    private static int wordStart(String s, int i) {
        while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static String report(Instant started, String loadBefore, String loadAfter, ExportedNotes notes,
            List<String> rows) {
        long withNotes = notes.briefings().stream().flatMap(b -> b.annotations().stream())
                .filter(a -> a.note().isPresent()).count();
        StringBuilder md = new StringBuilder();
        md.append("## Export speed\n\n");
        md.append("Command: `mvn -B -q test-compile exec:exec -Dbench=ExportBenchmark`. Started ").append(started)
                .append(", finished ").append(Instant.now()).append(".\n\n");
        md.append("Machine: ").append(Machine.cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; ").append(Machine.java()).append(". Load average (1, 5, 15 min) before: ")
                .append(loadBefore).append("; after: ").append(loadAfter).append(".\n\n");
        md.append(String.format(Locale.ROOT, "%,d annotations (%,d with a note) over %d copies of the seed briefing, "
                + "written to a byte array: %d uncounted warm-ups, then %d timed runs per format.%n%n", notes.size(),
                withNotes, notes.briefings().size(), WARM_UPS, RUNS));
        md.append("| format | bytes | median (ms) | min (ms) | MB/s (median) | ms per 1,000 annotations |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (String row : rows) {
            md.append(row).append('\n');
        }
        return md.toString();
    }
}
