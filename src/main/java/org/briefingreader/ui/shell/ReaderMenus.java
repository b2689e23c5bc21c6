package org.briefingreader.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.prefs.PreferencesDialog;
import org.briefingreader.ui.search.SearchScope;
import org.briefingreader.ui.transfer.ImportCommands;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The window's menus: File, Edit, View, Search, Go and Help, with the platform's shortcut key (Ctrl, or Cmd on
 * macOS) and, on macOS, in the system menu bar.
 *
 * <p>Zoom and section keys are also handled by {@link ReaderKeys}' event filter. Each key press still acts once:
 * the filter consumes the key before the scene's accelerators see it, and a menu click is no key press.
 */
final class ReaderMenus {
    /** The accelerators, shown in the menus and listed by Help &gt; Keyboard Shortcuts. */
    static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    static final KeyCombination ZOOM_IN = KeyCombination.keyCombination("Shortcut+Equals");
    static final KeyCombination ZOOM_OUT = KeyCombination.keyCombination("Shortcut+Minus");
    static final KeyCombination ACTUAL_SIZE = KeyCombination.keyCombination("Shortcut+0");
    /** L for library, P for panel; Shift keeps them off the plain shortcuts text fields use. */
    static final KeyCombination SHOW_LIBRARY = KeyCombination.keyCombination("Shortcut+Shift+L");
    static final KeyCombination SHOW_SIDE_PANEL = KeyCombination.keyCombination("Shortcut+Shift+P");
    static final KeyCombination BACK = KeyCombination.keyCombination("Alt+Left");
    static final KeyCombination FORWARD = KeyCombination.keyCombination("Alt+Right");
    static final KeyCombination NEXT_SECTION = KeyCombination.keyCombination("Alt+Down");
    static final KeyCombination PREVIOUS_SECTION = KeyCombination.keyCombination("Alt+Up");

    private final ReaderWindowViewModel model;
    private final SearchCommands search;
    private final AnnotationCommands annotations;
    private final ExportCommands exports;
    private final ImportCommands imports;
    private final Runnable quit;
    private final HelpDialogs help;
    private final Runnable preferences;
    private final Menu openRecent = new Menu("Open Recent");

    private ReaderMenus(ReaderWindowViewModel model, SearchCommands search, AnnotationCommands annotations,
            ExportCommands exports, ImportCommands imports, Runnable quit, HelpDialogs help, Runnable preferences) {
        this.preferences = preferences;
        this.model = model;
        this.exports = exports;
        this.search = search;
        this.annotations = annotations;
        this.imports = imports;
        this.quit = quit;
        this.help = help;
    }

    /** The menu bar for {@code model}'s window; {@code quit} closes the window, {@code preferences} opens them. */
    static MenuBar create(ReaderWindowViewModel model, SearchCommands search, AnnotationCommands annotations,
            ExportCommands exports, ImportCommands imports, Runnable quit, HelpDialogs help, Runnable preferences) {
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(quit, "quit");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(preferences, "preferences");
        ReaderMenus menus = new ReaderMenus(model, search, annotations, exports, imports, quit, help, preferences);
        MenuBar bar = new MenuBar(menus.file(), menus.edit(), menus.view(), menus.search(), menus.go(), menus.help());
        bar.setUseSystemMenuBar(true);
        bar.getStyleClass().add("reader-menu-bar");
        return bar;
    }

    private Menu file() {
        openRecent.setId("open-recent");
        openRecent.setGraphic(icon(MaterialDesignH.HISTORY));
        model.recentIds().addListener((ListChangeListener<String>) change -> fillRecent());
        model.library().entriesProperty().addListener((ListChangeListener<LibraryEntry>) change -> fillRecent());
        fillRecent();
        MenuItem export = item("Export Notes\u2026", MaterialDesignE.EXPORT, ExportCommands.EXPORT, exports::open);
        export.setId("export-notes");
        MenuItem exit = item("Quit", MaterialDesignE.EXIT_TO_APP, QUIT, quit);
        MenuItem prefs = item("Preferences\u2026", MaterialDesignC.COG_OUTLINE, PreferencesDialog.KEY, preferences);
        prefs.setId("preferences");
        return new Menu("File", null,
                item("Import Files\u2026", MaterialDesignF.FILE_IMPORT_OUTLINE, ImportCommands.IMPORT_FILES,
                        imports::importFiles),
                item("Import Folder\u2026", MaterialDesignF.FOLDER_DOWNLOAD_OUTLINE, ImportCommands.IMPORT_FOLDER,
                        imports::importFolder),
                new SeparatorMenuItem(), openRecent, new SeparatorMenuItem(), export, new SeparatorMenuItem(), prefs,
                new SeparatorMenuItem(), exit);
    }

