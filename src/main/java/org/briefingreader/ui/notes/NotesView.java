package org.briefingreader.ui.notes;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Notes tab's content: the scope switch, the filter box and the tag, category and section choosers, the
 * notes, and the orphans under a heading of their own. A click or Enter opens a note; Delete, or the delete
 * button, deletes the selected one; an orphan can be placed on the passage selected in the text.
 */
public final class NotesView {
    private final NotesViewModel model;
    private final VBox root = new VBox();
    private final ListView<NoteRow> notes = new ListView<>();
    private final ListView<NoteRow> orphans = new ListView<>();
    private final HBox statusLine = new HBox(6);
    /** The list whose selection the delete button acts on: the one last focused. */
    private ListView<NoteRow> lastFocused = notes;

    /**
     * @param placement puts a selected orphan on the reading pane's {@code selection} (its UTF-16 range)
     */
    public NotesView(NotesViewModel model, OrphanPlacement placement, ObservableValue<IndexRange> selection) {
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(selection, "selection");
        ToggleGroup scopes = new ToggleGroup();
        HBox scopeBox = new HBox();
        scopeBox.getStyleClass().add("notes-scopes");
        for (NotesScope scope : NotesScope.values()) {
            ToggleButton button = new ToggleButton(scope.label());
            button.setToggleGroup(scopes);
            button.setUserData(scope);
            button.setSelected(model.scopeProperty().get() == scope);
            button.getStyleClass().add("notes-scope");
            scopeBox.getChildren().add(button);
        }
        scopes.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                old.setSelected(true); // one scope is always chosen
            } else {
                model.scopeProperty().set((NotesScope) chosen.getUserData());
            }
        });

        TextField filter = new TextField();
        filter.setPromptText("Filter notes");
        filter.setAccessibleText("Filter notes by text");
        filter.textProperty().bindBidirectional(model.textFilterProperty());
        filter.getStyleClass().add("notes-filter");
        // A text field's padding is inside its border: the gap to the panel's edges is a margin.
        VBox.setMargin(filter, new Insets(0, 8, 0, 8));

        ComboBox<String> tag = chooser(model.tags(), "Any tag", t -> "#" + t, "Filter by tag");
        tag.valueProperty().bindBidirectional(model.tagFilterProperty());
        ComboBox<String> category = chooser(model.categories(), "Any category", c -> c, "Filter by category");
        category.valueProperty().bindBidirectional(model.categoryFilterProperty());
        ComboBox<String> section = chooser(model.sections(), "Any section", model::sectionHeading,
                "Filter by section");
        section.valueProperty().bindBidirectional(model.sectionFilterProperty());
        section.visibleProperty().bind(model.scopeProperty().isEqualTo(NotesScope.BRIEFING));
        section.managedProperty().bind(section.visibleProperty());
        HBox choosers = new HBox(4, tag, category, section);
        choosers.getStyleClass().add("notes-choosers");

        Button delete = new Button(null, new FontIcon("mdi2d-delete-outline"));
        delete.setAccessibleText("Delete note");
        delete.setTooltip(new Tooltip("Delete the selected note (Delete)"));
        delete.getStyleClass().add("notes-delete");
        delete.setOnAction(event -> deleteSelected());
        delete.disableProperty().bind(notes.getSelectionModel().selectedItemProperty().isNull()
                .and(orphans.getSelectionModel().selectedItemProperty().isNull()));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("notes-status");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        statusLine.getChildren().addAll(status, delete);
        statusLine.getStyleClass().add("notes-status-line");

        setUp(notes, model.notes(), "Notes");
        setUp(orphans, model.orphans(), "Orphaned notes");
        Label orphanHeading = new Label();
        orphanHeading.textProperty().bind(Bindings.format("Orphans (%d)", Bindings.size(model.orphans())));
        orphanHeading.setTooltip(new Tooltip("Notes whose passage is no longer in the briefing"));
        orphanHeading.getStyleClass().add("notes-orphans-heading");
        orphanHeading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(orphanHeading, Priority.ALWAYS);
        Button place = placeButton(placement, selection);
        HBox orphanLine = new HBox(6, orphanHeading, place);
        orphanLine.getStyleClass().add("notes-orphans-line");
        orphanHeading.visibleProperty().bind(Bindings.isNotEmpty(model.orphans()));
        orphanLine.visibleProperty().bind(orphanHeading.visibleProperty());
        orphanLine.managedProperty().bind(orphanLine.visibleProperty());
        orphans.visibleProperty().bind(orphanLine.visibleProperty());
        orphans.managedProperty().bind(orphanLine.visibleProperty());
        orphans.setPrefHeight(160);
        VBox.setVgrow(notes, Priority.ALWAYS);

        root.getChildren().addAll(scopeBox, filter, choosers, statusLine, notes, orphanLine, orphans);
        root.getStyleClass().add("notes-view");
        root.getStylesheets().add(NotesView.class.getResource("notes.css").toExternalForm());
    }

    public Region root() {
        return root;
    }

    /** Adds a button beside the delete button that runs {@code export} (File &gt; Export Notes). */
    public void offerExport(Runnable export) {
        Button button = new Button(null, new FontIcon("mdi2e-export"));
        button.setAccessibleText("Export notes");
        button.setTooltip(new Tooltip("Export these notes\u2026"));
        button.getStyleClass().add("notes-export");
        button.setOnAction(event -> export.run());
        statusLine.getChildren().add(statusLine.getChildren().size() - 1, button);
    }

    private void setUp(ListView<NoteRow> list, ObservableList<NoteRow> rows, String name) {
        list.setItems(rows);
        list.setCellFactory(view -> new NoteCell(view, model::open));
        list.setAccessibleText(name);
        list.getStyleClass().add("notes-list");
        list.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                lastFocused = list;
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            NoteRow chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                model.open(chosen);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                model.delete(chosen);
                event.consume();
            }
        });
    }

    /**
     * "Place on Selection": enabled when an orphan of the briefing shown is chosen and a passage is selected in
     * the text; its tooltip says how to use it.
     */
    private Button placeButton(OrphanPlacement placement, ObservableValue<IndexRange> selection) {
        Button place = new Button("Place on Selection", new FontIcon("mdi2t-target"));
        place.setAccessibleText("Place the chosen orphan on the passage selected in the text");
        place.setTooltip(new Tooltip("Select where the passage is now in the text, choose the orphan, then place"
                + " its note there"));
        place.getStyleClass().add("notes-place");
        place.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            NoteRow chosen = orphans.getSelectionModel().getSelectedItem();
            IndexRange range = selection.getValue();
            return chosen == null || range == null || range.getLength() == 0 || !placement.canPlace(chosen);
        }, orphans.getSelectionModel().selectedItemProperty(), selection));
        place.setOnAction(event -> {
            NoteRow chosen = orphans.getSelectionModel().getSelectedItem();
            IndexRange range = selection.getValue();
            if (chosen != null && range != null) {
                placement.place(chosen, range.getStart(), range.getEnd());
            }
        });
        return place;
    }

    private void deleteSelected() {
        NoteRow chosen = lastFocused.getSelectionModel().getSelectedItem();
        if (chosen == null) { // the button is enabled by a selection in either list
            ListView<NoteRow> other = lastFocused == notes ? orphans : notes;
            chosen = other.getSelectionModel().getSelectedItem();
        }
        if (chosen != null) {
            model.delete(chosen);
        }
    }

    private static ComboBox<String> chooser(ObservableList<String> items, String any, Function<String, String> shown,
            String name) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setValue("");
        box.setAccessibleText(name);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? any : shown.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.getStyleClass().add("notes-chooser");
        return box;
    }
}
