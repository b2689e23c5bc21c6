package org.briefingreader.ui.shell;

import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import org.briefingreader.ui.transfer.ImportOutcome;
import org.briefingreader.ui.transfer.ImportProblem;
import org.briefingreader.ui.transfer.ImportViewModel;

/**
 * What the window does after an import, as the command line does after {@code briefing import}: the new briefings
 * are listed at once (the index keeper indexes them within its next round), annotations moved onto replaced
 * briefings are shown again, and the status bar says the summary, with the per-file problems as its details.
 *
 * <p>The keeper's next round finds the imported briefings and lists the library again, whose "N briefings in the
 * library" would replace the summary two seconds after it was said (during a long import it lists the library
 * several times, so the count alone cannot tell its listing from another); so the summary is said again after
 * each listing until something else is said in the status bar.
 */
final class WindowImports {
    private final ReaderWindowViewModel model;
    private final ImportViewModel imports;
    /** The import whose summary is still kept in the status bar, or null. */
    private ImportOutcome kept;

    private WindowImports(ImportViewModel imports, ReaderWindowViewModel model) {
        this.imports = imports;
        this.model = model;
    }

    static void follow(ImportViewModel imports, ReaderWindowViewModel model) {
        WindowImports follower = new WindowImports(imports, model);
        imports.onFinished(follower::finished);
        imports.onFailed(error -> model.statusBar().fail("Could not import", error));
        model.statusBar().messageProperty().addListener(follower.forgetOnOtherNews());
    }

    private void finished(ImportOutcome outcome) {
        kept = null;
        // After the listing, or its own "N briefings" status would replace the summary at once.
        model.afterNextListing(() -> {
            say(outcome);
            kept = outcome;
            model.afterNextListing(() -> sayAgain(outcome));
        });
        model.reload();
        if (outcome.replacedAny()) {
            model.notesParts().changed();
        }
    }

    private void sayAgain(ImportOutcome outcome) {
        if (outcome == kept) {
            say(outcome);
            model.afterNextListing(() -> sayAgain(outcome));
        }
    }

    /** Anything said other than the summary or the library's own listing sentences ends the keeping. */
    private ChangeListener<String> forgetOnOtherNews() {
        return (obs, old, now) -> {
            // A warning is said as the summary without its full stop, which the status bar puts back.
            if (kept != null && !now.equals(kept.summary()) && !now.equals(model.library().statusProperty().get())) {
                kept = null;
            }
        };
    }

    private void say(ImportOutcome outcome) {
        StatusBarViewModel status = model.statusBar();
        if (outcome.report().anyFailed()) {
            String sentence = outcome.summary();
            status.warn(sentence.substring(0, sentence.length() - 1),
                    imports.problems().stream().map(ImportProblem::line).collect(Collectors.joining("\n")));
        } else {
            status.say(outcome.summary());
        }
    }
}
