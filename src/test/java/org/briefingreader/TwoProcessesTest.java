package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window and the command line on one library at once, as real processes: the window (headless, Monocle)
 * holds the index and keeps it current; command-line imports, deletes and searches run beside it without a
 * lock error, and nothing is lost or half-written.
 */
class TwoProcessesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path home;

    private Process window;
    private Path log;

    private record Run(int code, String out, String err) {
    }

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dbriefing.index.keeperMillis=100",
                "org.briefingreader.Main", "--library", home.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Process start(String name, String... args) throws IOException {
        return new ProcessBuilder(java(args))
                .redirectOutput(home.resolve(name + ".out").toFile())
                .redirectError(home.resolve(name + ".err").toFile())
                .start();
    }

    private Run finish(Process process, String name) throws Exception {
        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(name + " finished").isTrue();
        return new Run(process.exitValue(), Files.readString(home.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(home.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    private Run briefing(String name, String... args) throws Exception {
        return finish(start(name, args), name);
    }

    /** Waits (on file-change events, not a sleep) until the window's log holds {@code needle} {@code times} times. */
    private void awaitLog(String needle, int times) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Files.createDirectories(log.getParent());
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            log.getParent().register(watch, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            while (occurrences(needle) < times) {
                assertThat(System.nanoTime()).as("window logged '%s' %d times within %s", needle, times, PATIENCE)
                        .isLessThan(deadline);
                assertThat(window.isAlive()).as("window still running").isTrue();
                var key = watch.poll(200, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    private int occurrences(String needle) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private Path briefingFile(String dir, String name, String title, String body) throws IOException {
        Path file = Files.createDirectories(home.resolve(dir)).resolve(name);
        return Files.writeString(file, title + "\n\nMay 2, 2021\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    @BeforeEach
    void openTheWindow() throws Exception {
        log = home.resolve("state/logs/briefing-reader.log");
        window = start("window");
        awaitLog("Index brought up to date: 1 indexed", 1);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.destroy();
        assertThat(window.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void commandLineImportsReachTheWindowsIndexAndSearchesSeeThem() throws Exception {
        Path file = briefingFile("in", "glacier.txt", "Glacier Melt Accelerates",
                "The quinquennial survey of the glaciers found rapid melting.");
        Run imported = briefing("import", "import", file.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("added");
        assertThat(imported.err()).doesNotContainIgnoringCase("lock").doesNotContain("Exception");

        awaitLog("Index brought up to date: 1 indexed", 2);
        Run found = briefing("search", "search", "quinquennial");
        assertThat(found.code()).isZero();
        assertThat(found.out()).contains("Glacier Melt Accelerates").contains("[quinquennial]");
        assertThat(found.err()).contains("another Briefing Reader holds the index")
                .doesNotContainIgnoringCase("lock").doesNotContain("Exception");

        Run rebuild = briefing("reindex", "reindex");
        assertThat(rebuild.code()).isEqualTo(1);
        assertThat(rebuild.err().lines()).singleElement().asString().contains("holds the search index");

        Run deleted = briefing("delete", "delete", "glacier-melt-accelerates-2021-05-02");
        assertThat(deleted.code()).isZero();
        awaitLog("Index brought up to date: 0 indexed, 1 removed", 1);
        assertThat(briefing("search2", "search", "quinquennial").out()).startsWith("No hits");
    }

    @Test
    void twoImportsAtOnceBesideTheWindowLoseNothing() throws Exception {
        List<Path> first = new ArrayList<>();
        List<Path> second = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            first.add(briefingFile("a", "a" + i + ".txt", "Alpha Report " + i, "Alpha body " + i + "."));
            second.add(briefingFile("b", "b" + i + ".txt", "Bravo Report " + i, "Bravo body " + i + "."));
        }
        Process a = start("import-a", "import", home.resolve("a").toString());
        Process b = start("import-b", "import", home.resolve("b").toString());
        Run ra = finish(a, "import-a");
        Run rb = finish(b, "import-b");

        assertThat(ra.code()).as(ra.err()).isZero();
        assertThat(rb.code()).as(rb.err()).isZero();
        assertThat(ra.out()).contains("15 added");
        assertThat(rb.out()).contains("15 added");
        Run list = briefing("list", "list", "--json");
        assertThat(list.out()).contains("alpha-report-14-2021-05-02").contains("bravo-report-14-2021-05-02");
        try (var files = Files.list(home.resolve("data/briefings"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(31).allMatch(n -> n.endsWith(".json"));
        }
        // The window picks the two imports up in one or more rounds; ask again (each ask is a new process,
        // about a second) until it has them all.
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Run found = briefing("search", "search", "--limit", "50", "body");
        while (!found.out().startsWith("30 hits in 30 briefings") && System.nanoTime() < deadline) {
            found = briefing("search", "search", "--limit", "50", "body");
        }
        assertThat(found.out()).startsWith("30 hits in 30 briefings");
    }
}
