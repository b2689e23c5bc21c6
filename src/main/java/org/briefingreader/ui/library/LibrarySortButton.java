package org.briefingreader.ui.library;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A small sort button beside the filter box: its menu offers the {@link LibrarySort} orders as radio items
 * and its tooltip names the current one. A button rather than a combo box keeps the filter box wide in a
 * narrow pane.
 */
final class LibrarySortButton {
    private final MenuButton button = new MenuButton(null, new FontIcon(MaterialDesignS.SORT_VARIANT));

    LibrarySortButton(ObjectProperty<LibrarySort> sort) {
        button.getStyleClass().addAll("library-sort", Styles.BUTTON_ICON, Styles.FLAT, Tweaks.NO_ARROW);
        Tooltip tooltip = new Tooltip();
        button.setTooltip(tooltip);
        ToggleGroup group = new ToggleGroup();
        for (LibrarySort order : LibrarySort.values()) {
            RadioMenuItem item = new RadioMenuItem(order.label());
            item.setToggleGroup(group);
            item.setUserData(order);
            item.setOnAction(event -> sort.set(order));
            button.getItems().add(item);
        }
        Runnable show = () -> {
            LibrarySort current = sort.get() == null ? LibrarySort.NEWEST : sort.get();
            tooltip.setText("Sort: " + current.label());
            button.setAccessibleText(tooltip.getText()); // the button shows an icon only
            group.getToggles().forEach(t -> t.setSelected(t.getUserData() == current));
        };
        sort.addListener((obs, old, order) -> show.run());
        show.run();
    }

    MenuButton node() {
        return button;
    }
}
