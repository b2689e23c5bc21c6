package org.briefingreader.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Files the user asked for (an export): written whole or not at all. The content is made in memory first, then
 * written like every library file ({@link AtomicFiles}: temporary file, fsync, atomic rename), so a failed export
 * (a full disk, a folder that cannot be written) leaves no partial file, and an older file of that name intact.
 */
public final class OutputFiles {
    /** Writes the content; may fail half way, which then changes nothing on disk. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /** Replaces (or creates) {@code target} with the content, or throws a one-line reason and leaves no file. */
    public static void replace(Path target, Content content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder; give a file name");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        content.writeTo(bytes);
        try {
            AtomicFiles.replace(target, bytes.toByteArray(), AtomicFiles.NONE);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    /** Why a write failed, as a user reads it: "no such folder", "permission denied", "No space left on device". */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
