package org.briefingreader.ui.search;

import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.briefingreader.domain.Suggestion;

/**
 * The Search tab: the box with its scope switch, the kind chips, one line of status, a "did you mean" link, and
 * the results grouped by briefing and section; completions drop down under the box as a list laid over the results
 * (not a popup window, which would take the keys from the box). Down and Up move through the completions, Enter
 * takes one, or else walks to the next hit (Shift+Enter the previous); Escape closes the completions, then hands
 * the reader back to where reading was.
 */
public final class SearchView {
    /** Height of a completion's row, in pixels: fixed, so the list is exactly as high as its rows. */
    private static final double COMPLETION_ROW = 28;

    private final SearchViewModel model;
    private final StackPane root = new StackPane();
    private final TextField box = new TextField();
    private final ListView<ResultRow> results = new ListView<>();
    private final ListView<Suggestion> completions = new ListView<>();
    private final Runnable backToText;

    /** @param backToText gives the keyboard back to the reading pane, after Escape */
    public SearchView(SearchViewModel model, Runnable backToText) {
        this.model = Objects.requireNonNull(model, "model");
        this.backToText = Objects.requireNonNull(backToText, "backToText");

        box.setId("search-box");
        box.getStyleClass().add("search-box");
        box.textProperty().bindBidirectional(model.queryProperty());
        box.promptTextProperty().bind(Bindings.createStringBinding(() -> model.scopeProperty().get()
                == SearchScope.BRIEFING ? "Search this briefing (Ctrl+F)" : "Search the library (Ctrl+Shift+F)",
                model.scopeProperty()));
        box.setAccessibleText("Search");
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::onBoxKey);
        HBox.setHgrow(box, Priority.ALWAYS);

