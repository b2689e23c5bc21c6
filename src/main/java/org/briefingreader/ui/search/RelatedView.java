package org.briefingreader.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.TextRange;

/**
 * The Related tab's content: what the list is related to, then the passages, each with its briefing's title, its
 * section's heading and a few lines of its text with the shared words marked. A click or Enter opens the passage.
 */
public final class RelatedView {
    /** Characters of a passage shown: about three lines of a side panel of a quarter of the window. */
    static final int SNIPPET_CHARS = 120;

    private final VBox root = new VBox();
    private final ListView<SearchHit> list = new ListView<>();

    public RelatedView(RelatedViewModel model) {
        Objects.requireNonNull(model, "model");
        Label about = new Label();
        about.textProperty().bind(model.aboutProperty());
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.visibleProperty().bind(model.aboutProperty().isNotEmpty());
        about.managedProperty().bind(about.visibleProperty());
        about.getStyleClass().add("related-about");

        Label placeholder = new Label();
        placeholder.textProperty().bind(model.statusProperty());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("related-status");
        list.setPlaceholder(placeholder);
        list.setItems(model.passages());
        list.setCellFactory(view -> new PassageCell(model, view));
        list.getStyleClass().add("related-list");
        list.setAccessibleText("Related passages");
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            SearchHit chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                model.open(chosen);
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        root.getChildren().addAll(about, list);
        root.getStyleClass().add("related-view");
        root.getStylesheets().add(RelatedView.class.getResource("related.css").toExternalForm());
    }

    /**
     * Puts a Related view in {@code tab} and keeps {@code model} following the reader: it is active while the tab
     * is selected and {@code panelShown}, and told every move of {@code caret} (the reading pane's caret offset).
     */
    public static void install(RelatedViewModel model, Tab tab, ObservableValue<Boolean> panelShown,
            ObservableValue<Integer> caret) {
        tab.setContent(new RelatedView(model).root());
        caret.addListener((obs, old, offset) -> model.caretMoved(offset));
        Runnable activate = () -> model.setActive(tab.isSelected() && Boolean.TRUE.equals(panelShown.getValue()));
        tab.selectedProperty().addListener(obs -> activate.run());
        panelShown.addListener(obs -> activate.run());
        activate.run();
    }

    public Region root() {
        return root;
    }

    /**
     * The snippet of {@code hit} cut to about {@code max} characters on a word boundary, as runs marked where they
     * are matched words; when the snippet's first matched word lies beyond the cut, the text starts there instead.
     * An ellipsis stands for the text left out before and after.
     */
    static List<Piece> pieces(SearchHit hit, int max) {
        String text = hit.text();
        TextRange span = hit.snippet();
        int start = span.start();
        int end = Math.min(span.end(), start + max);
        TextRange firstMatch = hit.matches().stream().filter(m -> m.start() >= span.start()).findFirst()
                .orElse(null);
        if (firstMatch != null && firstMatch.end() > end) {
            start = firstMatch.start();
            end = Math.min(text.length(), start + max);
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        List<Piece> pieces = new ArrayList<>();
        if (start > 0) {
            pieces.add(new Piece("\u2026", false));
        }
        int at = start;
        for (TextRange match : hit.matches()) {
            int from = Math.max(match.start(), at);
            int to = Math.min(match.end(), end);
            if (from >= to) {
                continue;
            }
            if (from > at) {
                pieces.add(new Piece(text.substring(at, from), false));
            }
            pieces.add(new Piece(text.substring(from, to), true));
            at = to;
        }
        if (at < end) {
            pieces.add(new Piece(text.substring(at, end), false));
        }
        if (end < text.length()) {
            pieces.add(new Piece("\u2026", false));
        }
        return pieces;
    }

    /** A run of the shown text, marked when it is a matched word. */
    record Piece(String text, boolean marked) {
    }

    /** One passage: title, heading, snippet; a click opens it. */
    private static final class PassageCell extends WrappingCell<SearchHit> {
        /** Room left for the list's vertical scroll bar and the cell's padding. */
        private static final double WIDTH_SPARE = 32;
        private final Label title = new Label();
        private final Label heading = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box = new VBox(title, heading, snippet);

        PassageCell(RelatedViewModel model, ListView<SearchHit> list) {
            title.getStyleClass().add("related-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            heading.getStyleClass().add("related-heading");
            heading.setWrapText(true);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            heading.managedProperty().bind(heading.visibleProperty());
            snippet.getStyleClass().add("related-snippet");
            box.getStyleClass().add("related-cell");
            // Wrap to the list's width (less its scroll bar) instead of widening the cell to the longest line.
            box.setMinWidth(0);
            box.prefWidthProperty().bind(list.widthProperty().subtract(WIDTH_SPARE));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            setPrefWidth(0);
            getStyleClass().add("related-passage");
            addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    model.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(hit.briefingTitle());
            heading.setText(hit.heading().orElse(""));
            heading.setVisible(hit.heading().isPresent());
            List<Piece> pieces = pieces(hit, SNIPPET_CHARS);
            snippet.getChildren().setAll(pieces.stream().map(PassageCell::text).toList());
            StringBuilder shown = new StringBuilder();
            pieces.forEach(piece -> shown.append(piece.text()));
            setAccessibleText(hit.briefingTitle() + hit.heading().map(h -> ", " + h).orElse("") + ": " + shown);
            setGraphic(box);
        }

        private static Text text(Piece piece) {
            Text text = new Text(piece.text());
            text.getStyleClass().add(piece.marked() ? "related-match" : "related-text");
            return text;
        }
    }
}
