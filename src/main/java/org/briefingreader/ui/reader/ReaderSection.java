package org.briefingreader.ui.reader;

import java.util.List;
import java.util.Objects;

/** A section as the reader shows it: its id (for the outline), heading, and paragraph texts in order. */
public record ReaderSection(String id, String heading, List<String> paragraphs) {
    public ReaderSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
    }
}
