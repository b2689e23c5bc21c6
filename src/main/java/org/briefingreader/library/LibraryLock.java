package org.briefingreader.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The write lock of a library folder, across threads and processes: the window and the command line may both
 * write to one library, one write at a time.
 *
 * <p>An OS file lock on {@code .<folder>.lock} beside the folder (inside it, it would be one more file among
 * the briefings), plus an in-process lock (the OS lock is per process, and
 * Java refuses a second overlapping lock from the same process). Writers hold it for one file write, so a
 * second writer waits milliseconds, never sees an error. The OS drops the lock if its holder dies.
 */
final class LibraryLock {
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock local;

    /** What {@link #acquire()} returns; closing it releases the lock. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    LibraryLock(Path dir) throws IOException {
        Path real = dir.toRealPath();
        Path parent = real.getParent() == null ? real : real.getParent();
        this.lockFile = parent.resolve("." + real.getFileName() + ".lock");
        this.local = IN_PROCESS.computeIfAbsent(real, k -> new ReentrantLock());
    }

    /** Waits for the lock (held by others only for a write or two) and takes it. */
    Held acquire() throws IOException {
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            FileChannel open = channel;
            return () -> {
                try (open) {
                    lock.release();
                } finally {
                    local.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }
}
