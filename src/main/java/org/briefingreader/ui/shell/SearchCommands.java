package org.briefingreader.ui.shell;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.briefingreader.ui.search.SearchScope;
import org.briefingreader.ui.search.SearchView;
import org.briefingreader.ui.search.SearchViewModel;

/**
 * The window's search commands, from the Search menu and from the keys wherever the focus is: Ctrl+F searches the
 * briefing being read, Ctrl+Shift+F the library (both open the side panel on the Search tab and put the keyboard in
 * the box), F3 and Shift+F3 walk to the next and previous hit.
 */
final class SearchCommands {
    static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    static final KeyCombination FIND_IN_LIBRARY = KeyCombination.keyCombination("Shortcut+Shift+F");
    static final KeyCombination NEXT_HIT = KeyCombination.keyCombination("F3");
    static final KeyCombination PREVIOUS_HIT = KeyCombination.keyCombination("Shift+F3");

    private final ReaderWindowViewModel window;
    private final SidePanel panel;
    private final SearchView view;

    SearchCommands(ReaderWindowViewModel window, SidePanel panel, SearchView view) {
        this.window = Objects.requireNonNull(window, "window");
        this.panel = Objects.requireNonNull(panel, "panel");
        this.view = Objects.requireNonNull(view, "view");
    }

    /** Handles the search keys before any control below {@code root} sees them (the text area keeps none of them). */
    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.F && event.getCode() != KeyCode.F3) {
                return;
            }
            if (FIND_IN_LIBRARY.match(event)) {
                find(SearchScope.LIBRARY);
            } else if (FIND.match(event)) {
                find(SearchScope.BRIEFING);
            } else if (PREVIOUS_HIT.match(event)) {
                previous();
            } else if (NEXT_HIT.match(event)) {
                next();
            } else {
                return;
            }
            event.consume();
        });
    }

    /** Opens the Search tab and puts the keyboard in its box, searching {@code scope}. */
    void find(SearchScope scope) {
        window.sidePanelShownProperty().set(true);
        panel.select(panel.searchTab());
        view.focusBox(scope);
    }

    void next() {
        search().next();
    }

    void previous() {
        search().previous();
    }

    private SearchViewModel search() {
        return window.search();
    }
}
