package org.briefingreader.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The split of library | reader | side panel, where the library and the side panel can be hidden and shown again.
 *
 * <p>Hiding a pane takes it out of the split; its divider's position is remembered as a fraction of the whole
 * width (a fraction that stays put when the other side pane comes and goes) and given back when it returns. On a
 * window resize the reader takes the change; the side panes keep the width the user gave them.
 */
final class WorkspaceSplit {
    private final SplitPane split = new SplitPane();
    private final Node library;
    private final Node reader;
    private final Node side;
    private final BooleanProperty libraryShown;
    private final BooleanProperty sideShown;
    private final ReadOnlyObjectWrapper<PaneLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    /** True while the split's items are being replaced: the dividers then report positions of no meaning. */
    private boolean rebuilding;

    WorkspaceSplit(Node library, Node reader, Node side, BooleanProperty libraryShown, BooleanProperty sideShown) {
        this.library = Objects.requireNonNull(library, "library");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.side = Objects.requireNonNull(side, "side");
        this.libraryShown = libraryShown;
        this.sideShown = sideShown;
        SplitPane.setResizableWithParent(library, false);
        SplitPane.setResizableWithParent(side, false);
        split.getStyleClass().add("workspace-split");
        layout.set(new PaneLayout(PaneLayout.DEFAULT.library(), PaneLayout.DEFAULT.side(), libraryShown.get(),
                sideShown.get()));
        libraryShown.addListener((obs, was, is) -> rebuild());
        sideShown.addListener((obs, was, is) -> rebuild());
        rebuild();
    }

    SplitPane root() {
        return split;
    }

    /** The current layout; it changes when a divider is dragged, the window resized or a pane shown or hidden. */
    ReadOnlyObjectProperty<PaneLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Puts the dividers and panes as {@code wanted} says. */
    void restore(PaneLayout wanted) {
        Objects.requireNonNull(wanted, "wanted");
        layout.set(wanted);
        boolean changesPanes = libraryShown.get() != wanted.libraryShown()
                || sideShown.get() != wanted.sidePanelShown();
        if (changesPanes) {
            // Each change of a shown-property rebuilds; the last rebuild sees both and the wanted positions.
            libraryShown.set(wanted.libraryShown());
            sideShown.set(wanted.sidePanelShown());
        } else {
            rebuild();
        }
    }

    private void rebuild() {
        rebuilding = true;
        try {
            PaneLayout now = layout.get();
            List<Node> items = new ArrayList<>(3);
            List<Double> positions = new ArrayList<>(2);
            if (libraryShown.get()) {
                items.add(library);
                positions.add(now.library());
            }
            items.add(reader);
            if (sideShown.get()) {
                items.add(side);
                positions.add(now.side());
            }
            split.getItems().setAll(items);
            split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
            for (SplitPane.Divider divider : split.getDividers()) {
                divider.positionProperty().addListener((obs, old, position) -> dividerMoved());
            }
            layout.set(new PaneLayout(now.library(), now.side(), libraryShown.get(), sideShown.get()));
        } finally {
            rebuilding = false;
        }
    }

    private void dividerMoved() {
        if (rebuilding) {
            return;
        }
        PaneLayout now = layout.get();
        double libraryAt = now.library();
        double sideAt = now.side();
        List<SplitPane.Divider> dividers = split.getDividers();
        int next = 0;
        if (libraryShown.get() && next < dividers.size()) {
            libraryAt = dividers.get(next++).getPosition();
        }
        if (sideShown.get() && next < dividers.size()) {
            sideAt = dividers.get(next).getPosition();
        }
        // A hidden pane's remembered divider yields to the shown one, so the two never cross.
        if (libraryShown.get()) {
            sideAt = Math.max(sideAt, libraryAt);
        } else {
            libraryAt = Math.min(libraryAt, sideAt);
        }
        layout.set(new PaneLayout(clamp(libraryAt), clamp(sideAt), libraryShown.get(), sideShown.get()));
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
