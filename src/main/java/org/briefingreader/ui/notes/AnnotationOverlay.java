package org.briefingreader.ui.notes;

import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.briefingreader.ui.reader.PaneHighlight;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Annotating in the reading pane with the mouse: the {@link SelectionToolbar} over a fresh selection (a node in a
 * layer over the pane, not a popup), the pane's context menu ({@link ReadingPaneMenu}), and a click on a highlight
 * opening its note in the {@link NoteEditor}.
 *
 * <p>The toolbar shows when a selection is finished (the mouse let go, or the keys moved it) and hides when the
 * selection is empty, the text scrolls, the editor opens or Esc is pressed.
 */
public final class AnnotationOverlay {
    /** Space between the selection and the toolbar, and between the toolbar and the pane's edges. */
    private static final double GAP = 6;

    private final NoteEditorViewModel editor;
    private final HighlightsViewModel highlights;
    private final StyleClassedTextArea area;
    private final SelectionToolbar toolbar;
    private final Pane layer;
    private final StackPane root;
    private final ReadingPaneMenu menus;
    private ContextMenu shownMenu;
    private boolean mouseDown;
    private boolean placing;

    /**
     * @param pane the reading pane's node ({@code BriefingView.root()}), which the overlay covers
     * @param area the reading pane's text
     */
    public AnnotationOverlay(NoteEditorViewModel editor, HighlightsViewModel highlights, StyleClassedTextArea area,
            Region pane) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.highlights = Objects.requireNonNull(highlights, "highlights");
        this.area = Objects.requireNonNull(area, "area");
        toolbar = new SelectionToolbar(editor.categories(), this::highlight, this::addNote, this::copy);
        layer = new Pane(toolbar.root());
        layer.setPickOnBounds(false); // clicks beside the toolbar reach the text under it
        root = new StackPane(Objects.requireNonNull(pane, "pane"), layer);
        root.getStylesheets().add(AnnotationOverlay.class.getResource("notes.css").toExternalForm());
        menus = new ReadingPaneMenu(this, editor);
        new NoteEditor(editor, area);

        area.selectionProperty().addListener((obs, old, now) -> {
            if (now.getLength() == 0 || mouseDown) {
                hide();
            } else {
                placeSoon();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            mouseDown = true;
            hide();
            closeMenu();
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            mouseDown = false;
            placeSoon();
        });
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClicked);
        area.estimatedScrollYProperty().addListener((obs, old, now) -> hide());
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && toolbar.root().isVisible()) {
                hide();
                event.consume();
            }
        });
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
        editor.openProperty().addListener((obs, was, is) -> hide());
        // Its first size is a guess until its icons are laid out: placed again at its real size.
        toolbar.root().heightProperty().addListener((obs, old, now) -> {
            if (toolbar.root().isVisible()) {
                placeSoon();
            }
        });
    }

    /** The reading pane with the toolbar's layer over it, to place in the window instead of the pane. */
    public Region root() {
        return root;
    }

    /** The toolbar over the selection, for tests: shown only while it is visible. */
    public Region toolbar() {
        return toolbar.root();
    }

    /** Opens the note editor on the pane's selection (Shortcut+M); the selection is let go, its quote is shown. */
    public void addNote() {
        IndexRange selection = area.getSelection();
        if (editor.create(selection.getStart(), selection.getEnd())) {
            area.deselect();
        }
    }

    /** Highlights the selection in {@code category} (a name; empty: none) and lets the selection go. */
    void highlight(Optional<String> category) {
        IndexRange selection = area.getSelection();
        highlights.highlight(selection.getStart(), selection.getEnd(), category);
        if (selection.getLength() > 0) {
            area.deselect();
        }
    }

    void copy() {
        area.copy();
        hide();
    }

    /** A still click (no drag, no selection made) on a highlight opens its note. */
    private void onClicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 1 || !event.isStillSincePress()
                || area.getSelection().getLength() > 0) {
            return;
        }
        offsetAt(event.getX(), event.getY()).flatMap(editor::highlightAt).flatMap(PaneHighlight::annotationId)
                .ifPresent(editor::edit);
    }

    private void onContextMenu(ContextMenuEvent event) {
        closeMenu();
        hide();
        Optional<Integer> offset = event.isKeyboardTrigger() ? Optional.of(area.getCaretPosition())
                : offsetAt(event.getX(), event.getY());
        shownMenu = menus.build(area.getSelection().getLength() > 0, offset.flatMap(editor::highlightAt));
        // Anchored on the overlay, not the text: the menu would inherit the reading font.
        shownMenu.show(root, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    /** The character at {@code (x, y)} of the area, if the point is on one. */
    private Optional<Integer> offsetAt(double x, double y) {
        var hit = area.hit(x, y);
        return hit.getCharacterIndex().isPresent() ? Optional.of(hit.getCharacterIndex().getAsInt())
                : Optional.empty();
    }

    private void closeMenu() {
        if (shownMenu != null) {
            shownMenu.hide();
            shownMenu = null;
        }
    }

    /** Places the toolbar after the next layout, when the selection's bounds are those painted. */
    private void placeSoon() {
        Scene scene = area.getScene();
        if (placing || scene == null) {
            return;
        }
        placing = true;
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                placing = false;
                place();
            }
        });
        Platform.requestNextPulse();
    }

    /** Above the selection, centred on it and kept inside the pane; below it when there is no room above. */
    private void place() {
        Optional<Bounds> selection = area.getSelection().getLength() == 0 || mouseDown || editor.openProperty().get()
                ? Optional.empty() : area.getSelectionBounds();
        Bounds pane = layer.screenToLocal(area.localToScreen(area.getBoundsInLocal()));
        Bounds local = selection.map(layer::screenToLocal).orElse(null);
        if (local == null || pane == null || local.getMaxY() < pane.getMinY() || local.getMinY() > pane.getMaxY()) {
            hide();
            return;
        }
        Region bar = toolbar.root();
        bar.applyCss();
        double width = bar.prefWidth(-1);
        double height = bar.prefHeight(width);
        double x = Math.max(pane.getMinX() + GAP, Math.min(local.getCenterX() - width / 2,
                pane.getMaxX() - width - GAP));
        double y = local.getMinY() - height - GAP;
        if (y < pane.getMinY() + GAP) {
            y = Math.min(local.getMaxY() + GAP, pane.getMaxY() - height - GAP);
        }
        bar.resizeRelocate(x, y, width, height);
        bar.setVisible(true);
    }

    private void hide() {
        toolbar.root().setVisible(false);
    }
}
