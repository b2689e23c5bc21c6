package org.briefingreader.domain.state;

/**
 * Where the reader window was and how big, in screen coordinates, so the next start puts it back.
 *
 * @param x         left edge
 * @param y         top edge
 * @param width     width, positive
 * @param height    height, positive
 * @param maximized whether the window filled the screen (x, y, width and height are then its last normal bounds)
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    public WindowPlacement {
        requireFinite(x, "x");
        requireFinite(y, "y");
        requireFinite(width, "width");
        requireFinite(height, "height");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("window size must be positive, was " + width + " x " + height);
        }
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + value);
        }
    }
}