    /** One item per recent briefing still in the library, by title; the submenu is disabled when there is none. */
    private void fillRecent() {
        List<LibraryEntry> recent = model.recentEntries();
        openRecent.getItems().setAll(recent.stream().map(entry -> {
            MenuItem item = new MenuItem(entry.title());
            item.setMnemonicParsing(false); // a title's underscores are text
            item.setOnAction(e -> model.openRecent(entry.id()));
            return item;
        }).toList());
        openRecent.setDisable(recent.isEmpty());
    }

    private Menu edit() {
        return new Menu("Edit", null,
                item("Undo", MaterialDesignU.UNDO, AnnotationCommands.UNDO, annotations::undo),
                item("Redo", MaterialDesignR.REDO, AnnotationCommands.REDO, annotations::redo),
                new SeparatorMenuItem(),
                item("Highlight Selection", MaterialDesignM.MARKER, AnnotationCommands.HIGHLIGHT,
                        annotations::highlightSelection),
                item("Add Note\u2026", MaterialDesignN.NOTE_PLUS_OUTLINE, AnnotationCommands.ADD_NOTE,
                        annotations::addNote));
    }

    private Menu view() {
        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu("Theme", icon(MaterialDesignT.THEME_LIGHT_DARK));
        for (Theme choice : List.of(Theme.SYSTEM, Theme.LIGHT, Theme.DARK)) {
            RadioMenuItem item = new RadioMenuItem(themeName(choice));
            item.setId("theme-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(themes);
            item.setSelected(model.theme().chosenProperty().get() == choice);
            item.setOnAction(e -> model.theme().chosenProperty().set(choice));
            model.theme().chosenProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
            theme.getItems().add(item);
        }
        CheckMenuItem showLibrary = new CheckMenuItem("Show Library");
        showLibrary.setId("show-library");
        showLibrary.setAccelerator(SHOW_LIBRARY);
        showLibrary.selectedProperty().bindBidirectional(model.libraryShownProperty());
        CheckMenuItem showSide = new CheckMenuItem("Show Side Panel");
        showSide.setId("show-side-panel");
        showSide.setAccelerator(SHOW_SIDE_PANEL);
        showSide.selectedProperty().bindBidirectional(model.sidePanelShownProperty());
        return new Menu("View", null, theme, new SeparatorMenuItem(),
                item("Zoom In", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, ZOOM_IN, model.reader()::increaseFontSize),
                item("Zoom Out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, ZOOM_OUT, model.reader()::decreaseFontSize),
                item("Actual Size", MaterialDesignM.MAGNIFY, ACTUAL_SIZE, model.reader()::resetFontSize),
                new SeparatorMenuItem(), showLibrary, showSide);
    }

    private Menu search() {
        MenuItem next = item("Next Hit", MaterialDesignC.CHEVRON_DOWN, SearchCommands.NEXT_HIT, search::next);
        MenuItem previous = item("Previous Hit", MaterialDesignC.CHEVRON_UP, SearchCommands.PREVIOUS_HIT,
                search::previous);
        return new Menu("Search", null,
                item("Find in Briefing", MaterialDesignF.FILE_FIND_OUTLINE, SearchCommands.FIND,
                        () -> search.find(SearchScope.BRIEFING)),
                item("Find in Library", MaterialDesignM.MAGNIFY, SearchCommands.FIND_IN_LIBRARY,
                        () -> search.find(SearchScope.LIBRARY)),
                new SeparatorMenuItem(), next, previous);
    }

    private Menu go() {
        MenuItem back = item("Back", MaterialDesignA.ARROW_LEFT, BACK, model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        MenuItem forward = item("Forward", MaterialDesignA.ARROW_RIGHT, FORWARD, model::forward);
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        return new Menu("Go", null, back, forward, new SeparatorMenuItem(),
                item("Next Section", MaterialDesignC.CHEVRON_DOWN, NEXT_SECTION, model.reader()::nextSection),
                item("Previous Section", MaterialDesignC.CHEVRON_UP, PREVIOUS_SECTION,
                        model.reader()::previousSection));
    }

    private Menu help() {
        return new Menu("Help", null,
                item("Keyboard Shortcuts", MaterialDesignK.KEYBOARD_OUTLINE, null, help::showShortcuts),
                item("About Briefing Reader", MaterialDesignI.INFORMATION_OUTLINE, null, help::showAbout));
    }

    static String themeName(Theme theme) {
        return switch (theme) {
            case SYSTEM -> "System";
            case LIGHT -> "Light";
            case DARK -> "Dark";
        };
    }

    private static MenuItem item(String text, Ikon ikon, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text, icon(ikon));
        item.setId(text.toLowerCase(java.util.Locale.ROOT).replace("\u2026", "").replace(' ', '-'));
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("menu-icon");
        return icon;
    }
}
