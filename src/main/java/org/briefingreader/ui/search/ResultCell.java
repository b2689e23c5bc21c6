package org.briefingreader.ui.search;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.TextFlow;
import org.briefingreader.domain.SearchHit;

/**
 * One row of the results list: a briefing's title with its hit count, a section heading, or a hit's snippet with
 * the matched words marked. Only hit rows can be selected; the others are headings for the eye.
 */
final class ResultCell extends WrappingCell<ResultRow> {
    private static final List<String> ROW_CLASSES =
            List.of("result-briefing", "result-section", "result-hit", "result-more");

    /** Pixels of a row's width not available to its text. */
    private static final double SIDE_ROOM = 48;

    /** One title label and one snippet flow per cell, made once: a new answer only changes their text. */
    private final Label title = new Label();
    private final MarkedText snippet =
            new MarkedText("result-note-label", "result-text", "result-match", "result-text");

    ResultCell(ListView<ResultRow> list) {
        title.setWrapText(true);
        // Room for the cell's padding, the current-hit bar and the scroll bar: a graphic measured wider than it is
        // laid out wraps once more than its cell is high, and runs into the next row.
        title.maxWidthProperty().bind(list.widthProperty().subtract(SIDE_ROOM));
        title.prefWidthProperty().bind(title.maxWidthProperty());
        TextFlow flow = snippet.node();
        flow.getStyleClass().add("result-snippet");
        flow.maxWidthProperty().bind(title.maxWidthProperty());
        flow.prefWidthProperty().bind(title.maxWidthProperty());
    }

    @Override
    protected void updateItem(ResultRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            show(null, null, null, null);
        } else if (row instanceof ResultRow.BriefingRow briefing) {
            title.setText(briefing.title() + "  (" + briefing.shown() + ")");
            show("result-briefing", null, title, "Briefing " + briefing.title() + ", " + briefing.shown() + " hits");
        } else if (row instanceof ResultRow.SectionRow section) {
            show("result-section", section.heading(), null, section.heading());
        } else if (row instanceof ResultRow.HitRow hitRow) {
            SearchHit hit = hitRow.hit();
            snippet.show(hit.in() == SearchHit.MatchIn.NOTE ? "Note: " : "", hit.text(), hit.snippet(), hit.matches(),
                    "");
            show("result-hit", null, snippet.node(), hit.snippetText());
        } else if (row instanceof ResultRow.MoreRow more) {
            String text = String.format(Locale.ENGLISH, "Show %,d more\u2026", more.next());
            show("result-more", text, null, text);
        }
    }

    /**
     * Sets what changed only: a style class or graphic set again, even to the same, makes the CSS pass style the
     * row's whole subtree anew, at every keystroke in every visible row.
     */
    private void show(String rowClass, String text, Node graphic, String accessible) {
        for (String other : ROW_CLASSES) {
            if (!other.equals(rowClass)) {
                getStyleClass().remove(other);
            }
        }
        if (rowClass != null && !getStyleClass().contains(rowClass)) {
            getStyleClass().add(rowClass);
        }
        setText(text);
        if (getGraphic() != graphic) {
            setGraphic(graphic);
        }
        setAccessibleText(accessible);
    }
}
