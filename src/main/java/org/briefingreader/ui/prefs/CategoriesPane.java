package org.briefingreader.ui.prefs;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.briefingreader.domain.annotation.Category;

/** The Categories and colours section: the list with swatches, a form to add one, and rename and recolour. */
final class CategoriesPane {
    private final CategoriesViewModel model;
    private final VBox root = new VBox(10);
    private final ListView<Category> list = new ListView<>();
    private final TextField newName = new TextField();
    private final ColorPicker newColour = new ColorPicker(Color.web("#8e7cc3"));
    private final TextField rename = new TextField();
    private final ColorPicker recolour = new ColorPicker();

    CategoriesPane(CategoriesViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        list.setId("categories-list");
        list.setCellFactory(view -> new SwatchCell());
        list.setPrefHeight(190);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                rename.setText(selected.name());
                recolour.setValue(Color.web(selected.colour()));
            }
        });
        show(model.categoriesProperty().get());
        model.categoriesProperty().addListener((obs, old, now) -> show(now));

        newName.setId("category-name");
        newName.setPromptText("e.g. risk");
        newName.setPrefColumnCount(12);
        rename.setPrefColumnCount(12);
        newColour.setId("category-colour");
        Button add = new Button("Add");
        add.setId("category-add");
        add.setOnAction(e -> model.add(newName.getText(), hex(newColour.getValue())));
        newName.setOnAction(e -> add.fire());

        rename.setId("category-new-name");
        Button renameButton = new Button("Rename");
        renameButton.setId("category-rename");
        renameButton.setOnAction(e -> model.rename(selected(), rename.getText()));
        recolour.setId("category-recolour");
        Button recolourButton = new Button("Recolour");
        recolourButton.setId("category-recolour-apply");
        recolourButton.setOnAction(e -> model.recolour(selected(), hex(recolour.getValue())));
        var noneSelected = list.getSelectionModel().selectedItemProperty().isNull();
        for (Node control : List.of(rename, renameButton, recolour, recolourButton)) {
            control.disableProperty().bind(noneSelected.or(model.busyProperty()));
        }
        add.disableProperty().bind(model.busyProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Label newLabel = new Label("New category");
        Label selectedLabel = new Label("Selected");
        // Labels and buttons keep their text whole; the name fields give way.
        for (Control fixed : List.of(newLabel, selectedLabel, add, renameButton,
                recolourButton, newColour, recolour)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Narrow pickers (swatch and code) leave the names room.
        newColour.setPrefWidth(128);
        recolour.setPrefWidth(128);
        form.addRow(0, newLabel, newName, newColour, add);
        form.addRow(1, selectedLabel, rename, recolour, new HBox(6, renameButton, recolourButton));
        GridPane.setHgrow(newName, Priority.ALWAYS);
        GridPane.setHgrow(rename, Priority.ALWAYS);

        Label message = PreferencesDialog.messageLabel(model.messageProperty(), model.failedProperty());
        message.setId("categories-message");
        Label hint = new Label("Highlights and the Notes tab take a category's new name and colour at once.");
        hint.getStyleClass().add("text-muted");
        root.getChildren().addAll(list, form, message, hint);
        root.setPadding(new Insets(14));
    }

    Node root() {
        return root;
    }

    private Category selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Shows {@code categories}, keeping the selection on the same category (by position after a rename). */
    private void show(List<Category> categories) {
        int at = list.getSelectionModel().getSelectedIndex();
        list.getItems().setAll(categories);
        if (!categories.isEmpty()) {
            // The first category at first, so Rename and Recolour show what they would change.
            list.getSelectionModel().select(at >= 0 && at < categories.size() ? at : 0);
        }
    }

    /** {@code #rrggbb} of a picked colour (its opacity is not part of a category). */
    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }

    /** A category as a swatch of its colour, its name and the colour's code. */
    private static final class SwatchCell extends ListCell<Category> {
        private final Rectangle swatch = new Rectangle(28, 14);
        private final Label name = new Label();
        private final Label code = new Label();
        private final HBox row = new HBox(10, swatch, name, code);

        SwatchCell() {
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            swatch.getStyleClass().add("category-swatch");
            code.getStyleClass().add("text-muted");
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Category category, boolean empty) {
            super.updateItem(category, empty);
            if (empty || category == null) {
                setGraphic(null);
                return;
            }
            swatch.setFill(Color.web(category.colour()));
            name.setText(category.name());
            code.setText(category.colour());
            setGraphic(row);
        }
    }
}
