package org.briefingreader.ui.notes;

import javafx.scene.shape.Circle;

/** A category's colour as a small dot beside its name; a hollow ring for "no category". */
final class CategorySwatch {
    private static final double RADIUS = 6;

    private CategorySwatch() {
    }

    /** A dot of {@code colour} ({@code #rrggbb}); a ring when {@code colour} is null. */
    static Circle of(String colour) {
        Circle dot = new Circle(RADIUS);
        dot.getStyleClass().add("category-swatch");
        if (colour == null) {
            dot.getStyleClass().add("category-swatch-none");
        } else {
            dot.setStyle("-fx-fill: " + colour + ";");
        }
        return dot;
    }
}
