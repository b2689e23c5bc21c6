package org.briefingreader.ui.search;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.briefingreader.domain.Suggestion;

/**
 * The completions dropped down under the search box: a list laid over the results in the same stack (not a popup
 * window, which would take the keys from the box), shown while there are completions and the box has the keyboard.
 * Down and Up move through it from the box, Enter takes the one chosen, Escape closes it.
 */
final class CompletionList {
    /** Height of a completion's row, in pixels: fixed, so the list is exactly as high as its rows. */
    private static final double ROW = 28;
    private static final int MOST_SHOWN = 8;

    private final SearchViewModel model;
    private final TextField box;
    private final ListView<Suggestion> list = new ListView<>();

    /** @param margin the space around the search tab's content, so the list lines up with the box */
    CompletionList(SearchViewModel model, TextField box, double margin) {
        this.model = model;
        this.box = box;
        list.setId("search-completions");
        list.getStyleClass().add("search-completions");
        list.setItems(model.suggestionsProperty());
        list.setCellFactory(cells -> new CompletionCell());
        list.setFocusTraversable(false);
        list.setOnMouseClicked(event -> chooseSelected());
        list.visibleProperty().bind(Bindings.isNotEmpty(model.suggestionsProperty())
                .and(box.focusedProperty().or(list.focusedProperty())));
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(Bindings.min(ROW * MOST_SHOWN + 4,
                Bindings.size(model.suggestionsProperty()).multiply(ROW).add(4)));
        list.maxHeightProperty().bind(list.prefHeightProperty());
        StackPane.setAlignment(list, Pos.TOP_LEFT);
        // Just under the box, over the chips and results.
        box.layoutBoundsProperty().addListener((obs, old, bounds) -> StackPane.setMargin(list,
                new Insets(margin + bounds.getHeight(), margin, 0, margin)));
        model.suggestionsProperty().addListener((ListChangeListener<Suggestion>) change ->
                list.getSelectionModel().clearSelection());
    }

    Region node() {
        return list;
    }

    /** Handles a key pressed in the box when it is the list's (true, and consumed); false leaves it to the box. */
    boolean handle(KeyEvent event) {
        if (!list.isVisible()) {
            return false;
        }
        switch (event.getCode()) {
            case DOWN -> {
                list.getSelectionModel().selectNext();
                if (list.getSelectionModel().getSelectedIndex() < 0) {
                    list.getSelectionModel().selectFirst();
                }
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            }
            case UP -> list.getSelectionModel().selectPrevious();
            case ENTER -> {
                if (list.getSelectionModel().getSelectedItem() == null) {
                    return false;
                }
                chooseSelected();
            }
            case ESCAPE -> model.dismissSuggestions();
            default -> {
                return false;
            }
        }
        event.consume();
        return true;
    }

    private void chooseSelected() {
        Suggestion chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.choose(chosen);
            box.positionCaret(box.getLength());
        }
    }
}
