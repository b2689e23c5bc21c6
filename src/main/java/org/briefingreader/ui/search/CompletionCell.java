package org.briefingreader.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.briefingreader.domain.Suggestion;
import org.briefingreader.domain.TextRange;

/** A completion: its text with the part typed in bold, and what it is (a word, a heading, a title) after it. */
final class CompletionCell extends ListCell<Suggestion> {
    /** Made once: each keystroke's completions only change its text. */
    private final TextFlow flow = new TextFlow();

    @Override
    protected void updateItem(Suggestion suggestion, boolean empty) {
        super.updateItem(suggestion, empty);
        setText(null);
        setGraphic(null);
        if (empty || suggestion == null) {
            return;
        }
        List<Text> parts = new ArrayList<>();
        int at = 0;
        String text = suggestion.text();
        for (TextRange typed : suggestion.matches()) {
            if (typed.start() < at || typed.end() > text.length()) {
                continue;
            }
            parts.add(part(text.substring(at, typed.start()), "completion-text"));
            parts.add(part(text.substring(typed.start(), typed.end()), "completion-typed"));
            at = typed.end();
        }
        parts.add(part(text.substring(at), "completion-text"));
        if (suggestion.kind() != Suggestion.Kind.WORD) {
            parts.add(part("  " + suggestion.kind().name().toLowerCase(java.util.Locale.ROOT), "completion-kind"));
        }
        flow.getChildren().setAll(parts);
        setGraphic(flow);
        setAccessibleText(text);
    }

    private static Text part(String text, String styleClass) {
        Text node = new Text(text);
        node.getStyleClass().add(styleClass);
        return node;
    }
}
