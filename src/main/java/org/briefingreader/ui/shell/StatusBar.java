package org.briefingreader.ui.shell;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The bar along the bottom of the window: the last message on the left (with "Details…" after a failure), the
 * library size and the search index's state on the right.
 */
final class StatusBar {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final HBox bar = new HBox();
    private final StatusBarViewModel model;

    StatusBar(StatusBarViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        Label message = new Label();
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        model.failedProperty().addListener((obs, was, failed) -> message.pseudoClassStateChanged(FAILED, failed));
        message.pseudoClassStateChanged(FAILED, model.failedProperty().get());

        Hyperlink details = new Hyperlink("Details\u2026");
        details.getStyleClass().add("status-details");
        details.visibleProperty().bind(model.detailsProperty().isNotEmpty());
        details.managedProperty().bind(details.visibleProperty());
        details.setFocusTraversable(false);
        details.setOnAction(e -> showDetails());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label size = label("status-library-size");
        size.textProperty().bind(model.librarySizeProperty());
        Label index = label("status-index");
        index.textProperty().bind(model.indexProperty());
        index.visibleProperty().bind(model.indexProperty().isNotEmpty());
        index.managedProperty().bind(index.visibleProperty());

        bar.getChildren().setAll(message, details, spring, size, index);
        bar.getStyleClass().add("status-bar");
    }

    Region root() {
        return bar;
    }

    /** The failure's sentence with its technical details, in a dialog that can be copied from. */
    void showDetails() {
        TextArea text = new TextArea(model.detailsProperty().get());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.getStyleClass().add("status-details-text");
        Alert dialog = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        dialog.setTitle("Details");
        dialog.setHeaderText(model.messageProperty().get());
        dialog.getDialogPane().setContent(text);
        Window window = bar.getScene() == null ? null : bar.getScene().getWindow();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.show();
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().addAll("status-figure", styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
