package org.briefingreader.ui.library;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A library row: the title (at most three lines, then an ellipsis) over a quieter line of date, source and
 * sections; both wrap in a narrow list.
 */
final class LibraryCell extends ListCell<LibraryEntry> {
    /** Room the cell's padding and the list's vertical scroll bar take from the list width. */
    private static final double CHROME_WIDTH = 36;
    private static final int TITLE_LINES = 3;

    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(title, detail);

    LibraryCell(ListView<LibraryEntry> list) {
        getStyleClass().add("library-cell");
        title.getStyleClass().add("library-entry-title");
        detail.getStyleClass().add("library-entry-detail");
        box.getStyleClass().add("library-entry");
        for (Label label : new Label[] {title, detail}) {
            label.setWrapText(true);
        }
        // A very long headline would make one row fill the pane: cap it, and the label ends it with an ellipsis.
        title.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> lineHeight(title.getFont()) * TITLE_LINES + 1, title.fontProperty()));
        title.setMinHeight(Region.USE_COMPUTED_SIZE);
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

    private static double lineHeight(Font font) {
        Text probe = new Text("Ag");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }
}
