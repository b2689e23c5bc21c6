package org.briefingreader.ui.notes;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Tags as chips before a text field, as Hypothesis's tag editor has them: Enter or a comma makes a chip of what is
 * typed, Backspace in the empty field takes the last chip back to correct it, and a chip's x removes it. The
 * completions (tags used elsewhere in the library) are listed under the field, in the dialog rather than in a
 * popup: Down and Up choose one, Enter or a click takes it.
 */
final class TagField {
    /** Height of one completion row, for a list exactly as high as its rows. */
    private static final double ROW = 26;

    private final NoteEditorViewModel model;
    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField field = new TextField();
    private final ListView<String> completions = new ListView<>();
    private final VBox root = new VBox(4, chips, completions);

    TagField(NoteEditorViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        field.setPromptText("Add a tag: Enter or comma");
        field.setAccessibleText("Tags");
        field.getStyleClass().add("note-editor-tag-input");
        field.setPrefColumnCount(14);
        field.textProperty().bindBidirectional(model.tagInputProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        field.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (",".equals(event.getCharacter())) {
                model.commitTag();
                event.consume();
            }
        });
        chips.getStyleClass().add("note-editor-tags");
        chips.setAlignment(Pos.CENTER_LEFT);
        model.tags().addListener((ListChangeListener<String>) change -> fillChips());
        fillChips();

        completions.getStyleClass().add("note-editor-completions");
        completions.setAccessibleText("Tag completions");
        completions.setFocusTraversable(false);
        completions.setItems(model.suggestions());
        completions.visibleProperty().bind(Bindings.isNotEmpty(model.suggestions()));
        completions.managedProperty().bind(completions.visibleProperty());
        completions.prefHeightProperty().bind(Bindings.size(model.suggestions()).multiply(ROW).add(8));
        completions.minHeightProperty().bind(completions.prefHeightProperty());
        // The dialog grows to show the list and shrinks back after, instead of squeezing the note.
        model.suggestions().addListener((ListChangeListener<String>) change -> fitWindow());
        model.tags().addListener((ListChangeListener<String>) change -> fitWindow());
        completions.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            String chosen = completions.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && chosen != null) {
                take(chosen);
            }
        });
    }

    VBox root() {
        return root;
    }

    void focus() {
        field.requestFocus();
    }

    private void onKeyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> {
                if (event.isShortcutDown()) {
                    return; // saves the note: the dialog's
                }
                String chosen = completions.getSelectionModel().getSelectedItem();
                if (chosen != null && completions.isVisible()) {
                    take(chosen);
                } else {
                    model.commitTag();
                }
            }
            case DOWN -> move(1);
            case UP -> move(-1);
            case BACK_SPACE -> {
                if (!field.getText().isEmpty()) {
                    return;
                }
                model.reopenLastTag();
                field.end();
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void fitWindow() {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            Platform.runLater(root.getScene().getWindow()::sizeToScene);
        }
    }

    private void move(int by) {
        int size = completions.getItems().size();
        if (size == 0) {
            return;
        }
        int at = completions.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (by > 0 ? 0 : size - 1) : Math.floorMod(at + by, size);
        completions.getSelectionModel().select(next);
        completions.scrollTo(next);
    }

    private void take(String tag) {
        model.addTag(tag);
        model.tagInputProperty().set("");
        field.requestFocus();
    }

    private void fillChips() {
        // The field stays where it is: taken out of the scene, it would lose the focus at every new chip.
        if (chips.getChildren().isEmpty()) {
            chips.getChildren().add(field);
        }
        chips.getChildren().remove(0, chips.getChildren().size() - 1);
        int at = 0;
        for (String tag : model.tags()) {
            Label text = new Label(tag);
            Button remove = new Button("\u00d7");
            remove.getStyleClass().addAll("flat", "note-editor-chip-remove");
            remove.setAccessibleText("Remove tag " + tag);
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> model.removeTag(tag));
            HBox chip = new HBox(2, text, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("note-editor-chip");
            chips.getChildren().add(at++, chip);
        }
    }
}
