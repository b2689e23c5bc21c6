package org.briefingreader.ui.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The technical details behind a failure, for a "Details…" view: the exception's chain of causes, one line each,
 * without stack frames (those go to the log).
 *
 * <p>An {@code UncheckedIOException("reading x failed", new NoSuchFileException("/a/x.json"))} gives
 * <pre>
 * UncheckedIOException: reading x failed
 * caused by NoSuchFileException: /a/x.json
 * </pre>
 */
public final class ErrorDetails {
    /** A cause chain longer than this is cut: a sentence per cause is for people, not for every wrapper. */
    private static final int MAX_CAUSES = 12;

    private ErrorDetails() {
    }

    /** The chain of causes, outermost first; a cycle in the chain is followed once. */
    public static String chain(Throwable error) {
        Objects.requireNonNull(error, "error");
        List<String> lines = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t) && lines.size() < MAX_CAUSES; t = t.getCause()) {
            String message = t.getMessage() == null ? "(no message)" : t.getMessage().strip();
            String line = t.getClass().getSimpleName() + ": " + message;
            lines.add(lines.isEmpty() ? line : "caused by " + line);
        }
        return String.join("\n", lines);
    }
}
