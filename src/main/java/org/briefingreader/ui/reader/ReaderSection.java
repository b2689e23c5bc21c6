package org.briefingreader.ui.reader;

import java.util.List;
import java.util.Objects;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;

/** A section as the reader shows it: its id (for the outline), heading, kind (its icon) and paragraph texts. */
public record ReaderSection(String id, String heading, SectionKind kind, List<String> paragraphs) {
    public ReaderSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        paragraphs = List.copyOf(paragraphs);
    }

    /** A section of kind {@link SectionKind#OTHER}. */
    public ReaderSection(String id, String heading, List<String> paragraphs) {
        this(id, heading, SectionKind.OTHER, paragraphs);
    }

    /** The reader's view of {@code section}: its texts without the paragraph ids. */
    public static ReaderSection of(Section section) {
        return new ReaderSection(section.id(), section.heading(), section.kind(),
                section.paragraphs().stream().map(Paragraph::text).toList());
    }
}
