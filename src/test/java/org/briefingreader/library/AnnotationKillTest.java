package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingreader.domain.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real child JVMs ({@link AnnotationSaverMain}) save, edit and delete annotations and are killed with
 * {@code destroyForcibly} after a random number of acknowledged saves, 20 times on one library: every acknowledged
 * change is there afterwards, every file parses, and nothing needed repairing.
 *
 * <p>A failure names the seed; {@code -Dannotation.kill.seed=N} replays its choices (the moment of each kill is
 * the machine's).
 */
class AnnotationKillTest {
    private static final int KILLS = 20;
    private static final int MIN_ACKS = 200;
    private static final int MAX_ACKS = 260;

    @TempDir
    Path root;

    /** One line of a child: what it did (or was about to do) to which annotation. */
    record Step(String op, UUID id, String briefing, String modified, String note) {
        static Step parse(String line) {
            String[] f = line.split(" ", 6);
            return new Step(f[1], UUID.fromString(f[2]), f[3], f[4], f[5]);
        }

        boolean describes(Annotation a) {
            return a.briefingId().equals(briefing) && a.modified().toString().equals(modified)
                    && a.note().orElse("").equals(note);
        }
    }

    /** The state the acknowledged steps imply, and the step a kill interrupted. */
    private static final class Expected {
        final Map<UUID, Step> live = new HashMap<>();
        final Set<UUID> deleted = new HashSet<>();
        Step inFlight;
        int acks;

        void ack(Step step) {
            if (step.op().equals("delete")) {
                live.remove(step.id());
                deleted.add(step.id());
            } else {
                live.put(step.id(), step);
            }
            inFlight = null;
            acks++;
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedSaversLoseNoAcknowledgedChangeAndLeaveNothingToRepair() throws Exception {
        long seed = Long.getLong("annotation.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        Path library = root.resolve("library");
        Expected expected = new Expected();
        long started = System.nanoTime();
        for (int kill = 1; kill <= KILLS; kill++) {
            int acksBeforeKill = MIN_ACKS + random.nextInt(MAX_ACKS - MIN_ACKS + 1);
            String context = "seed " + seed + ", kill " + kill + " after " + acksBeforeKill + " acknowledged saves";
            int acksBefore = expected.acks;
            runAndKill(library, random.nextLong(), acksBeforeKill, expected, root.resolve("child-" + kill + ".err"),
                    context);
            assertThat(expected.acks - acksBefore).as(context).isGreaterThanOrEqualTo(acksBeforeKill);
            check(library, expected, context);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("AnnotationKillTest: %d kills, %d acknowledged saves, %d annotations left, %.1f s (seed %d)%n",
                KILLS, expected.acks, expected.live.size(), seconds, seed);
    }

    private static void runAndKill(Path library, long childSeed, int acksBeforeKill, Expected expected, Path stderr,
            String context) throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=US-ASCII",
                // Twenty short-lived JVMs: C1 only and no logging set-up save ~0.7 s each. The child would log only
                // a repair, and this test asserts there is none with a store of its own.
                "-XX:TieredStopAtLevel=1", "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                AnnotationSaverMain.class.getName(), library.toString(), Long.toString(childSeed))
                .redirectError(stderr.toFile())
                .start();
        int acks = 0;
        boolean killed = false;
        try (InputStream out = new BufferedInputStream(child.getInputStream())) {
            for (String line = completeLine(out); line != null; line = completeLine(out)) {
                if (line.startsWith("BEGIN ")) {
                    expected.inFlight = Step.parse(line);
                } else if (line.startsWith("ACK ")) {
                    Step step = Step.parse(line);
                    assertThat(expected.inFlight).as(context + ": ACK without BEGIN: " + line).isNotNull()
                            .extracting(Step::id).isEqualTo(step.id());
                    expected.ack(step);
                    if (++acks == acksBeforeKill) {
                        // SIGKILL through the handle: Process.destroyForcibly would also close our end of the
                        // pipe, losing what the child acknowledged between this line and its death.
                        child.toHandle().destroyForcibly();
                        killed = true;
                    }
                }
                // Lines after the kill are read too: what the child acknowledged before dying counts.
            }
        } finally {
            child.destroyForcibly();
            child.getOutputStream().close();
            child.waitFor();
        }
        assertThat(killed).as(context + ": the child stopped after " + acks + " acks: "
                + Files.readString(stderr, StandardCharsets.UTF_8)).isTrue();
    }

    /** The next line that ends in a newline; null at the end, dropping a line the kill cut short. */
    private static String completeLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(160);
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return null;
    }

    private static void check(Path library, Expected expected, String context) throws Exception {
        JsonAnnotationStore store = new JsonAnnotationStore(LibraryPaths.under(library));
        assertThat(store.repairs()).as(context).isEmpty();
        everyFileParses(store.directory(), context);
        Map<UUID, Annotation> stored = store.all().stream()
                .collect(Collectors.toMap(Annotation::id, Function.identity()));
        Step interrupted = expected.inFlight;
        UUID open = interrupted == null ? null : interrupted.id();
        for (Step step : expected.live.values()) {
            if (!step.id().equals(open)) {
                assertThat(stored.get(step.id())).as(context + ": acknowledged " + step).isNotNull()
                        .matches(step::describes, "is as acknowledged: " + step);
            }
        }
        for (UUID id : expected.deleted) {
            if (!id.equals(open)) {
                assertThat(stored).as(context + ": acknowledged delete").doesNotContainKey(id);
            }
        }
        assertThat(stored.keySet().stream().filter(id -> !expected.live.containsKey(id) && !id.equals(open)))
                .as(context + ": annotations no one acknowledged").isEmpty();
        if (interrupted != null) {
            settle(interrupted, Optional.ofNullable(stored.get(open)), expected, context);
        }
    }

    /** The interrupted step happened or did not; either is fine, a third state is not. Expect what is there. */
    private static void settle(Step step, Optional<Annotation> now, Expected expected, String context) {
        Step before = expected.live.get(step.id());
        boolean asBefore = before == null ? now.isEmpty() : now.filter(before::describes).isPresent();
        boolean asAfter = step.op().equals("delete") ? now.isEmpty() : now.filter(step::describes).isPresent();
        assertThat(asBefore || asAfter).as(context + ": interrupted " + step + " left " + now).isTrue();
        if (now.isEmpty()) {
            expected.live.remove(step.id());
            if (before != null) {
                expected.deleted.add(step.id());
            }
        } else {
            Annotation a = now.get();
            expected.live.put(a.id(), new Step("edit", a.id(), a.briefingId(), a.modified().toString(),
                    a.note().orElse("")));
        }
        expected.inFlight = null;
    }

    private static void everyFileParses(Path dir, String context) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertThat(name).as(context + ": only annotation files and backups").matches("[a-z0-9-]+\\.json(\\.bak)?");
            String briefing = name.substring(0, name.indexOf(".json"));
            AnnotationJson.readAnnotations(Files.readAllBytes(file), file, briefing);
        }
    }
}
