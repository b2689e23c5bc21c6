package org.briefingreader.ui.prefs;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * File &gt; Preferences: a dialog owned by the window, not modal (the highlights repaint behind it as colours
 * change), with three tabs: Categories and colours, Appearance, Library folder. Built on first use, then shown
 * again as it was left.
 */
public final class PreferencesDialog {
    /** Where every platform's applications keep Preferences: Ctrl+Comma (Cmd+Comma on macOS). */
    public static final KeyCombination KEY = KeyCombination.keyCombination("Shortcut+Comma");

    private final Node owner;
    private final PreferencesViewModel model;
    private final FolderChooser chooser;
    private Dialog<Void> dialog;

    /** @param owner any node of the window the dialog belongs to */
    public PreferencesDialog(Node owner, PreferencesViewModel model, FolderChooser chooser) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.model = Objects.requireNonNull(model, "model");
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** Shows the dialog (building it the first time) and brings it to the front. Call on the FX thread. */
    public void show() {
        if (dialog == null) {
            dialog = build();
        }
        if (!dialog.isShowing()) {
            dialog.show();
        }
        dialog.getDialogPane().getScene().getWindow().requestFocus();
    }

    /** The dialog once built, for tests. */
    public Dialog<Void> dialog() {
        return dialog;
    }

    private Dialog<Void> build() {
        Dialog<Void> built = new Dialog<>();
        built.setTitle("Preferences");
        built.initModality(Modality.NONE);
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window != null) {
            built.initOwner(window);
        }
        TabPane tabs = new TabPane(
                tab("Categories and Colours", "prefs-categories", new CategoriesPane(model.categories()).root()),
                tab("Appearance", "prefs-appearance", new AppearancePane(model.appearance()).root()),
                tab("Library Folder", "prefs-library", new LibraryFolderPane(model.libraryFolder(), chooser).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("preferences-tabs");
        tabs.setPrefSize(700, 460);
        built.getDialogPane().setContent(tabs);
        built.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        built.getDialogPane().getStyleClass().add("preferences");
        built.setResizable(true);
        return built;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** A one-line message, in the danger colour while {@code failed}. */
    static Label messageLabel(ObservableStringValue text, ObservableBooleanValue failed) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        failed.addListener((obs, was, is) -> {
            label.getStyleClass().removeAll("danger", "success");
            label.getStyleClass().add(is ? "danger" : "success");
        });
        label.getStyleClass().add(failed.get() ? "danger" : "success");
        return label;
    }
}
