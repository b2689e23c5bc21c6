package org.briefingreader.ui.reader;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;

/**
 * The highlights painted on the shown document: their offsets belong to one text, so they are dropped whenever
 * another document is shown, until the highlights of the new one arrive.
 */
final class HighlightMarking {
    private final ReadOnlyObjectWrapper<List<PaneHighlight>> highlights = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableObjectValue<ReaderDocument> document;

    HighlightMarking(ObservableObjectValue<ReaderDocument> document) {
        this.document = Objects.requireNonNull(document, "document");
        document.addListener((obs, old, now) -> highlights.set(List.of()));
    }

    ReadOnlyObjectProperty<List<PaneHighlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** Shows {@code next} on the current document; ranges ending beyond its text are dropped. */
    void show(List<PaneHighlight> next) {
        int length = document.get().text().length();
        highlights.set(Objects.requireNonNull(next, "highlights").stream()
                .filter(highlight -> highlight.range().end() <= length).toList());
    }
}
