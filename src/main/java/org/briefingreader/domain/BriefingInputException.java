package org.briefingreader.domain;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A file could not be read as a briefing; carries the file and, where known, line and column.
 *
 * <p>{@link #oneLine()} is what a user sees: {@code notes.json:3:14: unexpected character '}'}.
 */
public class BriefingInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    public BriefingInputException(Path file, String problem) {
        this(file, -1, -1, problem, null);
    }

    public BriefingInputException(Path file, String problem, Throwable cause) {
        this(file, -1, -1, problem, cause);
    }

    public BriefingInputException(Path file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Path file() {
        return file;
    }

    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }

    /** File, position where known, and problem on a single line. */
    public String oneLine() {
        return getMessage();
    }

    private static String format(Path file, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem.replaceAll("\\s*\\R\\s*", " ")).toString();
    }
}
