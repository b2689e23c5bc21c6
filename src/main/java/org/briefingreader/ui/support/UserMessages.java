package org.briefingreader.ui.support;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.briefingreader.domain.BriefingInputException;

/**
 * Says in a few plain words what went wrong, for a status line; the stack trace goes to the log instead.
 *
 * <p>A {@code NoSuchFileException("/home/ann/briefings")} gives {@code "/home/ann/briefings does not exist"};
 * an exception without a message gives its kind, e.g. {@code "an unexpected IllegalStateException"}.
 */
public final class UserMessages {
    private UserMessages() {
    }

    /** One line, no trailing full stop, never empty. */
    public static String describe(Throwable error) {
        if (error instanceof BriefingInputException input) {
            return input.oneLine();
        }
        if (error instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (error instanceof AccessDeniedException denied) {
            return "no permission to read " + denied.getFile();
        }
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return "an unexpected " + error.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").strip().replaceAll("[.]$", "");
    }
}
