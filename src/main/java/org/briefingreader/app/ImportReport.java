package org.briefingreader.app;

import java.util.List;
import java.util.Locale;

/**
 * Every file's result of one import, plus how many files in walked folders were skipped as not briefings.
 *
 * @param results one per file tried, in the order tried
 * @param skipped files met while walking folders whose type no importer reads (hidden files not counted)
 */
public record ImportReport(List<FileResult> results, int skipped) {
    public ImportReport {
        results = List.copyOf(results);
    }

    public long count(FileResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public boolean anyFailed() {
        return results.stream().anyMatch(FileResult::failed);
    }

    /** E.g. {@code 3 added, 0 replaced, 1 unchanged, 1 failed, 2 skipped}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d added, %d replaced, %d unchanged, %d failed, %d skipped",
                count(FileResult.Status.ADDED), count(FileResult.Status.REPLACED),
                count(FileResult.Status.UNCHANGED), count(FileResult.Status.FAILED), skipped);
    }
}
