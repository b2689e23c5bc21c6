package org.briefingreader.library;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crash-safe file replacement: after a crash or power loss a file holds its old content or its new content,
 * never a mix, and a reader never sees a half-written file.
 *
 * <p>{@code replace(dir/a.json, bytes)} writes {@code dir/.a.json.<random>.tmp}, forces it to disk, renames it
 * over {@code a.json} atomically, then forces the folder so the rename itself survives a power loss.
 */
final class AtomicFiles {
    /** Where a write can be made to fail in tests; production uses {@link #NONE}. */
    @FunctionalInterface
    interface WriteHook {
        /** Called with half the bytes written to {@code temp}. */
        void midWrite(Path temp) throws IOException;
    }

    static final WriteHook NONE = temp -> { };
    /** Suffix of temporary files; a leftover one is debris from a crash. */
    static final String TEMP_SUFFIX = ".tmp";

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");
    /** A virus scanner or indexer briefly holding the file makes Windows refuse a rename or delete. */
    private static final int WINDOWS_ATTEMPTS = 5;

    private AtomicFiles() {
    }

    /** Replaces (or creates) {@code target} with {@code bytes}; on failure {@code target} is untouched. */
    static void replace(Path target, byte[] bytes, WriteHook hook) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = createTemp(dir, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                int half = bytes.length / 2;
                writeFully(channel, ByteBuffer.wrap(bytes, 0, half));
                hook.midWrite(temp);
                writeFully(channel, ByteBuffer.wrap(bytes, half, bytes.length - half));
                // Data on disk before the rename: otherwise a crash could leave the new name on empty blocks.
                channel.force(true);
            }
            retryOnWindows(() -> Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncDirectory(dir);
    }

    /** Deletes {@code target} and makes the deletion durable; false when there was nothing to delete. */
    static boolean delete(Path target) throws IOException {
        boolean[] deleted = new boolean[1];
        retryOnWindows(() -> deleted[0] = Files.deleteIfExists(target));
        if (deleted[0]) {
            syncDirectory(target.toAbsolutePath().getParent());
        }
        return deleted[0];
    }

    /** True for names {@link #replace} gives its temporary files. */
    static boolean isTemp(String fileName) {
        return fileName.startsWith(".") && fileName.endsWith(TEMP_SUFFIX);
    }

    /**
     * Forces a folder's entries (new names, renames, deletions) to disk. Windows cannot open a folder for
     * this and its file system orders metadata itself, so there it is skipped (as Lucene's IOUtils.fsync does).
     */
    static void syncDirectory(Path dir) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static Path createTemp(Path dir, String targetName) throws IOException {
        while (true) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = dir.resolve("." + targetName + "." + random + TEMP_SUFFIX);
            try {
                FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // Another writer drew the same 64 random bits; draw again.
            }
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @FunctionalInterface
    private interface FileAction {
        void run() throws IOException;
    }

    private static void retryOnWindows(FileAction action) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (AccessDeniedException e) {
                if (!WINDOWS || attempt == WINDOWS_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) throws InterruptedIOException {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry a file operation");
        }
    }
}
