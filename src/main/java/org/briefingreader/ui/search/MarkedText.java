package org.briefingreader.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.briefingreader.domain.TextRange;

/**
 * A text with some words marked, in a {@link TextFlow} whose nodes are kept and only relabelled when it shows
 * another text: a lead-in, then plain and marked pieces in turn, then a tail. Each node keeps its style class for
 * life, so showing a new text (at every keystroke, in every visible row) costs no CSS pass over new nodes.
 */
final class MarkedText {
    private static final String ELLIPSIS = "\u2026";

    private final TextFlow flow = new TextFlow();
    private final Text lead = new Text();
    private final Text tail = new Text();
    private final List<Text> pieces = new ArrayList<>();
    private final String plainClass;
    private final String markClass;

    MarkedText(String leadClass, String plainClass, String markClass, String tailClass) {
        this.plainClass = plainClass;
        this.markClass = markClass;
        lead.getStyleClass().add(leadClass);
        tail.getStyleClass().add(tailClass);
        flow.getChildren().addAll(lead, tail);
    }

    TextFlow node() {
        return flow;
    }

    /**
     * Shows the {@code window} of {@code text} (an ellipsis where it was cut) with {@code marks} (sorted, not
     * overlapping; parts outside the window dropped) marked, after {@code leadIn} and before {@code tailText}.
     */
    void show(String leadIn, String text, TextRange window, List<TextRange> marks, String tailText) {
        List<String> alternating = alternating(text, window, marks);
        while (pieces.size() < alternating.size()) {
            Text piece = new Text();
            piece.getStyleClass().add(pieces.size() % 2 == 0 ? plainClass : markClass);
            pieces.add(piece);
            flow.getChildren().add(flow.getChildren().size() - 1, piece);
        }
        lead.setText(leadIn);
        for (int i = 0; i < pieces.size(); i++) {
            pieces.get(i).setText(i < alternating.size() ? alternating.get(i) : "");
        }
        tail.setText(tailText);
    }

    /** Plain, marked, plain, ... pieces of the window, starting and ending with a plain one (perhaps empty). */
    static List<String> alternating(String text, TextRange window, List<TextRange> marks) {
        List<String> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder(window.start() > 0 ? ELLIPSIS : "");
        int at = window.start();
        for (TextRange mark : marks) {
            int start = Math.max(mark.start(), window.start());
            int end = Math.min(mark.end(), window.end());
            if (start >= end || start < at) {
                continue;
            }
            plain.append(text, at, start);
            out.add(plain.toString());
            out.add(text.substring(start, end));
            plain.setLength(0);
            at = end;
        }
        plain.append(text, at, window.end());
        if (window.end() < text.length()) {
            plain.append(ELLIPSIS);
        }
        out.add(plain.toString());
        return out;
    }
}
