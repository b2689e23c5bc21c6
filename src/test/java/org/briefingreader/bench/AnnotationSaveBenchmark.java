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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationTarget;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.TextPositionSelector;
import org.briefingreader.domain.annotation.TextQuoteSelector;
import org.briefingreader.library.AnnotationFileBytes;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.LibraryPaths;

/**
 * How long a durable annotation save takes, against the bare write-fsync-rename-fsync of the same bytes on the same
 * disk. Not a test; run it with {@code mvn -B -q test-compile exec:exec -Dbench=AnnotationSaveBenchmark}. It prints
 * a Markdown section and writes it to {@code target/annotation-benchmark.md}.
 *
 * <p>{@value #SAVES} new annotations go to {@value #BRIEFINGS} briefings in turn, so each file grows to
 * {@value #SAVES}/{@value #BRIEFINGS} annotations, as a well-annotated briefing would. Each save is timed three ways,
 * the order rotating per save: {@code JsonAnnotationStore.save}; the bare sequence writing the very bytes our file
 * then holds to a file of its own; and the bare sequence plus the store's backup step (link, rename), which tells
 * what the backup costs. Warm-up saves go to other briefings and are not counted.
 */
public final class AnnotationSaveBenchmark {
    static final int SAVES = 1000;
    static final int BRIEFINGS = 10;
    static final int WARM_UPS = 100;
    static final double RATIO_GOAL = 1.5;
    static final Path WORK = Path.of("target", "annotation-bench");
    static final Path REPORT = Path.of("target", "annotation-benchmark.md");

    private final JsonAnnotationStore store;
    private final Path bareDir;
    private final Path bareBackupDir;
    private final Map<String, List<Annotation>> mirror = new HashMap<>();
    private final Random random = new Random(42);
    private long bytesWritten;

