package org.briefingreader.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.TextRange;

/**
 * One row of the results list: a briefing's title with its hit count, a section heading, or a hit's snippet with
 * the matched words marked. Only hit rows can be selected; the others are headings for the eye.
 */
final class ResultCell extends WrappingCell<ResultRow> {
    private static final String ELLIPSIS = "\u2026";
    private static final List<String> ROW_CLASSES =
            List.of("result-briefing", "result-section", "result-hit", "result-more");

    /** Pixels of a row's width not available to its text. */
    private static final double SIDE_ROOM = 48;

    /** One title label and one snippet flow per cell, made once: a new answer only changes their text. */
    private final Label title = new Label();
    private final TextFlow snippet = new TextFlow();

    ResultCell(ListView<ResultRow> list) {
        title.setWrapText(true);
        // Room for the cell's padding, the current-hit bar and the scroll bar: a graphic measured wider than it is
        // laid out wraps once more than its cell is high, and runs into the next row.
        title.maxWidthProperty().bind(list.widthProperty().subtract(SIDE_ROOM));
        title.prefWidthProperty().bind(title.maxWidthProperty());
        snippet.getStyleClass().add("result-snippet");
        snippet.maxWidthProperty().bind(title.maxWidthProperty());
        snippet.prefWidthProperty().bind(title.maxWidthProperty());
    }

    @Override
    protected void updateItem(ResultRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(ROW_CLASSES);
        setText(null);
        setGraphic(null);
        setAccessibleText(null);
        if (empty || row == null) {
            return;
        }
        if (row instanceof ResultRow.BriefingRow briefing) {
            getStyleClass().add("result-briefing");
            title.setText(briefing.title() + "  (" + briefing.shown() + ")");
            setGraphic(title);
            setAccessibleText("Briefing " + briefing.title() + ", " + briefing.shown() + " hits");
        } else if (row instanceof ResultRow.SectionRow section) {
            getStyleClass().add("result-section");
            setText(section.heading());
        } else if (row instanceof ResultRow.HitRow hitRow) {
            getStyleClass().add("result-hit");
            snippet.getChildren().setAll(snippetParts(hitRow.hit()));
            setGraphic(snippet);
            setAccessibleText(hitRow.hit().snippetText());
        } else if (row instanceof ResultRow.MoreRow more) {
            getStyleClass().add("result-more");
            setText(String.format(java.util.Locale.ENGLISH, "Show %,d more\u2026", more.next()));
            setAccessibleText(getText());
        }
    }

    /** The hit's snippet, an ellipsis where it was cut, the matched words in their own style class. */
    static List<Text> snippetParts(SearchHit hit) {
        List<Text> parts = new ArrayList<>();
        if (hit.in() == SearchHit.MatchIn.NOTE) {
            parts.add(styled("Note: ", "result-note-label"));
        }
        TextRange shown = hit.snippet();
        if (shown.start() > 0) {
            parts.add(styled(ELLIPSIS, "result-text"));
        }
        int at = shown.start();
        for (TextRange match : hit.matches()) {
            int start = Math.max(match.start(), shown.start());
            int end = Math.min(match.end(), shown.end());
            if (start >= end || start < at) {
                continue;
            }
            if (start > at) {
                parts.add(styled(hit.text().substring(at, start), "result-text"));
            }
            parts.add(styled(hit.text().substring(start, end), "result-match"));
            at = end;
        }
        if (at < shown.end()) {
            parts.add(styled(hit.text().substring(at, shown.end()), "result-text"));
        }
        if (shown.end() < hit.text().length()) {
            parts.add(styled(ELLIPSIS, "result-text"));
        }
        return parts;
    }

    private static Text styled(String text, String styleClass) {
        Text node = new Text(text);
        node.getStyleClass().add(styleClass);
        return node;
    }
}
