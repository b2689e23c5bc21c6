package org.briefingreader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.briefingreader.domain.BriefingInputException;

/**
 * Puts a damaged library file right: keeps the damaged file aside, restores the backup if it reads, else leaves
 * the file absent (empty), and says what it did in one sentence for the user.
 *
 * <p>{@code x.json} that does not parse becomes {@code x.json.corrupt-20261130T120501Z} (a hard link or copy, made
 * before {@code x.json} changes, so a crash during the repair leaves a damaged file to repair again, never nothing);
 * then {@code x.json.bak} is written over {@code x.json}. Callers hold the write lock.
 */
final class FileRepair {
    static final String ASIDE_INFIX = ".corrupt-";

    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What the file holds after the repair, and the sentence saying what was done. */
    record Outcome<T>(T value, String sentence) {
    }

    private FileRepair() {
    }

    /**
     * Repairs {@code file}, whose content failed to parse as {@code damage} says.
     *
     * @param what     what the file holds, as the sentence names it: "the annotations of briefing x"
     * @param fallback what happens without a usable backup: "they start empty"
     */
    static <T> Outcome<T> repair(StampedFile<T> file, String what, String fallback) throws IOException {
        Path path = file.path();
        Path aside = keepAside(path);
        Path backup = AtomicFiles.backupOf(path);
        String sentence;
        T value;
        byte[] bytes = null;
        String backupProblem;
        try {
            bytes = Files.readAllBytes(backup);
            value = file.parse(bytes);
            backupProblem = null;
        } catch (NoSuchFileException e) {
            value = file.absent();
            backupProblem = "there was no backup";
        } catch (BriefingInputException e) {
            value = file.absent();
            backupProblem = "its backup could not be read either";
        }
        if (backupProblem == null) {
            Instant backupTime = Files.getLastModifiedTime(backup).toInstant();
            AtomicFiles.replace(path, bytes, AtomicFiles.NONE);
            sentence = capitalised(what) + " were damaged; restored the backup of " + SAID.format(backupTime)
                    + "; the damaged file was kept as " + aside + ".";
        } else {
            AtomicFiles.delete(path);
            sentence = capitalised(what) + " were damaged and " + backupProblem + ", so " + fallback
                    + "; the damaged file was kept as " + aside + ".";
        }
        file.written(value);
        return new Outcome<>(value, sentence);
    }

    private static Path keepAside(Path file) throws IOException {
        String base = file.getFileName() + ASIDE_INFIX + ASIDE.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(aside)) {
                continue;
            }
            if (!AtomicFiles.keepCopy(file, aside)) {
                throw new NoSuchFileException(file.toString(), null, "vanished while being repaired");
            }
            return aside;
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
