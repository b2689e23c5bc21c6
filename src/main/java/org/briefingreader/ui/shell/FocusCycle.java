package org.briefingreader.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's panes in keyboard order, library, reading pane and side panel, and the keys that move between
 * them wherever the focus is: F6 to the next shown pane and Shift+F6 to the previous one, as browsers and many
 * desktop applications do (Firefox, Windows Explorer, VS Code). In the side panel Ctrl+Tab and Ctrl+Shift+Tab
 * bring the next and previous tab to the front, from inside a tab too (a text field would otherwise keep them).
 */
final class FocusCycle {
    static final KeyCombination NEXT_PANE = KeyCombination.keyCombination("F6");
    static final KeyCombination PREVIOUS_PANE = KeyCombination.keyCombination("Shift+F6");
    static final KeyCombination NEXT_TAB = KeyCombination.keyCombination("Ctrl+Tab");
    static final KeyCombination PREVIOUS_TAB = KeyCombination.keyCombination("Ctrl+Shift+Tab");

    /** A pane of the window: its root, to tell whether the focus is in it, and what to focus when moving to it. */
    private record Pane(Node root, Node target) {
    }

    private final List<Pane> panes;
    private final TabPane side;

    /**
     * The cycle over the library pane {@code libraryRoot}, whose {@code list} takes the focus; the reading pane's
     * text {@code reader}; and the side panel's tabs {@code side}, where the selected tab's first control takes it.
     */
    FocusCycle(Node libraryRoot, Node list, Node reader, TabPane side) {
        this.side = Objects.requireNonNull(side, "side");
        this.panes = List.of(new Pane(Objects.requireNonNull(libraryRoot, "libraryRoot"),
                Objects.requireNonNull(list, "list")),
                new Pane(Objects.requireNonNull(reader, "reader"), reader), new Pane(side, side));
    }

    /** Handles F6, Shift+F6, and Ctrl+Tab, Ctrl+Shift+Tab in the side panel, before the controls see them. */
    void install(Node root) {
        Node reader = panes.get(1).target();
        // RichTextFX keeps Tab for itself even when read-only (it would type one): the keyboard would be stuck in
        // the reading pane. Tab and Shift+Tab go on to the next and previous control, as from any other.
        reader.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown()) {
                tabNeighbour(reader, event.isShiftDown() ? -1 : 1).ifPresent(Node::requestFocus);
                event.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PREVIOUS_PANE.match(event)) {
                move(-1);
            } else if (NEXT_PANE.match(event)) {
                move(1);
            } else if (PREVIOUS_TAB.match(event) && within(side, event.getTarget())) {
                turnTab(-1);
            } else if (NEXT_TAB.match(event) && within(side, event.getTarget())) {
                turnTab(1);
            } else {
                return;
            }
            event.consume();
        });
    }

    /** Puts the keyboard in the library's list; false when the library is hidden. */
    boolean focusLibrary() {
        return focus(panes.get(0));
    }

    /** Puts the keyboard in the reading pane; false when no briefing shows. */
    boolean focusReader() {
        return focus(panes.get(1));
    }

    /** Puts the keyboard in the side panel's selected tab; false when the panel is hidden. */
    boolean focusSidePanel() {
        return focus(panes.get(2));
    }

    /** Moves to the next ({@code +1}) or previous ({@code -1}) shown pane from the one holding the focus. */
    void move(int step) {
        int from = current().orElse(step > 0 ? -1 : panes.size());
        for (int i = 1; i <= panes.size(); i++) {
            int at = Math.floorMod(from + step * i, panes.size());
            if (focus(panes.get(at))) {
                return;
            }
        }
    }

    private void turnTab(int step) {
        List<Tab> tabs = side.getTabs();
        int at = Math.floorMod(side.getSelectionModel().getSelectedIndex() + step, tabs.size());
        side.getSelectionModel().select(at);
        focus(panes.get(2));
    }

    private Optional<Integer> current() {
        Node owner = side.getScene() == null ? null : side.getScene().getFocusOwner();
        for (int i = 0; i < panes.size(); i++) {
            if (within(panes.get(i).root(), owner)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private boolean focus(Pane pane) {
        if (!shown(pane.root())) {
            return false;
        }
        Node target = pane.target();
        if (target == side) {
            Tab tab = side.getSelectionModel().getSelectedItem();
            target = tab == null || tab.getContent() == null ? side : firstControl(tab.getContent(), true)
                    .or(() -> firstControl(tab.getContent(), false)).orElse(side);
        }
        if (!shown(target)) {
            return false;
        }
        target.requestFocus();
        return true;
    }

    /**
     * The first control the Tab key would reach in {@code node}, in the order of the scene graph; with
     * {@code typing}, the first text box (a tab's search or filter box: the keys can type at once).
     */
    static Optional<Node> firstControl(Node node, boolean typing) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable() && (!typing || node instanceof TextInputControl)) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : new ArrayList<>(parent.getChildrenUnmodifiable())) {
                Optional<Node> found = firstControl(child, typing);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The control Tab ({@code +1}) or Shift+Tab ({@code -1}) reaches from {@code from}: the next or previous one
     * in the order of the scene graph, as JavaFX's own traversal goes, round from the last to the first.
     */
    static Optional<Node> tabNeighbour(Node from, int step) {
        if (from.getScene() == null) {
            return Optional.empty();
        }
        List<Node> order = new ArrayList<>();
        collectTraversable(from.getScene().getRoot(), from, order);
        int at = order.indexOf(from);
        if (order.size() < 2 || at < 0) {
            return Optional.empty();
        }
        return Optional.of(order.get(Math.floorMod(at + step, order.size())));
    }

    private static void collectTraversable(Node node, Node keep, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable() || node == keep) {
            out.add(node);
            return; // a control's insides are its own
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTraversable(child, keep, out);
            }
        }
    }

    /** In a scene, and it and every node above it visible. */
    static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(Node root, Object target) {
        for (Node at = target instanceof Node node ? node : null; at != null; at = at.getParent()) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }
}
