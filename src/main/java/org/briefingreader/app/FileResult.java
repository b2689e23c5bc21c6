package org.briefingreader.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one input file of an import.
 *
 * @param file       the file (or folder, for a folder that could not be walked)
 * @param status     the outcome
 * @param briefingId the briefing it became, when it became one
 * @param message    one line for the user: the title stored, or what is wrong
 * @param warnings   one line each, e.g. a file read as windows-1252
 */
public record FileResult(Path file, Status status, Optional<String> briefingId, String message,
        List<String> warnings) {

    /** Outcome of one file. */
    public enum Status {
        ADDED, REPLACED, UNCHANGED, FAILED;

        /** Lower-case word for output. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(message, "message");
        warnings = List.copyOf(warnings);
    }

    static FileResult failed(Path file, String message) {
        return new FileResult(file, Status.FAILED, Optional.empty(), message, List.of());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
