package org.briefingreader.ui.prefs;

import java.util.Objects;
import javafx.scene.Parent;

/** Keeps a {@link CategoryPalette}'s style sheet on a node (the reading pane's), replacing it as it changes. */
public final class PaletteStyles {
    private PaletteStyles() {
    }

    /**
     * Adds the palette's sheet after {@code node}'s own (so it outranks {@code briefing.css}'s default colours at
     * equal specificity) now and at every change. Call on the FX thread.
     */
    public static void follow(CategoryPalette palette, Parent node) {
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(node, "node");
        use(node, "", palette.stylesheetProperty().get());
        palette.stylesheetProperty().addListener((obs, old, now) -> use(node, old, now));
    }

    private static void use(Parent node, String old, String now) {
        if (!old.isEmpty()) {
            node.getStylesheets().remove(old);
        }
        if (!now.isEmpty()) {
            node.getStylesheets().add(now);
        }
    }
}
