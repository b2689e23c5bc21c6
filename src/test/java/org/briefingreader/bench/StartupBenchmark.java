package org.briefingreader.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.briefingreader.ui.shell.FirstFrameProbe;

/**
 * Process start to the first frame showing the bundled briefing, against a minimal JavaFX window, each a fresh JVM,
 * alternating, in the same run (docs/performance.md). The reader is started as the README starts it, {@code java
 * -jar target/briefing-reader.jar}, so the packaged jar must be built first. Not a test: run it with
 * {@code mvn -B -q -DskipTests package && xvfb-run -a mvn -B -q test-compile exec:exec -Dbench=StartupBenchmark}
 * (without a display the windows run on Monocle's headless platform).
 */
public final class StartupBenchmark {
    static final int WARM_UPS = 2;
    static final int RUNS = Integer.getInteger("startup.runs", 10);
    static final double GOAL = 1.3;
    static final Path JAR = Path.of("target", "briefing-reader.jar");
    static final Path WORK = Path.of("target", "startup-bench");
    static final Path REPORT = Path.of("target", "startup-benchmark.md");

    private StartupBenchmark() {
    }

    /** One start: wall time seen by this process, the child's own time since its JVM started, its CPU time. */
    private record Start(double wallMs, double sinceJvmMs, double cpuMs, double load) {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            System.err.println("No " + JAR + ": build it first with mvn -B -q -DskipTests package");
            System.exit(2);
        }
        String started = Instant.now().toString();
        String loadBefore = Machine.loadAverage();
        Machine.deleteTree(WORK);
        Path library = Files.createDirectories(WORK.resolve("library"));
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        List<String> reader = command(display, List.of("-jar", JAR.toString(), "--library", library.toString()));
        List<String> minimal = command(display, List.of("-cp", System.getProperty("java.class.path"),
                MinimalWindow.class.getName()));
        // The first start seeds the library and builds its search index: not what a daily start does.
        start(reader);
        for (int i = 0; i < WARM_UPS; i++) {
            start(reader);
            start(minimal);
        }
        List<Start> ours = new ArrayList<>();
        List<Start> base = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            if (i % 2 == 0) {
                ours.add(start(reader));
                base.add(start(minimal));
            } else {
                base.add(start(minimal));
                ours.add(start(reader));
            }
        }
        String report = report(started, loadBefore, display, ours, base);
        System.out.print(report);
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    }

    private static List<String> command(boolean display, List<String> what) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-D" + FirstFrameProbe.PROPERTY + "=true"));
        if (!display) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(what);
        return command;
    }

    private static Start start(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        double load = Double.parseDouble(Machine.loadAverage().split(",")[0]);
        long begin = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("FIRST_FRAME ")) {
                    double wall = (System.nanoTime() - begin) / 1e6;
                    String[] parts = line.substring("FIRST_FRAME ".length()).strip().split("\\s+");
                    double cpu = parts.length > 1 ? Double.parseDouble(parts[1]) : Double.NaN;
                    process.waitFor(30, TimeUnit.SECONDS);
                    return new Start(wall, Double.parseDouble(parts[0]), cpu, load);
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IOException("no first frame from " + String.join(" ", command) + " (exit " + process.waitFor()
                + ")");
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> value) {
        double[] values = starts.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static String row(String name, List<Start> starts) {
        double min = starts.stream().mapToDouble(Start::wallMs).min().orElse(0);
        double max = starts.stream().mapToDouble(Start::wallMs).max().orElse(0);
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n", name, starts.size(),
                median(starts, Start::wallMs), min, max, median(starts, Start::sinceJvmMs),
                median(starts, Start::cpuMs));
    }

    private static String report(String started, String loadBefore, boolean display, List<Start> ours,
            List<Start> base) {
        double ratio = median(ours, Start::wallMs) / median(base, Start::wallMs);
        double cpuRatio = median(ours, Start::cpuMs) / median(base, Start::cpuMs);
        StringBuilder out = new StringBuilder("## Start-up\n\n");
        out.append("Command: `mvn -B -q -DskipTests package && mvn -B -q test-compile exec:exec "
                + "-Dbench=StartupBenchmark`")
                .append(display ? " under a display (`xvfb-run -a`)" : " without a display (Monocle headless)")
                .append(". Started ").append(started).append(", finished ").append(Instant.now()).append(".\n\n");
        out.append("Machine: ").append(Machine.cpuModel()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; ").append(Machine.java())
                .append(". Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ")
                .append(Machine.loadAverage()).append(String.format(Locale.ROOT,
                        "; 1-minute load at the timed starts: %.2f to %.2f.%n%n",
                        ours.stream().mapToDouble(Start::load).min().orElse(0),
                        ours.stream().mapToDouble(Start::load).max().orElse(0)));
        out.append("Each start is a new JVM, timed from just before the process is started to its `FIRST_FRAME` line "
                + "(printed once a frame showing the content has been drawn). The reader is `java -jar "
                + JAR + " --library DIR` on a library seeded by a first, uncounted start; the minimal window runs "
                + "from the test class path. ").append(WARM_UPS).append(" warm-up starts of each, then ")
                .append(RUNS).append(" of each, alternating which goes first. \"Since JVM start\" is the child's "
                + "own count; CPU is the whole process's (all threads, JIT and GC included) at that moment.\n\n");
        out.append("| program | starts | median (ms) | min (ms) | max (ms) | median since JVM start (ms) "
                + "| median CPU (ms) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        out.append(row("Briefing Reader on the seed briefing", ours));
        out.append(row("minimal JavaFX window", base));
        out.append(String.format(Locale.ROOT, "%nRatio of medians ours/minimal: **%.2f** (goal <= %.1f: %s); "
                + "CPU time ratio %.2f.%n", ratio, GOAL, ratio <= GOAL ? "met" : "**missed**", cpuRatio));
        out.append("\nEach start (ms, wall / CPU), in order:\n\n| # | ours | minimal |\n|---:|---:|---:|\n");
        for (int i = 0; i < ours.size(); i++) {
            out.append(String.format(Locale.ROOT, "| %d | %.0f / %.0f | %.0f / %.0f |%n", i + 1,
                    ours.get(i).wallMs(), ours.get(i).cpuMs(), base.get(i).wallMs(), base.get(i).cpuMs()));
        }
        return out.toString();
    }
}
