package org.briefingreader.ui.reader;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The pane's side of the reading position: scrolls the area when the model asks, and reports the unit at the top
 * as the reader scrolls.
 *
 * <p>Near the end the text cannot scroll a heading to the top (the last sections are shorter than the pane):
 * while the last line is in view and the unit scrolled to still shows, that unit stays the position, so after
 * clicking the last outline entry the outline marks that section, not the one above it. No spacer is added, so
 * the pane's text stays exactly the canonical text.
 */
final class PanePosition {
    private static final int MAX_STALE_REPORTS = 2;
    private final StyleClassedTextArea area;
    private final BriefingViewModel model;
    private final Supplier<ReaderDocument> shown;
    /** The unit the model last scrolled to; empty once the reader scrolled away from it. */
    private String scrolledTo = "";
    /** True once the pane has shown {@link #scrolledTo}; reports from before that are stale. */
    private boolean arrived;
    private boolean reportQueued;
    private int stale;

    PanePosition(StyleClassedTextArea area, BriefingViewModel model, Supplier<ReaderDocument> shown) {
        this.area = Objects.requireNonNull(area, "area");
        this.model = Objects.requireNonNull(model, "model");
        this.shown = Objects.requireNonNull(shown, "shown");
        // The visible paragraphs change one by one during a layout pass: look once the pass is over.
        InvalidationListener report = obs -> {
            if (!reportQueued) {
                reportQueued = true;
                Platform.runLater(this::reportFirstVisible);
            }
        };
        area.getVisibleParagraphs().addListener(report);
        area.estimatedScrollYProperty().addListener(report);
    }

    void scrollTo(String unitId) {
        shown.get().paragraphOf(unitId).ifPresent(paragraph -> {
            scrolledTo = unitId;
            arrived = false;
            stale = 0;
            area.showParagraphAtTop(paragraph);
        });
    }

    private void reportFirstVisible() {
        reportQueued = false;
        if (area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int first = area.visibleParToAllParIndex(0);
        int last = area.lastVisibleParToAllParIndex();
        int target = shown.get().paragraphOf(scrolledTo).orElse(-1);
        boolean targetShown = target >= first && target <= last;
        boolean atEnd = last == area.getParagraphs().size() - 1;
        if (target >= 0 && !arrived) {
            // A report from before the scroll was laid out shows the old viewport: the model already holds the
            // target. A scroll that never lands exactly is accepted after a few reports.
            if (first != target && !(targetShown && atEnd) && stale++ < MAX_STALE_REPORTS) {
                return;
            }
            arrived = true;
        }
        if (targetShown && atEnd) {
            model.firstVisibleUnitChanged(scrolledTo);
            return;
        }
        scrolledTo = "";
        arrived = false;
        shown.get().unitAtParagraph(first).ifPresent(unit -> model.firstVisibleUnitChanged(unit.id()));
    }
}
