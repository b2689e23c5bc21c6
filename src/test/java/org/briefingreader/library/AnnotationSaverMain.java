package org.briefingreader.library;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationTarget;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.TextPositionSelector;
import org.briefingreader.domain.annotation.TextQuoteSelector;

/**
 * A child process for {@link AnnotationKillTest}: saves, edits and deletes annotations on a library as fast as it
 * can and reports each step on stdout, until it is killed or has done {@code saves} steps.
 *
 * <p>{@code java ... AnnotationSaverMain LIBRARY SEED [SAVES]} prints, per step, {@code BEGIN op uuid briefing
 * modified note} before calling the store and {@code ACK op uuid briefing modified note} after it returned; op is
 * {@code create}, {@code edit} or {@code delete} (whose modified and note are {@code -}). A line without its final
 * newline was cut by the kill and means nothing. The process stops when its stdin closes, so it never outlives the
 * test that started it.
 */
public final class AnnotationSaverMain {
    static final List<String> BRIEFINGS = List.of("alpha-2020-01-01", "bravo-2020-02-02", "charlie-2020-03-03",
            "delta-2020-04-04", "echo-2020-05-05");
    private static final String[] WORDS = {"Kuril", "🗾", "naïve", "**bold**", "_Tokyo_", "énergie", "𝔰𝔲𝔣", "oil",
        "quote\"d", "back\\slash", "👩🏽‍💻", "tab\there"};

    private AnnotationSaverMain() {
    }

    public static void main(String[] args) throws IOException {
        Path library = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        long saves = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        stopWhenStdinCloses();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        JsonAnnotationStore store = new JsonAnnotationStore(LibraryPaths.under(library));
        List<Annotation> live = new ArrayList<>(store.all());
        for (long i = 0; i < saves; i++) {
            int dice = random.nextInt(10);
            if (live.isEmpty() || dice < 4) {
                Annotation created = create(random);
                report(out, "BEGIN", "create", created);
                store.save(created);
                live.add(created);
                report(out, "ACK", "create", created);
            } else if (dice < 7) {
                int at = random.nextInt(live.size());
                Annotation old = live.get(at);
                Instant now = Instant.now();
                Annotation edited = old.withBody(Optional.of(note(random)), List.of("edited"), Optional.of("evidence"),
                        now.isBefore(old.modified()) ? old.modified() : now);
                report(out, "BEGIN", "edit", edited);
                store.save(edited);
                live.set(at, edited);
                report(out, "ACK", "edit", edited);
            } else {
                Annotation gone = live.remove(random.nextInt(live.size()));
                out.print("BEGIN delete " + gone.id() + " " + gone.briefingId() + " - -\n");
                out.flush();
                if (!store.delete(gone.id())) {
                    System.err.println("delete of " + gone.id() + " found nothing");
                    System.exit(3);
                }
                out.print("ACK delete " + gone.id() + " " + gone.briefingId() + " - -\n");
                out.flush();
            }
        }
        out.print("DONE\n");
        out.flush();
    }

    private static void report(PrintStream out, String what, String op, Annotation a) {
        out.print(what + " " + op + " " + a.id() + " " + a.briefingId() + " " + a.modified() + " " + a.note().orElseThrow()
                + "\n");
        out.flush();
    }

    private static Annotation create(Random random) {
        String briefing = BRIEFINGS.get(random.nextInt(BRIEFINGS.size()));
        int start = random.nextInt(5000);
        AnnotationTarget target = new AnnotationTarget(briefing, List.of("lede.p" + (1 + random.nextInt(9))),
                new TextQuoteSelector("passage " + start, "before ", " after"),
                new TextPositionSelector(start, start + 1 + random.nextInt(200)));
        Instant now = Instant.now();
        return new Annotation(UUID.randomUUID(), now, now, Motivation.COMMENTING, target, Optional.of(note(random)),
                List.of("t" + random.nextInt(5)), Optional.empty(), "sha256:" + "ab".repeat(32), Anchoring.ANCHORED);
    }

    /** One line of text (the ACK line carries it to the parent), with characters beyond U+FFFF. */
    private static String note(Random random) {
        StringBuilder note = new StringBuilder("n").append(Long.toUnsignedString(random.nextLong(), 36));
        for (int i = random.nextInt(12); i >= 0; i--) {
            note.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return note.toString();
    }

    private static void stopWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    continue;
                }
            } catch (IOException e) {
                // a broken pipe is the parent gone too
            }
            Runtime.getRuntime().halt(4);
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
