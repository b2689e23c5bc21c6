package org.briefingreader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.briefingreader.domain.BriefingInputException;

/**
 * One JSON file of the library and its last parsed content, re-read only when the file changed: another process's
 * write shows at the next read, an unchanged file is not parsed again.
 *
 * <p>The stamp is the file's identity (inode where the OS has one), size and modification time. Every write
 * renames a new file into place, so each write gives a new identity; the stamp is taken before the bytes are read,
 * so a write between the two at worst costs one extra parse, never a stale value.
 *
 * @param <T> what the file holds once parsed
 */
final class StampedFile<T> {
    /** Turns the bytes into a value, or says why the file is refused or damaged. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(byte[] bytes) throws BriefingInputException;
    }

    private record Stamp(Object identity, long size, long modifiedNanos) {
    }

    private record Entry<T>(Stamp stamp, T value) {
    }

    private final Path file;
    private final Parser<T> parser;
    private final T absent;
    private volatile Entry<T> entry;

    /** @param absent the value while the file does not exist */
    StampedFile(Path file, Parser<T> parser, T absent) {
        this.file = Objects.requireNonNull(file, "file");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.absent = Objects.requireNonNull(absent, "absent");
    }

    Path path() {
        return file;
    }

    T absent() {
        return absent;
    }

    T parse(byte[] bytes) throws BriefingInputException {
        return parser.parse(bytes);
    }

    /**
     * The file's content now.
     *
     * @throws RefusedFileException   when it is from a newer version
     * @throws BriefingInputException when it is damaged
     */
    T read() throws IOException, BriefingInputException {
        while (true) {
            Stamp stamp = stamp();
            if (stamp == null) {
                entry = null;
                return absent;
            }
            Entry<T> known = entry;
            if (known != null && known.stamp().equals(stamp)) {
                return known.value();
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                continue; // removed between the two looks: look again
            }
            T value = parser.parse(bytes);
            entry = new Entry<>(stamp, value);
            return value;
        }
    }

    /** Remembers {@code value} as the content just written (called under the write lock, so nothing came between). */
    void written(T value) throws IOException {
        Stamp stamp = stamp();
        entry = stamp == null ? null : new Entry<>(stamp, value);
    }

    private Stamp stamp() throws IOException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attrs.fileKey(), attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
