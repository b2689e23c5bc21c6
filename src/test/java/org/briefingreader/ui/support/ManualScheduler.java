package org.briefingreader.ui.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link UiScheduler} whose clock the test moves with {@link #advance}: debouncing without waiting. */
public final class ManualScheduler implements UiScheduler {
    private final List<Scheduled> waiting = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private static final class Scheduled {
        final Duration due;
        final Runnable action;
        boolean cancelled;

        Scheduled(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Scheduled scheduled = new Scheduled(now.plus(delay), action);
        waiting.add(scheduled);
        return () -> scheduled.cancelled = true;
    }

    /** Moves the clock on, running in order every action that falls due on the way. */
    public void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Scheduled next = waiting.stream().filter(s -> !s.cancelled && s.due.compareTo(until) <= 0)
                    .min((a, b) -> a.due.compareTo(b.due)).orElse(null);
            if (next == null) {
                break;
            }
            waiting.remove(next);
            now = next.due;
            next.action.run();
        }
        now = until;
        waiting.removeIf(s -> s.cancelled);
    }

    /** Actions scheduled and neither run nor cancelled. */
    public int pending() {
        return (int) waiting.stream().filter(s -> !s.cancelled).count();
    }
}
