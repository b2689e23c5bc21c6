package org.briefingreader.ui.search;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
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

/**
 * The Search tab: the box with its scope switch, the kind chips, one line of status, a "did you mean" link, and
 * the results grouped by briefing and section; completions drop down under the box as a list laid over the results
 * (not a popup window, which would take the keys from the box). Down and Up move through the completions, Enter
 * takes one, or else walks to the next hit (Shift+Enter the previous); Escape closes the completions, then hands
 * the reader back to where reading was.
 */
public final class SearchView {
    /** Space around the tab's content, in pixels. */
    private static final double PADDING = 10;

    private final SearchViewModel model;
    private final StackPane root = new StackPane();
    private final TextField box = new TextField();
    private final ListView<ResultRow> results = new ListView<>();
    private final CompletionList completions;
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
        content.setPadding(new Insets(PADDING));

        completions = new CompletionList(model, box, PADDING);
        root.getChildren().addAll(content, completions.node());
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
        if (completions.handle(event)) {
            return;
        }
        switch (event.getCode()) {
            case ENTER -> {
                model.dismissSuggestions();
                if (event.isShiftDown()) {
                    model.previous();
                } else {
                    model.next();
                }
            }
            case ESCAPE -> {
                model.leave();
                backToText.run();
            }
            default -> {
                return;
            }
        }
        event.consume();
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
