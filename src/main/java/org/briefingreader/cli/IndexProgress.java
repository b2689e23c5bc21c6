package org.briefingreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.briefingreader.app.SearchService;
import org.briefingreader.app.SyncListener;
import org.briefingreader.app.SyncReport;

/** Brings the index up to date for a command, with progress on stderr when it has much to do. */
final class IndexProgress {
    /** Below this many briefings indexing is too quick to be worth a progress line. */
    static final int THRESHOLD = 100;

    private IndexProgress() {
    }

    /** The listener printing a line at every tenth of a long fill. */
    static SyncListener printingTo(PrintWriter err) {
        return (done, total) -> {
            if (total >= THRESHOLD && (done % Math.max(1, total / 10) == 0 || done == total)) {
                err.printf(Locale.ROOT, "indexing: %d/%d briefings (%d%%)%n", done, total, done * 100 / total);
                err.flush();
            }
        };
    }

    /** Syncs after a change to the library; the change itself already succeeded, so a failure only warns. */
    static void afterChange(BriefingCommand parent, PrintWriter err) {
        try {
            SearchService search = parent.backend().search();
            report(search.sync(printingTo(err)), err);
        } catch (IOException e) {
            err.println("warning: the search index could not be updated (" + e.getMessage()
                    + "); it will be brought up to date next time");
        }
    }

    static void report(SyncReport report, PrintWriter err) {
        for (String problem : report.problems()) {
            err.println("warning: left out of the search index: " + problem);
        }
        err.flush();
    }
}
