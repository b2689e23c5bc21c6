package org.briefingreader.ui.palette;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A row of the palette: the menu path muted, the command's name, and its key at the right. */
final class CommandCell extends ListCell<Command> {
    private final Label path = new Label();
    private final Label name = new Label();
    private final Label key = new Label();
    private final HBox box;

    CommandCell() {
        path.getStyleClass().add("palette-path");
        name.getStyleClass().add("palette-name");
        key.getStyleClass().add("palette-key");
        path.setMinWidth(Region.USE_PREF_SIZE);
        key.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box = new HBox(path, name, gap, key);
        box.getStyleClass().add("palette-row");
        getStyleClass().add("palette-cell");
        // As wide as the list, not as the text: a long name (a briefing's title) ends in an ellipsis, no scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Command command, boolean empty) {
        super.updateItem(command, empty);
        if (empty || command == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        path.setText(command.path().isEmpty() ? "" : command.path() + Command.SEPARATOR);
        name.setText(command.name());
        key.setText(command.keyText());
        key.setVisible(!command.keyText().isEmpty());
        setAccessibleText(command.label() + (command.keyText().isEmpty() ? "" : ", " + command.keyText()));
        setGraphic(box);
    }
}
