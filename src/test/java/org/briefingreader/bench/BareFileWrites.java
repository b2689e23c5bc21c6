package org.briefingreader.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The least a durable file replacement can do, as the annotation benchmark's baseline: write a temporary file,
 * force it, rename it over the target atomically, force the folder. No lock, no JSON, no backup.
 */
final class BareFileWrites {
    private BareFileWrites() {
    }

    /** Write, fsync, atomic rename, folder fsync. */
    static void replace(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".bare.tmp");
        writeForced(temp, bytes);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.getParent());
    }

    /**
     * {@link #replace} plus the backup step the store adds: the current file hard-linked to a temporary name that is
     * renamed over {@code target.bak}, before the new file's rename. Tells how much of our cost is the backup.
     */
    static void replaceKeepingBackup(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".bare.tmp");
        writeForced(temp, bytes);
        if (Files.exists(target)) {
            Path link = target.resolveSibling("." + target.getFileName() + ".bak.bare.tmp");
            Files.createLink(link, target);
            Files.move(link, target.resolveSibling(target.getFileName() + ".bak"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.getParent());
    }

    private static void writeForced(Path temp, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void syncFolder(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
