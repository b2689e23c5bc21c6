package org.briefingreader.ui.reader;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.TextRange;

/**
 * A highlight as the reading pane paints it: a UTF-16 range {@code [start, end)} of {@link ReaderDocument#text()}
 * the key of its category, if it has one (see {@code Category#key()}), and the id of its annotation, so a click on
 * it can open that annotation (empty for a highlight that stands for none, as in tests of the painting alone).
 */
public record PaneHighlight(TextRange range, Optional<String> categoryKey, Optional<UUID> annotationId) {
    /** The style class every highlight carries, see {@code briefing.css}. */
    public static final String STYLE_CLASS = "highlight";

    public PaneHighlight {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(categoryKey, "categoryKey");
        categoryKey = categoryKey.map(PaneHighlight::sanitise).filter(key -> !key.isEmpty());
        Objects.requireNonNull(annotationId, "annotationId");
    }

    /** A highlight of no particular annotation. */
    public PaneHighlight(TextRange range, Optional<String> categoryKey) {
        this(range, categoryKey, Optional.empty());
    }

    /** True when UTF-16 offset {@code offset} is one of its characters. */
    public boolean covers(int offset) {
        return offset >= range.start() && offset < range.end();
    }

    /** The style class of the category's colour ({@code highlight-evidence}); empty without a category. */
    public Optional<String> categoryClass() {
        return categoryKey.map(key -> STYLE_CLASS + "-" + key);
    }

    /** The style class painting category {@code categoryKey}'s highlights ({@code highlight-evidence}). */
    public static String classOf(String categoryKey) {
        return STYLE_CLASS + "-" + sanitise(categoryKey);
    }

    /** A CSS class name from a category key: lower case, runs of other characters as one hyphen. */
    static String sanitise(String key) {
        String lower = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return lower.replaceAll("^-+|-+$", "");
    }
}
