package org.briefingreader.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The panel right of the reading pane: tabs Search, Notes and Related. Each holds a placeholder sentence until the
 * feature behind it sets its own content through {@link #searchTab()}, {@link #notesTab()}, {@link #relatedTab()}.
 */
public final class SidePanel {
    private final TabPane tabs = new TabPane();
    private final Tab search = tab("Search", MaterialDesignM.MAGNIFY,
            "Search across every briefing will appear here.");
    private final Tab notes = tab("Notes", MaterialDesignN.NOTE_TEXT_OUTLINE,
            "Your highlights and notes on this briefing will appear here.");
    private final Tab related = tab("Related", MaterialDesignV.VECTOR_LINK,
            "Briefings related to this one will appear here.");

    public SidePanel() {
        tabs.getTabs().setAll(search, notes, related);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("side-panel");
        tabs.setMinWidth(0);
    }

    public Tab searchTab() {
        return search;
    }

    public Tab notesTab() {
        return notes;
    }

    public Tab relatedTab() {
        return related;
    }

    /** Brings {@code tab} (one of this panel's) to the front. */
    public void select(Tab tab) {
        tabs.getSelectionModel().select(tab);
    }

    public Region root() {
        return tabs;
    }

    private static Tab tab(String name, Ikon icon, String placeholder) {
        Label text = new Label(placeholder);
        text.setWrapText(true);
        text.setAlignment(Pos.CENTER);
        text.getStyleClass().add("side-placeholder");
        StackPane content = new StackPane(text);
        content.getStyleClass().add("side-content");
        Tab tab = new Tab(name, content);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }
}
