package org.briefingreader.ui.notes;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingreader.domain.annotation.Category;

/**
 * The note editor as a small dialog owned by the window (not a popup, which would take the first key press): the
 * passage quoted at the top, the category as a row of colour swatches, the note, the tags ({@link TagField}), and
 * Delete, Cancel and Save. Shortcut+Enter saves and Esc cancels from anywhere in it. It shows and hides as
 * {@link NoteEditorViewModel#openProperty()} says.
 */
public final class NoteEditor {
    /** Saves the note, wherever the focus is in the editor. */
    public static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+Enter");
    /** The longest quote shown in full; a longer one is cut, since the dialog must keep its buttons on screen. */
    private static final int QUOTE_SHOWN = 400;

    private final NoteEditorViewModel model;
    private final Node owner;
    private final VBox root = new VBox();
    private final TextArea note = new TextArea();
    private final FlowPane swatches = new FlowPane(6, 6);
    private final ToggleGroup categoryGroup = new ToggleGroup();
    private final TagField tags;
    private Stage stage;
    /** True while the swatches are rebuilt: the toggles' comings and goings are no choice of the user's. */
    private boolean filling;

    /** @param owner a node of the window that owns the dialog */
    public NoteEditor(NoteEditorViewModel model, Node owner) {
        this.model = Objects.requireNonNull(model, "model");
        this.owner = Objects.requireNonNull(owner, "owner");

        tags = new TagField(model);
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(model.editingProperty()).then("Edit note").otherwise("New note"));
        heading.getStyleClass().add("note-editor-heading");

        Label quote = new Label();
        quote.textProperty().bind(Bindings.createStringBinding(() -> "\u201C" + clip(model.quoteProperty().get())
                + "\u201D", model.quoteProperty()));
        quote.setWrapText(true);
        quote.setMinHeight(Region.USE_PREF_SIZE);
        quote.getStyleClass().add("note-editor-quote");

        swatches.getStyleClass().add("note-editor-categories");
        model.categories().addListener((javafx.collections.ListChangeListener<Category>) change -> fillSwatches());
        categoryGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (filling) {
                return;
            }
            if (now == null) {
                old.setSelected(true); // one is always chosen: "None" is a choice too
            } else {
                model.categoryProperty().set((String) now.getUserData());
            }
        });
        model.categoryProperty().addListener((obs, old, now) -> selectSwatch());
        fillSwatches();

        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPromptText("Your note (optional)");
        note.setAccessibleText("Note");
        note.getStyleClass().add("note-editor-note");
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setMinHeight(Region.USE_PREF_SIZE);
        // Tab leaves the note for the tags, as in a browser's form; a tab character has no use in a note.
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()) {
                if (event.isShiftDown()) {
                    categoryGroup.getToggles().stream().filter(toggle -> toggle.isSelected()).findFirst()
                            .ifPresent(toggle -> ((ToggleButton) toggle).requestFocus());
                } else {
                    tags.focus();
                }
                event.consume();
            }
        });
        VBox.setVgrow(note, Priority.ALWAYS);


        Label hint = new Label(SAVE.getDisplayText() + " saves \u00b7 Esc cancels");
        hint.getStyleClass().add("note-editor-hint");
        Button delete = new Button("Delete");
        delete.setId("note-editor-delete");
        delete.getStyleClass().add("danger");
        delete.visibleProperty().bind(model.editingProperty());
        delete.managedProperty().bind(delete.visibleProperty());
        delete.setOnAction(e -> model.delete());
        Button cancel = new Button("Cancel");
        cancel.setId("note-editor-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        Button save = new Button("Save");
        save.setId("note-editor-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        for (Button button : new Button[] {delete, save}) {
            button.disableProperty().bind(model.busyProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, delete, hint, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(heading, quote, caption("Category", swatches), swatches,
                caption("Note", note), note, caption("Tags", tags.root()), tags.root(), buttons);
        root.getStyleClass().add("note-editor");
        root.getStylesheets().add(NoteEditor.class.getResource("notes.css").toExternalForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                model.save();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                model.cancel();
                event.consume();
            }
        });
        model.openProperty().addListener((obs, was, is) -> {
            if (is) {
                show();
            } else if (stage != null) {
                stage.hide();
            }
        });
    }

    /** The dialog's content, for tests. */
    public Region root() {
        return root;
    }

    private void show() {
        if (stage == null) {
            stage = new Stage();
            Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
            if (window != null) {
                stage.initOwner(window);
                stage.initModality(Modality.WINDOW_MODAL);
            }
            stage.setScene(new Scene(root));
            // Closed by the window's own close button: the same as Cancel.
            stage.setOnHidden(e -> model.cancel());
        }
        stage.setTitle(model.editingProperty().get() ? "Edit Note" : "New Note");
        selectSwatch();
        stage.show();
        stage.toFront();
        note.requestFocus();
        note.end();
    }

    /** One toggle per category with its colour, after "None". */
    private void fillSwatches() {
        filling = true;
        categoryGroup.getToggles().clear();
        swatches.getChildren().clear();
        swatches.getChildren().add(swatch("None", "", null));
        for (Category category : model.categories()) {
            swatches.getChildren().add(swatch(category.name(), category.name(), category.colour()));
        }
        filling = false;
        selectSwatch();
    }

    private ToggleButton swatch(String text, String name, String colour) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(name);
        button.setToggleGroup(categoryGroup);
        button.setGraphic(CategorySwatch.of(colour));
        button.getStyleClass().add("note-editor-category");
        button.setAccessibleText(name.isEmpty() ? "No category" : "Category " + name);
        return button;
    }

    private void selectSwatch() {
        if (filling) {
            return;
        }
        String wanted = model.categoryProperty().get();
        categoryGroup.getToggles().stream()
                .filter(toggle -> ((String) toggle.getUserData()).equalsIgnoreCase(wanted))
                .findFirst().or(() -> categoryGroup.getToggles().stream().findFirst())
                .ifPresent(toggle -> toggle.setSelected(true));
    }

    private static Label caption(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("note-editor-caption");
        return label;
    }

    private static String clip(String quote) {
        String flat = quote.strip().replaceAll("\\s+", " ");
        return flat.length() <= QUOTE_SHOWN ? flat : flat.substring(0, QUOTE_SHOWN).stripTrailing() + "\u2026";
    }
}
