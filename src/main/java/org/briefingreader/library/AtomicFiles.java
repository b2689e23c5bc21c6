package org.briefingreader.library;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    /** Suffix of the previous version {@link #replaceKeepingBackup} keeps. */
    static final String BACKUP_SUFFIX = ".bak";

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");
    /** A virus scanner or indexer briefly holding the file makes Windows refuse a rename or delete. */
    private static final int WINDOWS_ATTEMPTS = 5;

    private AtomicFiles() {
    }

    /** Replaces (or creates) {@code target} with {@code bytes}; on failure {@code target} is untouched. */
    static void replace(Path target, byte[] bytes, WriteHook hook) throws IOException {
        Path temp = writeTemp(target, bytes, hook);
        moveIntoPlace(temp, target);
        syncDirectory(folderOf(target));
    }

    /**
     * Replaces {@code target} like {@link #replace}, first keeping its current content as {@link #backupOf}
     * {@code target}, with no moment where {@code target} is missing.
     *
     * <p>The current file is hard-linked to a temporary name (copied and forced where links are unsupported), that
     * name is renamed over the backup, the new content is renamed over {@code target}, then one folder sync makes
     * all three names durable. Renaming the current file to the backup instead would leave a moment with no file.
     * After a crash at any point {@code target} holds the old or the new content and the backup, if any, a complete
     * earlier version.
     */
    static void replaceKeepingBackup(Path target, byte[] bytes, WriteHook hook) throws IOException {
        Path temp = writeTemp(target, bytes, hook);
        try {
            Path copy = sameContentUnderTempName(target, backupOf(target).getFileName().toString());
            if (copy != null) {
                moveIntoPlace(copy, backupOf(target));
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        moveIntoPlace(temp, target);
        syncDirectory(folderOf(target));
    }

    /** Where {@link #replaceKeepingBackup} keeps the previous version of {@code target}: {@code a.json.bak}. */
    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Keeps {@code source}'s current content under the unused name {@code keep} (a hard link, else a forced copy)
     * and makes the name durable; {@code source} itself stays. False when {@code source} does not exist.
     */
    static boolean keepCopy(Path source, Path keep) throws IOException {
        Path copy = sameContentUnderTempName(source, keep.getFileName().toString());
        if (copy == null) {
            return false;
        }
        try {
            // The caller picked an unused name; an atomic move may replace an existing one on some systems.
            retryOnWindows(() -> Files.move(copy, keep, StandardCopyOption.ATOMIC_MOVE));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copy, e);
            throw e;
        }
        syncDirectory(folderOf(source));
        return true;
    }

    /** Writes and forces {@code bytes} to a new temporary file beside {@code target}. */
    private static Path writeTemp(Path target, byte[] bytes, WriteHook hook) throws IOException {
        Path dir = folderOf(target);
        Path temp;
        FileChannel created;
        while (true) {
            temp = dir.resolve("." + target.getFileName() + "." + randomPart() + TEMP_SUFFIX);
            try {
                // Created and written through one open: a save is a handful of system calls, each one counts.
                created = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (FileAlreadyExistsException e) {
                continue; // another writer drew the same 64 random bits; draw again
            }
        }
        try (FileChannel channel = created) {
            int half = bytes.length / 2;
            writeFully(channel, ByteBuffer.wrap(bytes, 0, half));
            hook.midWrite(temp);
            writeFully(channel, ByteBuffer.wrap(bytes, half, bytes.length - half));
            // Data on disk before the rename: otherwise a crash could leave the new name on empty blocks.
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        return temp;
    }

    /** Renames {@code temp} over {@code target} atomically; on failure {@code temp} is deleted. */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            retryOnWindows(() -> Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /**
     * A temporary name beside {@code source} ({@code .<nameFor>.<random>.tmp}) holding its content: a hard link,
     * or a forced copy where the file system has no links (FAT, some network shares). Null when {@code source}
     * does not exist.
     */
    private static Path sameContentUnderTempName(Path source, String nameFor) throws IOException {
        Path dir = folderOf(source);
        while (true) {
            Path temp = dir.resolve("." + nameFor + "." + randomPart() + TEMP_SUFFIX);
            try {
                Files.createLink(temp, source);
                return temp;
            } catch (FileAlreadyExistsException e) {
                continue; // another writer drew the same 64 random bits; draw again
            } catch (NoSuchFileException e) {
                return null;
            } catch (UnsupportedOperationException | IOException e) {
                return copyOf(source, temp);
            }
        }
    }

    private static Path copyOf(Path source, Path temp) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    done += in.transferTo(done, size - done, out);
                }
                out.force(true);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(temp, e);
                throw e;
            }
        } catch (NoSuchFileException e) {
            return null;
        }
        return temp;
    }

    private static void deleteQuietly(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().getParent();
    }

    private static String randomPart() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
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
