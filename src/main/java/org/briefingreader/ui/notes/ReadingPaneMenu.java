package org.briefingreader.ui.notes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.ui.reader.PaneHighlight;

/**
 * The reading pane's context menu: Highlight, Highlight as a category, Add Note... and Copy for the selection;
 * and, when it was asked for over a highlight, Edit Note..., Change Category and Delete Highlight for that one.
 */
final class ReadingPaneMenu {
    static final KeyCombination HIGHLIGHT_KEY = KeyCombination.keyCombination("Shortcut+H");
    static final KeyCombination NOTE_KEY = KeyCombination.keyCombination("Shortcut+M");

    private final AnnotationOverlay overlay;
    private final NoteEditorViewModel editor;

    ReadingPaneMenu(AnnotationOverlay overlay, NoteEditorViewModel editor) {
        this.overlay = Objects.requireNonNull(overlay, "overlay");
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /** The menu for a pane with ({@code selected}) or without a selection, asked for over {@code under}. */
    ContextMenu build(boolean selected, Optional<PaneHighlight> under) {
        List<Category> categories = List.copyOf(editor.categories());
        MenuItem highlight = item("Highlight", HIGHLIGHT_KEY, () -> overlay.highlight(Optional.empty()));
        Menu highlightAs = new Menu("Highlight as");
        highlightAs.setId("menu-highlight-as");
        for (Category category : categories) {
            highlightAs.getItems().add(categoryItem(category, () -> overlay.highlight(Optional.of(category.name()))));
        }
        highlightAs.setDisable(categories.isEmpty());
        MenuItem note = item("Add Note\u2026", NOTE_KEY, overlay::addNote);
        MenuItem copy = item("Copy", KeyCombination.keyCombination("Shortcut+C"), overlay::copy);
        for (MenuItem item : List.of(highlight, highlightAs, note, copy)) {
            item.setDisable(item.isDisable() || !selected);
        }
        ContextMenu menu = new ContextMenu(highlight, highlightAs, note, copy);
        menu.getStyleClass().add("reading-pane-menu");
        under.flatMap(PaneHighlight::annotationId).ifPresent(id -> {
            Menu change = new Menu("Change Category");
            change.setId("menu-change-category");
            MenuItem none = item("No Category", null, () -> editor.recategorise(id, Optional.empty()));
            none.setGraphic(CategorySwatch.of(null));
            change.getItems().add(none);
            for (Category category : categories) {
                change.getItems().add(categoryItem(category,
                        () -> editor.recategorise(id, Optional.of(category.name()))));
            }
            menu.getItems().addAll(new SeparatorMenuItem(), item("Edit Note\u2026", null, () -> editor.edit(id)),
                    change, item("Delete Highlight", null, () -> editor.delete(id)));
        });
        return menu;
    }

    private static MenuItem categoryItem(Category category, Runnable action) {
        MenuItem item = item(category.name(), null, action);
        item.setMnemonicParsing(false);
        item.setGraphic(CategorySwatch.of(category.colour()));
        return item;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + PaneKeys.idOf(text));
        if (key != null) {
            item.setAccelerator(key); // shown only: the keys are the window's (AnnotationCommands)
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
