package org.briefingreader.ui.transfer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.app.FileResult;

/**
 * One line of an import's problem list: a file that could not be imported, or a warning about one that was.
 *
 * @param file    the file (or a folder that could not be walked)
 * @param reason  the one-line reason, without the file's path in front
 * @param failed  true for a file not imported, false for a warning about one that was
 */
public record ImportProblem(Path file, String reason, boolean failed) {
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("the reason is blank");
        }
    }

    /** The failure of {@code result}, which must have failed. */
    static ImportProblem failure(FileResult result) {
        if (!result.failed()) {
            throw new IllegalArgumentException("not a failure: " + result.file());
        }
        return new ImportProblem(result.file(), withoutPath(result.file(), result.message()), true);
    }

    /** A warning {@code result} carries, one of {@link FileResult#warnings()}. */
    static ImportProblem warning(FileResult result, String warning) {
        return new ImportProblem(result.file(), withoutPath(result.file(), warning), false);
    }

    /** The file's name alone, as the list shows it. */
    public String name() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The whole line, path and reason, as copied to the clipboard. */
    public String line() {
        return file + ": " + (failed ? "" : "warning: ") + reason;
    }

    /** The place in the file a message may name after its path: {@code :12:5: } (line and column) or {@code :12: }. */
    private static final Pattern PLACE = Pattern.compile("^:(\\d+)(?::(\\d+))?: ");

    /**
     * Messages name the file first ("/in/a.txt: empty file", "/in/b.json:1:11: unexpected end"); the list shows the
     * name apart, so the reason keeps only the place in words ("line 1, column 11: unexpected end").
     */
    private static String withoutPath(Path file, String message) {
        String path = file.toString();
        if (!message.startsWith(path)) {
            return message;
        }
        String rest = message.substring(path.length());
        Matcher place = PLACE.matcher(rest);
        String reason;
        if (rest.startsWith(": ")) {
            reason = rest.substring(2);
        } else if (place.find()) {
            reason = "line " + place.group(1) + (place.group(2) == null ? "" : ", column " + place.group(2)) + ": "
                    + rest.substring(place.end());
        } else {
            return message;
        }
        return reason.isBlank() ? message : reason;
    }
}
