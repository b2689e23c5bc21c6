package org.briefingreader.ui.shell;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.briefingreader.ui.notes.HighlightsViewModel;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The window's annotation commands, from the Edit menu and from the keys: Ctrl+H highlights the reading pane's
 * selection wherever the focus is, Ctrl+M opens the note editor on it; Ctrl+Z and Ctrl+Shift+Z undo and redo
 * annotation changes, except in a text field, which keeps its own undo of what is typed in it.
 */
final class AnnotationCommands {
    static final KeyCombination HIGHLIGHT = KeyCombination.keyCombination("Shortcut+H");
    static final KeyCombination ADD_NOTE = KeyCombination.keyCombination("Shortcut+M");
    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private final HighlightsViewModel highlights;
    private final StyleClassedTextArea area;
    private final Runnable addNote;

    /** @param addNote opens the note editor on the reading pane's selection */
    AnnotationCommands(HighlightsViewModel highlights, StyleClassedTextArea area, Runnable addNote) {
        this.highlights = Objects.requireNonNull(highlights, "highlights");
        this.area = Objects.requireNonNull(area, "area");
        this.addNote = Objects.requireNonNull(addNote, "addNote");
    }

    /** Handles the annotation keys before any control below {@code root} sees them. */
    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.H && event.getCode() != KeyCode.Z && event.getCode() != KeyCode.M) {
                return;
            }
            if (HIGHLIGHT.match(event)) {
                highlightSelection();
            } else if (ADD_NOTE.match(event)) {
                addNote();
            } else if (event.getTarget() instanceof TextInputControl) {
                return; // the field's own undo and redo
            } else if (REDO.match(event)) {
                highlights.redo();
            } else if (UNDO.match(event)) {
                highlights.undo();
            } else {
                return;
            }
            event.consume();
        });
    }

    /** Highlights what is selected in the reading pane; the selection is let go so the highlight shows. */
    void highlightSelection() {
        IndexRange selection = area.getSelection();
        highlights.highlight(selection.getStart(), selection.getEnd());
        if (selection.getLength() > 0) {
            area.deselect();
        }
    }

    /** Opens the note editor on the reading pane's selection. */
    void addNote() {
        addNote.run();
    }

    /** From the menu: a focused text field's undo, else the annotations'. */
    void undo() {
        focusedField().ifPresentOrElse(TextInputControl::undo, highlights::undo);
    }

    /** From the menu: a focused text field's redo, else the annotations'. */
    void redo() {
        focusedField().ifPresentOrElse(TextInputControl::redo, highlights::redo);
    }

    private java.util.Optional<TextInputControl> focusedField() {
        Scene scene = area.getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl field) {
            return java.util.Optional.of(field);
        }
        return java.util.Optional.empty();
    }
}
