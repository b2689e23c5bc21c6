package org.briefingreader.ui.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.briefingreader.app.FileResult.Status;
import org.briefingreader.app.ImportReport;

/**
 * How an import ended, and the sentence the dialog and the status bar say about it, in the command line's words:
 * "Import finished: 2 added, 1 unchanged, 1 failed." or "Import cancelled after 3 of 40 files: 3 added."
 *
 * @param report    what happened to every file tried
 * @param cancelled whether the user stopped it before every file was tried
 * @param found     how many files the inputs held (tried or not)
 */
public record ImportOutcome(ImportReport report, boolean cancelled, int found) {
    public ImportOutcome {
        Objects.requireNonNull(report, "report");
        if (found < report.results().size()) {
            throw new IllegalArgumentException("found " + found + " files but tried " + report.results().size());
        }
    }

    /** One sentence for the dialog and the status bar. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Status status : List.of(Status.ADDED, Status.REPLACED, Status.UNCHANGED, Status.FAILED)) {
            long n = report.count(status);
            if (n > 0) {
                parts.add(n + " " + status.word());
            }
        }
        if (report.skipped() > 0) {
            parts.add(report.skipped() + " skipped (not briefings)");
        }
        String counts = parts.isEmpty() ? "no briefing files found" : String.join(", ", parts);
        if (cancelled) {
            return String.format(Locale.ROOT, "Import cancelled after %d of %d files: %s.",
                    report.results().size(), found, counts);
        }
        return "Import finished: " + counts + ".";
    }

    /** How many files became briefings or replaced older versions of them. */
    public long imported() {
        return report.count(Status.ADDED) + report.count(Status.REPLACED);
    }

    /** Whether any stored briefing was replaced, so its annotations moved and the window must show them again. */
    public boolean replacedAny() {
        return report.count(Status.REPLACED) > 0;
    }
}
