package org.briefingreader.ui.library;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The library pane: a heading over the list of briefings; the list's selection and the ViewModel's follow each other. */
public final class LibraryView {
    private final LibraryViewModel model;
    private final ListView<LibraryEntry> list = new ListView<>();
    private final VBox root;

    public LibraryView(LibraryViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        Label heading = new Label("Library");
        heading.getStyleClass().add("library-heading");

        list.getStyleClass().add("library-list");
        list.setItems(model.entriesProperty());
        list.setCellFactory(LibraryCell::new);
        Label placeholder = new Label();
        placeholder.getStyleClass().add("library-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then("Loading\u2026")
                .otherwise("No briefings yet."));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        root = new VBox(heading, list);
        root.getStyleClass().add("library-pane");
        root.getStylesheets().add(LibraryView.class.getResource("library.css").toExternalForm());
        root.setMinWidth(220);

        bindSelection();
    }

    /** The node to place in a window. */
    public Region root() {
        return root;
    }

    private void bindSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            // Replacing the items clears the list's selection for a moment; that is not the user's choice.
            if (entry != null && entry != model.selectedProperty().get()) {
                model.select(entry);
            }
        });
        model.selectedProperty().addListener((obs, old, entry) -> showSelected(entry));
        model.entriesProperty().addListener((ListChangeListener<LibraryEntry>) change ->
                showSelected(model.selectedProperty().get()));
    }

    private void showSelected(LibraryEntry entry) {
        if (entry == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != entry) {
            list.getSelectionModel().select(entry);
            list.scrollTo(entry);
        }
    }
}
