package org.briefingreader.ui.notes;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import org.briefingreader.domain.annotation.Category;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * The small bar over a fresh selection in the reading pane: Highlight, one colour swatch per category (highlight
 * in that category), Note... and Copy. Its buttons never take the focus, so the selection and the keys stay with
 * the text; every action is also in the Edit menu and the pane's context menu, for the keyboard.
 */
final class SelectionToolbar {
    private final HBox root = new HBox(2);
    private final HBox swatches = new HBox(2);
    private final ObservableList<Category> categories;
    private final Consumer<Optional<String>> highlight;

    /**
     * @param highlight highlights the selection in a category (a name), or in none
     * @param note      opens the note editor on the selection
     * @param copy      copies the selection
     */
    SelectionToolbar(ObservableList<Category> categories, Consumer<Optional<String>> highlight, Runnable note,
            Runnable copy) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.highlight = Objects.requireNonNull(highlight, "highlight");
        Button plain = button("selection-highlight", new FontIcon(MaterialDesignM.MARKER), "Highlight",
                () -> highlight.accept(Optional.empty()));
        Button addNote = button("selection-note", new FontIcon(MaterialDesignN.NOTE_PLUS_OUTLINE), "Add a note",
                note);
        addNote.setText("Note\u2026");
        Button copyButton = button("selection-copy", new FontIcon(MaterialDesignC.CONTENT_COPY), "Copy", copy);
        swatches.setAlignment(Pos.CENTER_LEFT);
        categories.addListener((ListChangeListener<Category>) change -> fillSwatches());
        fillSwatches();
        root.getChildren().addAll(plain, swatches, new Separator(Orientation.VERTICAL), addNote, copyButton);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("selection-toolbar");
        root.setFocusTraversable(false);
        root.setVisible(false);
    }

    HBox root() {
        return root;
    }

    private void fillSwatches() {
        swatches.getChildren().setAll(categories.stream().map(category -> (Node) button(
                "selection-highlight-" + PaneKeys.idOf(category.name()), CategorySwatch.of(category.colour()),
                "Highlight as " + category.name(), () -> highlight.accept(Optional.of(category.name())))).toList());
    }

    private static Button button(String id, Node graphic, String name, Runnable action) {
        Button button = new Button(null, graphic);
        button.setId(id);
        button.getStyleClass().addAll("flat", "selection-toolbar-button");
        button.setTooltip(new Tooltip(name));
        button.setAccessibleText(name);
        // Taking the focus would move it off the text, and the keys (Ctrl+M, Esc) with it.
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
