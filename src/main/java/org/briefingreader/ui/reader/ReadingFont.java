package org.briefingreader.ui.reader;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.briefingreader.domain.state.ReaderState;

/**
 * The body font of the reading pane: its size, in pixels, kept within readable limits (headings scale with it),
 * and its family (headings keep the interface's).
 */
public final class ReadingFont {
    public static final double DEFAULT_SIZE = 16;
    public static final double MIN_SIZE = 10;
    public static final double MAX_SIZE = 32;
    private static final double STEP = 2;

    public static final String DEFAULT_FAMILY = ReaderState.DEFAULT_FONT_FAMILY;

    /** What a family name must not hold: it is written into a style. */
    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[\\p{Cntrl}\"';{}\\\\]");

    private final ReadOnlyDoubleWrapper size = new ReadOnlyDoubleWrapper(DEFAULT_SIZE);
    private final ReadOnlyStringWrapper family = new ReadOnlyStringWrapper(DEFAULT_FAMILY);

    public ReadOnlyStringProperty familyProperty() {
        return family.getReadOnlyProperty();
    }

    /** Sets the family; one {@link ReaderState} would refuse (blank, or with CSS punctuation) keeps the current. */
    public void setFamily(String name) {
        if (name != null && !name.isBlank() && !UNSAFE.matcher(name).find()
                && name.length() <= ReaderState.MAX_FONT_FAMILY) {
            family.set(name);
        }
    }

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
