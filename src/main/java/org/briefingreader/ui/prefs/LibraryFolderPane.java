package org.briefingreader.ui.prefs;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Library folder section: where the library is, and choosing another for the next start. */
final class LibraryFolderPane {
    private final VBox root = new VBox(10);

    LibraryFolderPane(LibraryFolderViewModel model, FolderChooser chooser) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(chooser, "chooser");
        Label current = new Label(model.currentFolder());
        current.setId("library-folder-current");
        current.setWrapText(true);
        current.getStyleClass().add("text-bold");
        Button choose = new Button("Choose\u2026");
        choose.setId("library-folder-choose");
        choose.setOnAction(e -> chooser.choose(root.getScene() == null ? null : root.getScene().getWindow(),
                model.startingFolder()).ifPresent(model::choose));
        Label next = new Label(LibraryFolderViewModel.NEXT_START);
        next.setWrapText(true);
        next.getStyleClass().add("text-muted");
        Label override = new Label(model.overrideNote());
        override.setId("library-folder-override");
        override.setWrapText(true);
        override.setManaged(!model.overrideNote().isEmpty());
        override.setVisible(!model.overrideNote().isEmpty());
        Label message = PreferencesDialog.messageLabel(model.messageProperty(), model.failedProperty());
        message.setId("library-folder-message");
        root.getChildren().addAll(new Label("The library in use is in"), new HBox(12, current, choose), next,
                override, message);
        root.setPadding(new Insets(14));
    }

    Node root() {
        return root;
    }
}
