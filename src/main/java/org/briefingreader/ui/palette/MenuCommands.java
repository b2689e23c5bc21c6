package org.briefingreader.ui.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The commands of a menu bar, found by walking its menus as they are now, so that an item added to the menus
 * anywhere shows in the palette and in the shortcut list without being listed twice.
 */
public final class MenuCommands {
    /** A menu item with its place: the menus above it, {@code "View › Theme"}. */
    public record Entry(MenuItem item, String path) {
        public Entry {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(path, "path");
        }

        /** The item's text without the mnemonic marker: "_File" is "File". */
        public String name() {
            return MenuCommands.text(item);
        }
    }

    private MenuCommands() {
    }

    /**
     * Every item that does something: plain, check and radio items, in menu order, with the submenus' items in
     * place of the submenus; separators and items without text are left out. Disabled and hidden items are in
     * too ({@link #commands} leaves them out), so a key list shows every key whatever the state now.
     */
    public static List<Entry> entries(MenuBar bar) {
        Objects.requireNonNull(bar, "bar");
        List<Entry> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            walk(menu, text(menu), out);
        }
        return out;
    }

    /** The palette's commands: the items enabled and shown now, each running as a click on it would. */
    public static List<Command> commands(MenuBar bar) {
        List<Command> out = new ArrayList<>();
        for (Entry entry : entries(bar)) {
            if (usable(entry.item())) {
                MenuItem item = entry.item();
                String key = item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
                out.add(new Command(entry.name(), entry.path(), key, () -> activate(item)));
            }
        }
        return out;
    }

    /**
     * What a click on {@code item} does: a check item flips, a radio item is chosen, and then its action runs
     * (as the menu's own skin and the accelerators do; {@link MenuItem#fire()} alone changes neither).
     */
    public static void activate(MenuItem item) {
        if (item instanceof RadioMenuItem radio) {
            radio.setSelected(true);
        } else if (item instanceof CheckMenuItem check) {
            check.setSelected(!check.isSelected());
        }
        item.fire();
    }

    private static void walk(Menu menu, String path, List<Entry> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem || item instanceof CustomMenuItem) {
                continue;
            }
            if (item instanceof Menu submenu) {
                walk(submenu, path + Command.SEPARATOR + text(submenu), out);
            } else if (!text(item).isBlank()) {
                out.add(new Entry(item, path));
            }
        }
    }

    /** Enabled and shown, and so are the menus above it (a disabled submenu cannot be opened). */
    private static boolean usable(MenuItem item) {
        for (MenuItem at = item; at != null; at = at.getParentMenu()) {
            if (at.isDisable() || !at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static String text(MenuItem item) {
        String text = item.getText() == null ? "" : item.getText();
        return item.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }
}
