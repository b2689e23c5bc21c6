package org.briefingreader.ui.reader;

import java.util.Objects;
import org.briefingreader.domain.SectionKind;

/**
 * One unit of the reading pane: a canonical-text unit (see {@code CanonicalText}) with what it is, so the pane
 * can style it, and the section it belongs to, so the outline can follow the reading position.
 *
 * @param sectionId   the enclosing section's id; empty for units before the first section (title, summary, lede)
 * @param sectionKind the enclosing section's kind (its outline icon); {@link SectionKind#OTHER} before the first
 * @param listMark    the mark the pane draws beside a list item ({@code "•"}, {@code "2."}; see
 *                    {@code ListMarkers}), empty for any other unit; never part of {@code text}
 */
public record ReaderUnit(String id, Kind kind, String text, String sectionId, SectionKind sectionKind,
        String listMark) {
    /** The mark of bulleted list items in the pane. */
    public static final String BULLET = "\u2022";

    /** What a unit is; each kind is one paragraph style class of the pane. */
    public enum Kind {
        TITLE("unit-title"),
        SUBTITLE("unit-subtitle"),
        CAPTION("unit-caption"),
        SUMMARY("unit-summary"),
        LEDE("unit-lede"),
        HEADING("unit-heading"),
        PARAGRAPH("unit-paragraph");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    public ReaderUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(sectionKind, "sectionKind");
        Objects.requireNonNull(listMark, "listMark");
    }

    /** A unit that is no list item. */
    public ReaderUnit(String id, Kind kind, String text, String sectionId, SectionKind sectionKind) {
        this(id, kind, text, sectionId, sectionKind, "");
    }

    /** A unit whose section kind does not matter (before the first section, or in a test). */
    public ReaderUnit(String id, Kind kind, String text, String sectionId) {
        this(id, kind, text, sectionId, SectionKind.OTHER);
    }

    /** Whether the unit is an item of a bulleted or numbered list. */
    public boolean isListItem() {
        return !listMark.isEmpty();
    }
}
