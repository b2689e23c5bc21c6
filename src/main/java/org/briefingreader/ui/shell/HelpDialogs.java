package org.briefingreader.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help &gt; Keyboard Shortcuts and Help &gt; About, as dialogs over the window. */
final class HelpDialogs {
    /** A key and what it does, in the order the shortcuts dialog lists them. */
    record Shortcut(String keys, String action) {
    }

    private final Node owner;

    /** @param owner any node of the window the dialogs belong to */
    HelpDialogs(Node owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Every key the window answers to, with the platform's names for the modifiers (Ctrl, or ⌘ on macOS). */
    static List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut(ReaderMenus.NEXT_SECTION.getDisplayText() + "  or  ]", "Next section"),
                new Shortcut(ReaderMenus.PREVIOUS_SECTION.getDisplayText() + "  or  [", "Previous section"),
                new Shortcut(ReaderMenus.BACK.getDisplayText() + "  or mouse Back", "Back to where a jump started"),
                new Shortcut(ReaderMenus.FORWARD.getDisplayText() + "  or mouse Forward", "Forward again"),
                new Shortcut(SearchCommands.FIND.getDisplayText(), "Search this briefing"),
                new Shortcut(SearchCommands.FIND_IN_LIBRARY.getDisplayText(), "Search the library"),
                new Shortcut(SearchCommands.NEXT_HIT.getDisplayText() + "  or Enter in the search box", "Next hit"),
                new Shortcut(SearchCommands.PREVIOUS_HIT.getDisplayText() + "  or Shift+Enter", "Previous hit"),
                new Shortcut("Esc  (in the search box)", "Back to where reading was"),
                new Shortcut("Down, Up, Enter  (in the search box)", "Choose a completion"),
                new Shortcut(AnnotationCommands.HIGHLIGHT.getDisplayText(), "Highlight the selected passage"),
                new Shortcut(AnnotationCommands.UNDO.getDisplayText(), "Undo the last annotation change"),
                new Shortcut(AnnotationCommands.REDO.getDisplayText(), "Redo it"),
                new Shortcut(ReaderMenus.ZOOM_IN.getDisplayText(), "Larger text"),
                new Shortcut(ReaderMenus.ZOOM_OUT.getDisplayText(), "Smaller text"),
                new Shortcut(ReaderMenus.ACTUAL_SIZE.getDisplayText(), "Text at its usual size"),
                new Shortcut(ReaderMenus.SHOW_LIBRARY.getDisplayText(), "Show or hide the library"),
                new Shortcut(ReaderMenus.SHOW_SIDE_PANEL.getDisplayText(), "Show or hide the side panel"),
                new Shortcut("Esc  (in the library filter)", "Clear the filter"),
                new Shortcut("Down or Enter  (in the library filter)", "Into the list of briefings"),
                new Shortcut(org.briefingreader.ui.prefs.PreferencesDialog.KEY.getDisplayText(), "Preferences"),
                new Shortcut(ReaderMenus.QUIT.getDisplayText(), "Quit"));
    }

    /** The application's name and version: the jar's, or "development build" when run from classes. */
    static String version() {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : "version " + version;
    }

    void showShortcuts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        List<Shortcut> all = shortcuts();
        for (int row = 0; row < all.size(); row++) {
            Label keys = new Label(all.get(row).keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row, keys, new Label(all.get(row).action()));
        }
        Alert dialog = dialog("Keyboard Shortcuts", "Keys of the reading window");
        dialog.getDialogPane().setContent(grid);
        dialog.show();
    }

    void showAbout() {
        Alert dialog = dialog("About Briefing Reader", "Briefing Reader, " + version());
        dialog.setContentText("An offline reader for research briefings.\nJava "
                + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?"));
        dialog.show();
    }

    private Alert dialog(String title, String header) {
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window != null) {
            dialog.initOwner(window);
        }
        return dialog;
    }
}
