package org.briefingreader.ui.search;

import java.util.Objects;
import org.briefingreader.ui.support.BackgroundRunner;
import org.briefingreader.ui.support.UiScheduler;

/**
 * What the Search and Related tabs need from the composition root: the way to the index, a runner of their own (so
 * a search never queues behind a briefing being read from disk), and the scheduler that debounces typing.
 */
public record SearchParts(SearchAccess access, BackgroundRunner runner, UiScheduler scheduler) {
    public SearchParts {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(scheduler, "scheduler");
    }

    /** No search: for windows (and tests) that do not search; every search says it is not available. */
    public static SearchParts none(BackgroundRunner runner) {
        return new SearchParts(SearchAccess.NONE, runner, UiScheduler.IMMEDIATE);
    }
}
