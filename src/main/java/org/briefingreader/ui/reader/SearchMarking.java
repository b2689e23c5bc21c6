package org.briefingreader.ui.reader;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;

/**
 * The search marks of the shown document: the offsets belong to one text, so they are dropped (set to
 * {@link SearchMarks#NONE}) whenever another document is shown or the reader is cleared.
 */
final class SearchMarking {
    private final ReadOnlyObjectWrapper<SearchMarks> marks = new ReadOnlyObjectWrapper<>(SearchMarks.NONE);
    private final ObservableObjectValue<ReaderDocument> document;

    SearchMarking(ObservableObjectValue<ReaderDocument> document) {
        this.document = Objects.requireNonNull(document, "document");
        // A change listener fires only for a document that is not equal to the last: the same briefing shown
        // again keeps its text, so its marks still fit.
        document.addListener((obs, old, now) -> marks.set(SearchMarks.NONE));
    }

    ReadOnlyObjectProperty<SearchMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Shows {@code next} on the current document; ranges beyond its text are dropped, as from an older search. */
    void show(SearchMarks next) {
        marks.set(Objects.requireNonNull(next, "marks").within(document.get().text().length()));
    }
}
