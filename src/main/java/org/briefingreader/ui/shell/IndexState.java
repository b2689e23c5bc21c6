package org.briefingreader.ui.shell;

import java.util.Objects;

/**
 * What the search index is doing, as the status bar shows it: {@code "Index: opening…"},
 * {@code "Index: rebuilding 40%"}, {@code "Index: ready"}, {@code "Index: unavailable"}.
 */
public sealed interface IndexState {
    /** Not opened yet: the window is up, the index opens after the first frame. */
    IndexState OPENING = new Opening();
    /** Open and in step with the library. */
    IndexState READY = new Ready();

    /** The short phrase for the status bar. */
    String describe();

    /** Rebuilding after {@code done} of {@code total} briefings, as {@code SearchService.sync} reports it. */
    static IndexState rebuilding(long done, long total) {
        return new Rebuilding(done, total);
    }

    /** Search cannot be used; {@code reason} is one plain sentence for the details, not the status bar. */
    static IndexState unavailable(String reason) {
        return new Unavailable(reason);
    }

    /** The index is being opened. */
    record Opening() implements IndexState {
        @Override
        public String describe() {
            return "Index: opening\u2026";
        }
    }

    /** The index is being brought in step with the library. */
    record Rebuilding(long done, long total) implements IndexState {
        public Rebuilding {
            if (done < 0 || total < 0 || done > total) {
                throw new IllegalArgumentException("progress must be 0 <= done <= total, was " + done + "/" + total);
            }
        }

        /** Whole per cent, rounded down so 100% only shows when all is done; an empty rebuild is 100%. */
        public int percent() {
            return total == 0 ? 100 : (int) (done * 100 / total);
        }

        @Override
        public String describe() {
            return "Index: rebuilding " + percent() + "%";
        }
    }

    /** Ready for searches. */
    record Ready() implements IndexState {
        @Override
        public String describe() {
            return "Index: ready";
        }
    }

    /** The index could not be opened or rebuilt. */
    record Unavailable(String reason) implements IndexState {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "Index: unavailable";
        }
    }
}
