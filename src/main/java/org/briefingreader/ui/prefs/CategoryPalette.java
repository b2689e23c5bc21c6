package org.briefingreader.ui.prefs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.ui.notes.NotesParts;
import org.briefingreader.ui.reader.PaneHighlight;
import org.briefingreader.ui.support.UserMessages;

/**
 * The library's categories and the style sheet that paints each category's highlights in its own colour, read in
 * the background at start and again after every change made in the window ({@link NotesParts#changed()}), so a
 * category added or recoloured in Preferences (or by the command line before the window opened) paints in its
 * colour. {@code briefing.css} keeps colours for the default categories, for a window without annotations.
 *
 * <p>The sheet is handed to JavaFX as a {@code data:} URL: a name, not a connection.
 */
public final class CategoryPalette {
    /** How strongly a category's colour lies over the paper: the text keeps its contrast in either theme. */
    static final double LIGHT_ALPHA = 0.38;
    static final double DARK_ALPHA = 0.3;

    private final NotesParts parts;
    private final ReadOnlyObjectWrapper<List<Category>> categories = new ReadOnlyObjectWrapper<>(this, "categories",
            List.of());
    private final ReadOnlyStringWrapper stylesheet = new ReadOnlyStringWrapper(this, "stylesheet", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private long latest;

    public CategoryPalette(NotesParts parts) {
        this.parts = Objects.requireNonNull(parts, "parts");
        parts.revisionProperty().addListener((obs, old, revision) -> reload());
        reload();
    }

    /** The categories as last read, in the library's order. */
    public ReadOnlyObjectProperty<List<Category>> categoriesProperty() {
        return categories.getReadOnlyProperty();
    }

    /** A {@code data:} URL of the style sheet for {@link #categoriesProperty()}; empty before the first read. */
    public ReadOnlyStringProperty stylesheetProperty() {
        return stylesheet.getReadOnlyProperty();
    }

    /** Why the categories could not be read, in one line; empty when they were. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads the categories again; an answer overtaken by a later request is dropped. */
    public void reload() {
        long request = ++latest;
        parts.runner().run("read the categories", () -> parts.access().open().categories(), read -> {
            if (request == latest) {
                problem.set("");
                categories.set(List.copyOf(read));
                stylesheet.set(dataUrl(css(read)));
            }
        }, error -> {
            if (request == latest) {
                problem.set("Could not read the categories: " + UserMessages.describe(error));
            }
        });
    }

    /** The rules painting each category's highlights, light and dark, as {@code briefing.css} paints the defaults. */
    static String css(List<Category> categories) {
        StringBuilder css = new StringBuilder();
        for (Category category : categories) {
            String selector = ".briefing-text .text." + PaneHighlight.classOf(category.key());
            css.append(selector).append(" { -rtfx-background-color: ").append(rgba(category.colour(), LIGHT_ALPHA))
                    .append("; }\n");
            css.append(".reader-window:dark ").append(selector).append(" { -rtfx-background-color: ")
                    .append(rgba(category.colour(), DARK_ALPHA)).append("; }\n");
        }
        return css.toString();
    }

    /** {@code #rrggbb} as {@code rgba(r, g, b, alpha)}. */
    static String rgba(String colour, double alpha) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.2f)", rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff,
                alpha);
    }

    static String dataUrl(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
