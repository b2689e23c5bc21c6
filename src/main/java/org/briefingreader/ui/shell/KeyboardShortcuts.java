package org.briefingreader.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.briefingreader.ui.palette.MenuCommands;

/**
 * Every key the window answers to, for Help &gt; Keyboard Shortcuts: the menus' accelerators, read from the menu
 * bar itself so that a new menu item's key is listed without more ado, then the keys that belong to no menu item.
 * Keys are shown with the platform's names for the modifiers (Ctrl, or ⌘ on macOS).
 */
final class KeyboardShortcuts {
    /** A key, what it does, and where: a menu's name, or the part of the window where the key works. */
    record Shortcut(String keys, String action, String where) {
        Shortcut {
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(where, "where");
        }
    }

    private static final String ANYWHERE = "Anywhere in the window";
    private static final String READING = "Reading pane";
    private static final String SEARCH_BOX = "Search box";
    private static final String LIBRARY = "Library";
    private static final String NOTES = "Notes list";
    private static final String PALETTE = "Command palette";

    private KeyboardShortcuts() {
    }

    /** The menus' keys, menu by menu, then the others. */
    static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> all = new ArrayList<>();
        for (MenuCommands.Entry entry : MenuCommands.entries(menus)) {
            KeyCombination key = entry.item().getAccelerator();
            if (key != null) {
                all.add(new Shortcut(key.getDisplayText(), entry.name(), entry.path()));
            }
        }
        all.addAll(others());
        return all;
    }

    /** The keys no menu item carries: handled by the window's key filters and by single controls. */
    static List<Shortcut> others() {
        return List.of(
                new Shortcut(FocusCycle.NEXT_PANE.getDisplayText(), "Next pane: library, reading pane, side panel",
                        ANYWHERE),
                new Shortcut(FocusCycle.PREVIOUS_PANE.getDisplayText(), "Previous pane", ANYWHERE),
                new Shortcut("Tab", "Next control", ANYWHERE),
                new Shortcut("Shift+Tab", "Previous control", ANYWHERE),
                new Shortcut("F10", "Open the menus", ANYWHERE),
                new Shortcut("]", "Next section (outside a text box)", ANYWHERE),
                new Shortcut("[", "Previous section (outside a text box)", ANYWHERE),
                new Shortcut("Mouse Back button", "Back", ANYWHERE),
                new Shortcut("Mouse Forward button", "Forward", ANYWHERE),
                new Shortcut(FocusCycle.NEXT_TAB.getDisplayText(), "Next tab", "Side panel"),
                new Shortcut(FocusCycle.PREVIOUS_TAB.getDisplayText(), "Previous tab", "Side panel"),
                new Shortcut("Shift+arrows", "Select text", READING),
                new Shortcut(KeyCombination.keyCombination("Shortcut+C").getDisplayText(), "Copy the selection",
                        READING),
                new Shortcut(KeyCombination.keyCombination("Shortcut+A").getDisplayText(), "Select all", READING),
                new Shortcut("Enter", "Next hit", SEARCH_BOX),
                new Shortcut("Shift+Enter", "Previous hit", SEARCH_BOX),
                new Shortcut("Down, Up, Enter", "Choose a completion", SEARCH_BOX),
                new Shortcut("Esc", "Back to where reading was", SEARCH_BOX),
                new Shortcut("Esc", "Clear the filter", LIBRARY + " filter"),
                new Shortcut("Down or Enter", "Into the list of briefings", LIBRARY + " filter"),
                new Shortcut("Up, Down", "Read the previous or next briefing", LIBRARY + " list"),
                new Shortcut("Enter", "Go to the passage", NOTES),
                new Shortcut("Delete", "Delete the note", NOTES),
                new Shortcut("Enter", "Go to the passage", "Related list"),
                new Shortcut(org.briefingreader.ui.notes.NoteEditor.SAVE.getDisplayText(), "Save the note",
                        "Note editor"),
                new Shortcut("Esc", "Cancel", "Note editor"),
                new Shortcut("Enter or comma", "Add the typed tag", "Note editor tags"),
                new Shortcut("Esc", "Hide the selection toolbar", READING),
                new Shortcut("Up, Down", "Choose a command", PALETTE),
                new Shortcut("Enter", "Run it", PALETTE),
                new Shortcut("Esc", "Close, back to where the keyboard was", PALETTE));
    }

    /** The list as a table under a heading per place, scrolling when taller than a dialog should be. */
    static Region table(List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(24);
        grid.setVgap(4);
        String where = null;
        int row = 0;
        for (Shortcut shortcut : shortcuts) {
            if (!shortcut.where().equals(where)) {
                where = shortcut.where();
                Label heading = new Label(where);
                heading.getStyleClass().add("shortcut-group");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, new Label(shortcut.action()));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(520);
        scroll.getStyleClass().add("shortcut-scroll");
        // A dialog is a scene of its own: the window's stylesheet does not reach it by itself.
        scroll.getStylesheets().add(KeyboardShortcuts.class.getResource("reader-window.css").toExternalForm());
        return scroll;
    }
}
