package org.briefingreader.ui.shell;

import java.util.stream.Collectors;
import org.briefingreader.ui.transfer.ImportOutcome;
import org.briefingreader.ui.transfer.ImportProblem;
import org.briefingreader.ui.transfer.ImportViewModel;

/**
 * What the window does after an import, as the command line does after {@code briefing import}: the new briefings
 * are listed at once (the index keeper indexes them within its next round), annotations moved onto replaced
 * briefings are shown again, and the status bar says the summary, with the per-file problems as its details.
 */
final class WindowImports {
    private WindowImports() {
    }

    static void follow(ImportViewModel imports, ReaderWindowViewModel model) {
        imports.onFinished(outcome -> {
            // After the listing, or its own "N briefings" status would replace the summary at once.
            model.afterNextListing(() -> say(model.statusBar(), outcome, imports));
            model.reload();
            if (outcome.replacedAny()) {
                model.notesParts().changed();
            }
        });
        imports.onFailed(error -> model.statusBar().fail("Could not import", error));
    }

    private static void say(StatusBarViewModel status, ImportOutcome outcome, ImportViewModel imports) {
        if (outcome.report().anyFailed()) {
            String sentence = outcome.summary();
            status.warn(sentence.substring(0, sentence.length() - 1),
                    imports.problems().stream().map(ImportProblem::line).collect(Collectors.joining("\n")));
        } else {
            status.say(outcome.summary());
        }
    }
}
