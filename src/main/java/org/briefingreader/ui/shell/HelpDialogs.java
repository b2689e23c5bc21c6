package org.briefingreader.ui.shell;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;
import org.briefingreader.ui.transfer.ImportCommands;

/** Help &gt; Keyboard Shortcuts and Help &gt; About, as dialogs over the window. */
final class HelpDialogs {
    private final Node owner;

    /** @param owner any node of the window the dialogs belong to */
    HelpDialogs(Node owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** The application's name and version: the jar's, or "development build" when run from classes. */
    static String version() {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : "version " + version;
    }

    /** Every key, the menus' read from the window's menu bar ({@link KeyboardShortcuts}). */
    void showShortcuts() {
        MenuBar menus = (MenuBar) owner.lookup(".menu-bar");
        Alert dialog = dialog("Keyboard Shortcuts", "Keys of the reading window");
        dialog.getDialogPane().setContent(KeyboardShortcuts.table(
                menus == null ? KeyboardShortcuts.others() : KeyboardShortcuts.of(menus)));
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
