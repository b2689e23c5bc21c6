package org.briefingreader.ui.search;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.briefingreader.ui.support.UiScheduler;

/**
 * When the search box searches, and which answers it shows. A key after a pause in typing searches at once; keys
 * that follow within {@link SearchViewModel#TYPING_PAUSE} (a key held down, a paste, a fast burst) search once,
 * when typing pauses. Every request is numbered: an answer to anything but the newest is dropped, and a request
 * already overtaken when its turn on the search thread comes is not run at all.
 */
final class TypingSearches {
    /** Makes the request numbered {@code sequence}; empty when there is nothing to search (the asker says why). */
    @FunctionalInterface
    interface Asker {
        Optional<SearchRequest> request(long sequence, boolean suggest, int limit);
    }

    private final SearchParts parts;
    private final Duration pause;
    private final Asker asker;
    private final Consumer<SearchOutcome> answered;
    private final Consumer<Throwable> failed;
    /** The newest request's number; read by the search thread to skip requests already overtaken. */
    private final AtomicLong newest = new AtomicLong();
    private UiScheduler.Cancellable waiting = () -> { };
    /** True from a key until typing pauses: keys in a burst wait for the pause, the first one does not. */
    private boolean burst;

    TypingSearches(SearchParts parts, Duration pause, Asker asker, Consumer<SearchOutcome> answered,
            Consumer<Throwable> failed) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.asker = Objects.requireNonNull(asker, "asker");
        this.answered = Objects.requireNonNull(answered, "answered");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /** A key changed the text: search now, or when the burst it belongs to ends. */
    void typed() {
        waiting.cancel();
        long sequence = newest.incrementAndGet();
        if (burst) {
            waiting = parts.scheduler().schedule(pause, () -> {
                burst = false;
                run(sequence, true, SearchOutcome.PAGE);
            });
        } else {
            // The first key after a pause searches at once: at a typist's pace, every key gets its results.
            burst = true;
            run(sequence, true, SearchOutcome.PAGE);
            waiting = parts.scheduler().schedule(pause, () -> burst = false);
        }
    }

    /** Searches now (scope, chip, refresh), listing {@code limit} hits, with no completions. */
    void now(int limit) {
        run(forget(), false, limit);
    }

    /** Nothing waiting is searched and no answer on its way is shown (the box was emptied). */
    void stop() {
        forget();
    }

    private long forget() {
        waiting.cancel();
        burst = false;
        return newest.incrementAndGet();
    }

    private void run(long sequence, boolean suggest, int limit) {
        if (sequence != newest.get()) {
            return;
        }
        Optional<SearchRequest> asked = asker.request(sequence, suggest, limit);
        if (asked.isEmpty()) {
            return;
        }
        SearchRequest request = asked.get();
        parts.runner().run("search for " + request.query(),
                // Overtaken while queued: a newer request is on its way, this one's answer would be dropped anyway.
                () -> newest.get() != sequence ? null : SearchOutcome.of(request, parts.access().open()),
                outcome -> {
                    if (outcome != null && sequence == newest.get()) {
                        answered.accept(outcome);
                    }
                },
                error -> {
                    if (sequence == newest.get()) {
                        failed.accept(error);
                    }
                });
    }
}
