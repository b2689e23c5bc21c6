package org.briefingreader.ui.reader;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** The body font size of the reading pane, in pixels, kept within readable limits; headings scale with it. */
public final class ReadingFont {
    public static final double DEFAULT_SIZE = 16;
    public static final double MIN_SIZE = 10;
    public static final double MAX_SIZE = 32;
    private static final double STEP = 2;

    private final ReadOnlyDoubleWrapper size = new ReadOnlyDoubleWrapper(DEFAULT_SIZE);

    public ReadOnlyDoubleProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Sets the size, clamped to {@value #MIN_SIZE}..{@value #MAX_SIZE}; a size that is not a number resets it. */
    public void set(double pixels) {
        size.set(Double.isNaN(pixels) ? DEFAULT_SIZE : Math.max(MIN_SIZE, Math.min(MAX_SIZE, pixels)));
    }

    public void increase() {
        set(size.get() + STEP);
    }

    public void decrease() {
        set(size.get() - STEP);
    }

    public void reset() {
        set(DEFAULT_SIZE);
    }
}
