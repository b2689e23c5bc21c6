package org.briefingreader.ui.notes;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * One note: its category's colour and name, the quote in italics (two lines at most), the note, its tags as
 * {@code #tag} and where it is. The cell is as high as its graphic wrapped at the list's width; a click opens it.
 */
final class NoteCell extends ListCell<NoteRow> {
    /** Room left for the list's vertical scroll bar and the cell's padding. */
    private static final double WIDTH_SPARE = 32;
    private static final String DEFAULT_DOT = "-color-fg-subtle";

    private final Circle dot = new Circle(5);
    private final Label category = new Label();
    private final Label place = new Label();
    private final HBox top = new HBox(6, dot, category, place);
    private final Label quote = new Label();
    private final Label note = new Label();
    private final Label tags = new Label();
    private final VBox box = new VBox(top, quote, note, tags);
    private String shownColour = "";

    NoteCell(ListView<NoteRow> list, Consumer<NoteRow> open) {
        category.getStyleClass().add("note-category");
        place.getStyleClass().add("note-place");
        place.setMinWidth(0);
        quote.getStyleClass().add("note-quote");
        quote.setWrapText(true);
        quote.setMaxHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("note-text");
        tags.getStyleClass().add("note-tags");
        for (Label label : new Label[] {quote, note, tags}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.managedProperty().bind(label.visibleProperty());
        }
        dot.getStyleClass().add("note-dot");
        box.getStyleClass().add("note-cell");
        box.setMinWidth(0);
        box.prefWidthProperty().bind(list.widthProperty().subtract(WIDTH_SPARE));
        box.maxWidthProperty().bind(box.prefWidthProperty());
        setPrefWidth(0);
        getStyleClass().add("note-row");
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof Region graphic) {
            return snappedTopInset() + snappedBottomInset() + graphic.prefHeight(graphic.prefWidth(-1));
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected void updateItem(NoteRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String colour = row.colour().orElse(DEFAULT_DOT);
        if (!colour.equals(shownColour)) { // a new style only when it changes: restyling every cell is costly
            dot.setStyle("-fx-fill: " + colour + ";");
            shownColour = colour;
        }
        category.setText(row.annotation().category().orElse(""));
        place.setText(row.place());
        quote.setText("\u201C" + clip(row.quote()) + "\u201D");
        Optional<String> text = row.annotation().note();
        note.setText(text.orElse(""));
        note.setVisible(text.isPresent());
        String tagLine = String.join(" ", row.annotation().tags().stream().map(t -> "#" + t).toList());
        tags.setText(tagLine);
        tags.setVisible(!tagLine.isEmpty());
        setAccessibleText(row.annotation().category().map(c -> c + ", ").orElse("") + text.orElse("Highlight")
                + ": " + row.quote() + (row.place().isEmpty() ? "" : " (" + row.place() + ")"));
        if (getGraphic() != box) {
            setGraphic(box);
        }
    }

    /** About two lines of a side panel: longer quotes end in an ellipsis. */
    private static String clip(String quote) {
        int max = 140;
        return quote.length() <= max ? quote : quote.substring(0, max).stripTrailing() + "\u2026";
    }
}
