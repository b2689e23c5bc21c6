package org.briefingreader.ui.search;

import java.util.List;
import javafx.scene.control.ListCell;
import org.briefingreader.domain.Suggestion;
import org.briefingreader.domain.TextRange;

/** A completion: its text with the part typed in bold, and what it is (a word, a heading, a title) after it. */
final class CompletionCell extends ListCell<Suggestion> {
    /** Made once: each keystroke's completions only change its text. */
    private final MarkedText flow =
            new MarkedText("completion-text", "completion-text", "completion-typed", "completion-kind");

    @Override
    protected void updateItem(Suggestion suggestion, boolean empty) {
        super.updateItem(suggestion, empty);
        if (empty || suggestion == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String text = suggestion.text();
        List<TextRange> typed = suggestion.matches().stream().filter(m -> m.end() <= text.length()).toList();
        flow.show("", text, new TextRange(0, text.length()), typed, suggestion.kind() == Suggestion.Kind.WORD ? ""
                : "  " + suggestion.kind().name().toLowerCase(java.util.Locale.ROOT));
        // Set again, even to the same node, the graphic would be styled anew by the next CSS pass.
        if (getGraphic() != flow.node()) {
            setGraphic(flow.node());
        }
        setAccessibleText(text);
    }
}