    private AnnotationSaveBenchmark(Path work) throws IOException {
        this.store = new JsonAnnotationStore(LibraryPaths.under(work.resolve("library")));
        this.bareDir = Files.createDirectories(work.resolve("bare"));
        this.bareBackupDir = Files.createDirectories(work.resolve("bare-with-backup"));
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        Machine.deleteTree(WORK);
        AnnotationSaveBenchmark bench = new AnnotationSaveBenchmark(WORK);
        for (int i = 0; i < WARM_UPS; i++) {
            bench.saveAllThreeWays("warm-up-" + (i % BRIEFINGS), i, i);
        }
        bench.bytesWritten = 0;
        long[][] nanos = new long[3][SAVES];
        for (int i = 0; i < SAVES; i++) {
            long[] times = bench.saveAllThreeWays("briefing-" + (i % BRIEFINGS), WARM_UPS + i, i);
            for (int way = 0; way < 3; way++) {
                nanos[way][i] = times[way];
            }
        }
        long finalBytes = bench.requireSameBytes("briefing-");
        String markdown = report(started, loadBefore, Machine.loadAverage(), Latencies.of(nanos[0]),
                Latencies.of(nanos[1]), Latencies.of(nanos[2]), bench.bytesWritten, finalBytes);
        Machine.deleteTree(WORK);
        out.println(markdown);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, markdown, StandardCharsets.UTF_8);
    }

    /** One new annotation saved by the store, bare, and bare with backup: nanoseconds in that order. */
    private long[] saveAllThreeWays(String briefingId, int n, int rotation) throws IOException {
        Annotation annotation = annotation(briefingId, n);
        List<Annotation> list = mirror.computeIfAbsent(briefingId, k -> new ArrayList<>());
        list.add(annotation);
        byte[] bytes = AnnotationFileBytes.of(briefingId, list);
        bytesWritten += bytes.length;
        long[] nanos = new long[3];
        for (int k = 0; k < 3; k++) {
            int way = (rotation + k) % 3;
            long start = System.nanoTime();
            switch (way) {
                case 0 -> store.save(annotation);
                case 1 -> BareFileWrites.replace(bareDir.resolve(briefingId + ".json"), bytes);
                default -> BareFileWrites.replaceKeepingBackup(bareBackupDir.resolve(briefingId + ".json"), bytes);
            }
            nanos[way] = System.nanoTime() - start;
        }
        return nanos;
    }

    /** The baseline wrote what the store wrote, or the comparison would be unfair; the measured files' size. */
    private long requireSameBytes(String measured) throws IOException {
        long size = 0;
        for (String briefingId : mirror.keySet()) {
            byte[] ours = Files.readAllBytes(store.directory().resolve(briefingId + ".json"));
            byte[] bare = Files.readAllBytes(bareDir.resolve(briefingId + ".json"));
            if (!Arrays.equals(ours, bare)) {
                throw new IllegalStateException("the baseline's file of " + briefingId + " differs from ours");
            }
            size += briefingId.startsWith(measured) ? ours.length : 0;
        }
        return size;
    }

    /** A plausible note: a passage of ~80 characters, its context, two tags, a category and a short Markdown note. */
    private Annotation annotation(String briefingId, int n) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z").plusMillis(n);
        int start = random.nextInt(20_000);
        String exact = "Japan's pursuit of closer ties with Russia reflects a wider hedge against China " + n;
        AnnotationTarget target = new AnnotationTarget(briefingId, List.of("the-history.p" + (1 + random.nextInt(9))),
                new TextQuoteSelector(exact, "…the two countries have signed ", " in a bid to resolve the long-run"),
                new TextPositionSelector(start, start + exact.length()));
        String note = "**Why it matters:** Tokyo wants *leverage*; compare the 2016 Nagato summit.\n\n"
                + "- check the energy figures\n- ask about the Kurils (" + n + ")";
        return new Annotation(UUID.randomUUID(), created, created, Motivation.COMMENTING, target, Optional.of(note),
                List.of("energy", "russia"), Optional.of("key judgement"), "sha256:" + "ab".repeat(32),
                Anchoring.ANCHORED);
    }

    private static String report(Instant started, String loadBefore, String loadAfter, Latencies ours, Latencies bare,
            Latencies bareBackup, long bytes, long finalBytes) {
        StringBuilder md = new StringBuilder();
        md.append("## Annotation save latency\n\n");
        md.append("Command: `mvn -B -q test-compile exec:exec -Dbench=AnnotationSaveBenchmark`. Started ").append(started)
                .append(", finished ").append(Instant.now()).append(".\n\n");
        md.append("Machine: ").append(Machine.cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; ").append(Machine.java()).append(". Load average (1, 5, 15 min) before: ")
                .append(loadBefore).append("; after: ").append(loadAfter).append(". Folder: `").append(WORK.toAbsolutePath())
                .append("` (the repository's disk).\n\n");
        md.append(String.format(Locale.ROOT, "%,d new annotations saved to %d briefings in turn (files grow to %d "
                + "annotations, %,d bytes each at the end; %.1f MB written per way), after %d uncounted warm-up saves to "
                + "other briefings. Each save timed three ways, the order rotating: `JsonAnnotationStore.save` (lock, JSON, "
                + "write, fsync, backup link + rename, rename, folder fsync); bare: the same bytes (checked equal) through "
                + "FileChannel write, force, ATOMIC_MOVE rename, folder force; bare + backup: bare plus the link + rename "
                + "of the previous version.%n%n", SAVES, BRIEFINGS, SAVES / BRIEFINGS, finalBytes / BRIEFINGS, bytes / 1e6,
                WARM_UPS));
        md.append("| way | saves | p50 (ms) | p99 (ms) | max (ms) | mean (ms) |\n|---|---:|---:|---:|---:|---:|\n");
        row(md, "ours: `JsonAnnotationStore.save`", ours);
        row(md, "bare write, fsync, rename, fsync", bare);
        row(md, "bare + backup link and rename", bareBackup);
        double p50 = ours.p50Ms() / bare.p50Ms();
        double p99 = ours.p99Ms() / bare.p99Ms();
        md.append(String.format(Locale.ROOT, "%nRatio ours/bare: p50 **%.2f**, p99 **%.2f** (goal <= %.1f: p50 %s, p99 %s)."
                + " Ours/bare + backup: p50 %.2f, p99 %.2f.%n", p50, p99, RATIO_GOAL, met(p50 <= RATIO_GOAL),
                met(p99 <= RATIO_GOAL), ours.p50Ms() / bareBackup.p50Ms(), ours.p99Ms() / bareBackup.p99Ms()));
        return md.toString();
    }

    private static void row(StringBuilder md, String way, Latencies l) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f |%n", way, l.count(), l.p50Ms(),
                l.p99Ms(), l.maxMs(), l.meanMs()));
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }
}
