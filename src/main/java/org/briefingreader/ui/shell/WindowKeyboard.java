package org.briefingreader.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.briefingreader.ui.palette.Command;
import org.briefingreader.ui.palette.CommandPalette;
import org.briefingreader.ui.palette.CommandPaletteViewModel;
import org.briefingreader.ui.palette.MenuCommands;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The window's keyboard access beyond the menus: the command palette (Ctrl+K, and View &gt; Command Palette…) over
 * every enabled menu item and a few commands of its own, and F6 between the panes ({@link FocusCycle}).
 */
final class WindowKeyboard {
    static final KeyCombination COMMAND_PALETTE = KeyCombination.keyCombination("Shortcut+K");

    private final ReaderWindowViewModel model;
    private final MenuBar menus;
    private final SidePanel sidePanel;
    private final FocusCycle focus;
    private final CommandPaletteViewModel paletteModel = new CommandPaletteViewModel();
    private final CommandPalette palette;

    /**
     * Keyboard access for the window of {@code model} with these {@code menus}, library pane {@code libraryRoot}
     * (its list found by the style class {@code library-list}), reading pane text {@code reader} and side panel.
     */
    WindowKeyboard(ReaderWindowViewModel model, MenuBar menus, Node libraryRoot, Node reader, SidePanel sidePanel) {
        this.model = Objects.requireNonNull(model, "model");
        this.menus = Objects.requireNonNull(menus, "menus");
        this.sidePanel = Objects.requireNonNull(sidePanel, "sidePanel");
        Node list = Objects.requireNonNullElse(libraryRoot.lookup(".library-list"), libraryRoot);
        focus = new FocusCycle(libraryRoot, list, reader, (TabPane) sidePanel.root());
        palette = new CommandPalette(paletteModel, this::commands);
        addPaletteItem();
    }

    /** {@code content} with the palette's layer over it. */
    Region withPalette(Node content) {
        return new StackPane(content, palette.root());
    }

    /** Handles F6, Shift+F6 and the side panel's Ctrl+Tab below {@code root}. */
    void install(Node root) {
        focus.install(root);
    }

    /** Opens the palette, or closes it when open. */
    void togglePalette() {
        palette.toggle();
    }

    /** The menus' enabled items, then the commands that are no menu item. */
    List<Command> commands() {
        List<Command> all = new ArrayList<>(MenuCommands.commands(menus));
        all.add(tabCommand(sidePanel.searchTab()));
        all.add(tabCommand(sidePanel.notesTab()));
        all.add(tabCommand(sidePanel.relatedTab()));
        all.add(new Command("Focus Library List", "", "", () -> {
            model.libraryShownProperty().set(true);
            focus.focusLibrary();
        }));
        all.add(new Command("Focus Reading Pane", "", "", focus::focusReader));
        all.add(new Command("Focus Side Panel", "", "", () -> {
            model.sidePanelShownProperty().set(true);
            focus.focusSidePanel();
        }));
        return all;
    }

    private Command tabCommand(Tab tab) {
        return new Command("Show " + tab.getText() + " Tab", "Side Panel", "", () -> {
            model.sidePanelShownProperty().set(true);
            sidePanel.select(tab);
            focus.focusSidePanel();
        });
    }

    /** View &gt; Command Palette…, last in the View menu (the last menu if there is no View). */
    private void addPaletteItem() {
        MenuItem item = new MenuItem("Command Palette\u2026", new FontIcon(MaterialDesignC.CONSOLE_LINE));
        item.getGraphic().getStyleClass().add("menu-icon");
        item.setId("command-palette");
        item.setAccelerator(COMMAND_PALETTE);
        item.setOnAction(event -> togglePalette());
        Menu view = menus.getMenus().stream().filter(menu -> "View".equals(menu.getText())).findFirst()
                .orElse(menus.getMenus().get(menus.getMenus().size() - 1));
        view.getItems().addAll(new SeparatorMenuItem(), item);
    }
}
