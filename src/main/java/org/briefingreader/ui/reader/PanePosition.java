package org.briefingreader.ui.reader;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The pane's side of the reading position: scrolls the area when the model asks (to a unit, or to a search hit),
 * and reports the unit at the top as the reader scrolls.
 *
 * <p>Near the end the text cannot scroll a heading to the top (the last sections are shorter than the pane):
 * while the last line is in view and the unit scrolled to still shows, that unit stays the position, so after
 * clicking the last outline entry the outline marks that section, not the one above it. No spacer is added, so
 * the pane's text stays exactly the canonical text.
 */
final class PanePosition {
    private static final int MAX_STALE_REPORTS = 2;
    /** A revealed line lands this far down the pane, as a share of its height. */
    private static final double REVEAL_AT = 1.0 / 3;
    /** A line this near the top or bottom, as a share of the height, is scrolled to, though it shows. */
    private static final double EDGE = 0.15;
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

    /**
     * Brings offset {@code offset} of the text into view about a third down the pane, unless its line already
     * shows away from the edges. No unit is the target afterwards: the unit then at the top is reported, as after
     * a scroll by hand.
     */
    void reveal(int offset) {
        scrolledTo = "";
        arrived = false;
        stale = 0;
        if (area.getLength() == 0) {
            return;
        }
        int paragraph = area.offsetToPosition(offset, Bias.Forward).getMajor();
        if (area.getScene() == null || area.getScene().getWindow() == null) {
            // Nothing is laid out off screen to measure: the paragraph at the top is the nearest we can do.
            area.showParagraphAtTop(paragraph);
            return;
        }
        double height = area.getHeight();
        Optional<Bounds> line = lineOf(offset);
        if (line.isPresent() && line.get().getMinY() >= height * EDGE && line.get().getMaxY() <= height * (1 - EDGE)) {
            return;
        }
        area.showParagraphAtTop(paragraph);
        // The flow lays out the new top now, so the line can be measured where it landed.
        area.layout();
        lineOf(offset).ifPresent(landed -> {
            area.scrollYBy(landed.getMinY() - height * REVEAL_AT);
            area.layout();
        });
    }

    /** The bounds of the character at {@code offset} in the area's coordinates; empty when it has no node. */
    private Optional<Bounds> lineOf(int offset) {
        int from = Math.max(0, Math.min(offset, area.getLength() - 1));
        return area.getCharacterBoundsOnScreen(from, from + 1).map(area::screenToLocal);
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