        ToggleGroup scopes = new ToggleGroup();
        HBox scopeSwitch = new HBox();
        scopeSwitch.getStyleClass().add("search-scopes");
        for (SearchScope scope : SearchScope.values()) {
            ToggleButton button = new ToggleButton(scope.label());
            button.setUserData(scope);
            button.setToggleGroup(scopes);
            button.setFocusTraversable(false);
            button.getStyleClass().add("search-scope");
            scopeSwitch.getChildren().add(button);
        }
        selectScope(scopes, model.scopeProperty().get());
        model.scopeProperty().addListener((obs, old, scope) -> selectScope(scopes, scope));
        scopes.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                selectScope(scopes, model.scopeProperty().get());
            } else {
                model.searchIn((SearchScope) toggle.getUserData());
            }
        });
        VBox header = new VBox(6, box, scopeSwitch);

        Label status = new Label();
        status.getStyleClass().add("search-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setMinHeight(Region.USE_PREF_SIZE);

        Hyperlink correction = new Hyperlink();
        correction.setId("search-correction");
        correction.textProperty().bind(model.didYouMeanProperty());
        correction.setOnAction(event -> model.acceptCorrection());
        HBox didYouMean = new HBox(new Label("Did you mean"), correction);
        didYouMean.setAlignment(Pos.BASELINE_LEFT);
        didYouMean.getStyleClass().add("search-did-you-mean");
        didYouMean.visibleProperty().bind(model.didYouMeanProperty().isNotEmpty());
        didYouMean.managedProperty().bind(didYouMean.visibleProperty());

        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setItems(model.rowsProperty());
        results.setCellFactory(list -> new ResultCell(list));
        results.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        results.setPlaceholder(new Label(""));
        results.setOnMouseClicked(event -> showSelected());
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                showSelected();
                event.consume();
            }
        });
        model.currentProperty().addListener((obs, old, index) -> selectCurrent(index.intValue()));
        VBox.setVgrow(results, Priority.ALWAYS);

        VBox content = new VBox(8, header, new KindChips(model).root(), status, didYouMean, results);
        content.getStyleClass().add("search-tab");
        content.setPadding(new Insets(10));

        completions.setId("search-completions");
        completions.getStyleClass().add("search-completions");
        completions.setItems(model.suggestionsProperty());
        completions.setCellFactory(list -> new CompletionCell());
        completions.setFocusTraversable(false);
        completions.setOnMouseClicked(event -> chooseSelected());
        completions.visibleProperty().bind(Bindings.isNotEmpty(model.suggestionsProperty())
                .and(box.focusedProperty().or(completions.focusedProperty())));
        completions.setFixedCellSize(COMPLETION_ROW);
        completions.prefHeightProperty().bind(Bindings.min(COMPLETION_ROW * 8 + 4,
                Bindings.size(model.suggestionsProperty()).multiply(COMPLETION_ROW).add(4)));
        completions.maxHeightProperty().bind(completions.prefHeightProperty());
        StackPane.setAlignment(completions, Pos.TOP_LEFT);
        // Just under the box, over the chips and results.
        box.layoutBoundsProperty().addListener((obs, old, bounds) -> StackPane.setMargin(completions,
                new Insets(10 + bounds.getHeight(), 10, 0, 10)));
        model.suggestionsProperty().addListener((ListChangeListener<Suggestion>) change ->
                completions.getSelectionModel().clearSelection());

        root.getChildren().addAll(content, completions);
        root.getStylesheets().add(SearchView.class.getResource("search.css").toExternalForm());
    }

    public Region root() {
        return root;
    }

    /** Puts the keyboard in the box, all its text selected, searching {@code scope}. */
    public void focusBox(SearchScope scope) {
        model.searchIn(scope);
        box.requestFocus();
        box.selectAll();
    }

    /** The box, for tests and for the window's keys. */
    public TextField box() {
        return box;
    }

    private void onBoxKey(KeyEvent event) {
        boolean completing = completions.isVisible();
        switch (event.getCode()) {
            case DOWN -> {
                if (!completing) {
                    return;
                }
                completions.getSelectionModel().selectNext();
                if (completions.getSelectionModel().getSelectedIndex() < 0) {
                    completions.getSelectionModel().selectFirst();
                }
                completions.scrollTo(completions.getSelectionModel().getSelectedIndex());
            }
            case UP -> {
                if (!completing) {
                    return;
                }
                completions.getSelectionModel().selectPrevious();
            }
            case ENTER -> {
                if (completing && completions.getSelectionModel().getSelectedItem() != null) {
                    chooseSelected();
                } else {
                    model.dismissSuggestions();
                    if (event.isShiftDown()) {
                        model.previous();
                    } else {
                        model.next();
                    }
                }
            }
            case ESCAPE -> {
                if (completing) {
                    model.dismissSuggestions();
                } else {
                    model.leave();
                    backToText.run();
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void chooseSelected() {
        Suggestion chosen = completions.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.choose(chosen);
            box.positionCaret(box.getLength());
        }
    }

    private void showSelected() {
        ResultRow selected = results.getSelectionModel().getSelectedItem();
        if (selected instanceof ResultRow.HitRow hit && hit.index() != model.currentProperty().get()) {
            model.show(hit.index());
        } else if (selected instanceof ResultRow.MoreRow) {
            model.showMore();
        }
    }

    /** The current hit's row is selected and scrolled into view, so F3 can be followed in the list too. */
    private void selectCurrent(int index) {
        if (index < 0) {
            results.getSelectionModel().clearSelection();
            return;
        }
        for (int row = 0; row < results.getItems().size(); row++) {
            if (results.getItems().get(row) instanceof ResultRow.HitRow hit && hit.index() == index) {
                results.getSelectionModel().select(row);
                int shown = row;
                Platform.runLater(() -> results.scrollTo(Math.max(0, shown - 2)));
                return;
            }
        }
    }

    private static void selectScope(ToggleGroup scopes, SearchScope scope) {
        scopes.getToggles().stream().filter(t -> t.getUserData() == scope).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }
}
