package org.briefingreader.export;

import java.util.List;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Category;

/**
 * What a notes file held: its annotations in file order, and the categories whose colours it gave.
 *
 * @param annotations each annotation once, in file order; those from other tools have no unit ids and an unknown
 *                    {@code anchoredTo} ({@link JsonLdNotesReader#UNKNOWN_VERSION}), so they are placed again
 * @param categories  the categories named with a colour, first spelling kept; a category an annotation names without
 *                    a colour is not among them (the library gives it one when it adds it)
 */
public record ImportedNotes(List<Annotation> annotations, List<Category> categories) {
    public ImportedNotes {
        annotations = List.copyOf(annotations);
        categories = List.copyOf(categories);
    }
}
