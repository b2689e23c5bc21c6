package org.briefingreader.ui.library;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A library row: the title (at most three lines, then an ellipsis) over a quieter line of date, source and
 * sections; both wrap in a narrow list.
 */
final class LibraryCell extends ListCell<LibraryEntry> {
    /** Room the cell's padding and the list's vertical scroll bar take from the list width. */
    private static final double CHROME_WIDTH = 36;
    private static final int TITLE_LINES = 3;

    /** The title, never taller than {@link #TITLE_LINES} lines: the label then ends the text with an ellipsis. */
    private final Label title = new Label() {
        @Override
        protected double computePrefHeight(double width) {
            return Math.min(super.computePrefHeight(width), titleCap(this));
        }

        @Override
        protected double computeMinHeight(double width) {
            // As tall as wished (up to the cap), or a wrapped title would be cut to one line by the row.
            return computePrefHeight(width);
        }
    };
    private final Label detail = new Label();
    private final VBox box = new VBox(title, detail);

    LibraryCell(ListView<LibraryEntry> list) {
        getStyleClass().add("library-cell");
        title.getStyleClass().add("library-entry-title");
        detail.getStyleClass().add("library-entry-detail");
        box.getStyleClass().add("library-entry");
        title.setWrapText(true);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        // Bound to the list, not the cell: a cell sized by its content would never wrap and the list
        // would grow a horizontal scroll bar instead.
        title.maxWidthProperty().bind(list.widthProperty().subtract(CHROME_WIDTH));
        detail.maxWidthProperty().bind(list.widthProperty().subtract(CHROME_WIDTH));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(LibraryEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        title.setText(entry.title());
        detail.setText(entry.detail());
        setGraphic(box);
    }

    /** The height of {@link #TITLE_LINES} lines in the label's font, with its padding. */
    private static double titleCap(Label label) {
        Text probe = new Text("Ag");
        probe.setFont(label.getFont());
        probe.setLineSpacing(label.getLineSpacing());
        double line = probe.getLayoutBounds().getHeight() + label.getLineSpacing();
        return line * TITLE_LINES + label.snappedTopInset() + label.snappedBottomInset() + 1;
    }
}
