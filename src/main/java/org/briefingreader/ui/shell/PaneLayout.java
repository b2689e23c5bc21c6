package org.briefingreader.ui.shell;

import java.util.List;
import java.util.Objects;

/**
 * Where the window's two dividers sit and which side panes are shown, in the form kept in
 * {@code ReaderState.dividers}.
 *
 * <p>Both positions are fractions of the whole window width, remembered even while their pane is hidden, so
 * showing a pane again puts it back where it was. Stored as four numbers {@code [library, side, libraryShown,
 * sidePanelShown]}, the flags as 1 (shown) or 0 (hidden) because {@code ReaderState.dividers} holds only fractions;
 * two numbers mean both panes shown, anything else is the default layout.
 *
 * @param library        the divider right of the library pane, 0 to 1
 * @param side           the divider left of the side panel, 0 to 1, not left of {@code library}
 * @param libraryShown   whether the library pane is shown
 * @param sidePanelShown whether the side panel is shown
 */
public record PaneLayout(double library, double side, boolean libraryShown, boolean sidePanelShown) {
    /** A first run: a library column, the reader, and a narrower side panel. */
    public static final PaneLayout DEFAULT = new PaneLayout(0.22, 0.77, true, true);

    public PaneLayout {
        if (!(library >= 0 && library <= 1 && side >= 0 && side <= 1)) {
            throw new IllegalArgumentException("divider positions are fractions from 0 to 1, were " + library
                    + " and " + side);
        }
        if (side < library) {
            throw new IllegalArgumentException("the side panel's divider " + side
                    + " lies left of the library's " + library);
        }
    }

    /** The layout kept in {@code stored}; the default for a list of another length or with impossible values. */
    public static PaneLayout fromStored(List<Double> stored) {
        Objects.requireNonNull(stored, "stored");
        if (stored.size() != 2 && stored.size() != 4) {
            return DEFAULT;
        }
        double library = stored.get(0);
        double side = stored.get(1);
        if (!(library >= 0 && side <= 1 && library <= side)) {
            return DEFAULT;
        }
        boolean libraryShown = stored.size() == 2 || stored.get(2) >= 0.5;
        boolean sideShown = stored.size() == 2 || stored.get(3) >= 0.5;
        return new PaneLayout(library, side, libraryShown, sideShown);
    }

    /** The four numbers for {@code ReaderState.withDividers}. */
    public List<Double> toStored() {
        return List.of(library, side, libraryShown ? 1.0 : 0.0, sidePanelShown ? 1.0 : 0.0);
    }
}
