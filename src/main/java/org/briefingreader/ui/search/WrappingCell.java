package org.briefingreader.ui.search;

import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/**
 * A list cell whose graphic wraps at a width of its own (bound to the list's width): the cell is as high as the
 * graphic wrapped at that width. Asked for its height at no particular width, a wrapping graphic answers for one
 * unwrapped line, and the row would cut it off or run into the next.
 */
abstract class WrappingCell<T> extends ListCell<T> {
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof Region graphic) {
            return snappedTopInset() + snappedBottomInset() + graphic.prefHeight(graphic.prefWidth(-1));
        }
        return super.computePrefHeight(width);
    }
}
