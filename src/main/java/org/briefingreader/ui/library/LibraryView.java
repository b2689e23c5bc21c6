package org.briefingreader.ui.library;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The library pane: a heading, the filter box with the sort button, and the list of the briefings the filter
 * shows. The list's selection and the ViewModel's follow each other, except that a briefing the filter hides
 * stays selected (being read) in the ViewModel while the list shows no selection.
 */
public final class LibraryView {
    private final LibraryViewModel model;
    private final ListView<LibraryEntry> list = new ListView<>();
    /** The list's own copy of the shown entries, so that its selection churn while they change can be told apart. */
    private final ObservableList<LibraryEntry> items = FXCollections.observableArrayList();
    private final LibraryFilterField filter;
    private final VBox root;
    private boolean updatingItems;

    public LibraryView(LibraryViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        Label heading = new Label("Library");
        heading.getStyleClass().add("library-heading");

        filter = new LibraryFilterField(model.filterProperty(), this::focusList);
        LibrarySortButton sort = new LibrarySortButton(model.sortProperty());
        HBox filterRow = new HBox(filter.node(), sort.node());
        filterRow.getStyleClass().add("library-filter-row");
        HBox.setHgrow(filter.node(), Priority.ALWAYS);

        list.getStyleClass().add("library-list");
        list.setItems(items);
        list.setCellFactory(LibraryCell::new);
        Label placeholder = new Label();
        placeholder.getStyleClass().add("library-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.emptyMessageProperty());
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        root = new VBox(heading, filterRow, list);
        root.getStyleClass().add("library-pane");
        root.getStylesheets().add(LibraryView.class.getResource("library.css").toExternalForm());
        root.setMinWidth(220);

        bindSelection();
    }

    /** The node to place in a window. */
    public Region root() {
        return root;
    }

    /** Puts the caret in the filter box with its text selected, for a "find in library" key. */
    public void focusFilter() {
        filter.node().requestFocus();
        filter.node().selectAll();
    }

    private void bindSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            // While the items change the list selects and clears on its own; that is not the user's choice.
            if (!updatingItems && entry != null && entry != model.selectedProperty().get()) {
                model.select(entry);
            }
        });
        model.selectedProperty().addListener((obs, old, entry) -> showSelected(entry));
        model.shownProperty().addListener((ListChangeListener<LibraryEntry>) change -> {
            updatingItems = true;
            try {
                items.setAll(model.shownProperty());
                showSelected(model.selectedProperty().get());
            } finally {
                updatingItems = false;
            }
        });
        items.setAll(model.shownProperty());
        showSelected(model.selectedProperty().get());
    }

    /** Selects {@code entry} in the list when the list shows it; otherwise the list shows no selection. */
    private void showSelected(LibraryEntry entry) {
        if (entry == null || !items.contains(entry)) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != entry) {
            list.getSelectionModel().select(entry);
            list.scrollTo(entry);
        }
    }

    /** Down or Enter in the filter box: into the list, on the selected briefing or else the first one shown. */
    private void focusList() {
        if (items.isEmpty()) {
            return;
        }
        if (list.getSelectionModel().isEmpty()) {
            model.select(items.get(0));
        }
        list.requestFocus();
    }
}
