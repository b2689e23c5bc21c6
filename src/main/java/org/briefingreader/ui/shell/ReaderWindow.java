package org.briefingreader.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.briefingreader.ui.library.LibraryView;
import org.briefingreader.ui.reader.BriefingView;
import org.briefingreader.ui.search.SearchView;
import org.briefingreader.ui.notes.AnnotationOverlay;
import org.briefingreader.ui.notes.NotesView;
import org.briefingreader.ui.notes.OrphanPlacement;
import org.briefingreader.ui.search.RelatedView;
import org.briefingreader.ui.transfer.ExportAccess;
import org.briefingreader.ui.transfer.ImportAccess;
import org.briefingreader.ui.transfer.ImportCommands;
import org.briefingreader.ui.transfer.ImportViewModel;
import org.briefingreader.ui.prefs.FolderChooser;
import org.briefingreader.ui.prefs.LibraryFolderAccess;
import org.briefingreader.ui.prefs.PaletteStyles;
import org.briefingreader.ui.prefs.PreferencesDialog;
import org.briefingreader.ui.prefs.PreferencesViewModel;

/**
 * The main window's content: menus along the top; library, reader and side panel (Search, Notes, Related) side by
 * side, the outer two collapsible; a status bar along the bottom. Painted in the theme its model chooses.
 */
public final class ReaderWindow {
    /** First size of the window; big enough for a library column and a full-measure reading column. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 820;

    private final BorderPane root = new BorderPane();
    private final ReaderWindowViewModel model;
    private final SidePanel sidePanel;
    private final WorkspaceSplit split;
    private final StatusBar statusBar;
    private final SearchView searchView;
    private final BriefingView briefingView;
    private final AnnotationOverlay annotating;
    private final ExportCommands exports;
    private final ImportCommands imports;
    private final PreferencesDialog preferences;

    /** A window that cannot import: File &gt; Import says so. */
    public ReaderWindow(ReaderWindowViewModel model) {
        this(model, ExportAccess.NONE,
                new ImportViewModel(ImportAccess.NONE, model.notesParts().runner(), Runnable::run),
                LibraryFolderAccess.NONE);
    }

    /**
     * A window that exports notes through {@code exportAccess}, imports through {@code importModel} and shows
     * and records the library folder (File &gt; Preferences) through {@code libraryFolder}.
     */
    public ReaderWindow(ReaderWindowViewModel model, ExportAccess exportAccess, ImportViewModel importModel,
            LibraryFolderAccess libraryFolder) {
        this.model = Objects.requireNonNull(model, "model");
        // Before the first control: a control's class initialiser loads Modena when no stylesheet is set yet,
        // which the theme would then replace (a wasted load of a large stylesheet at every start).
        ThemeStyles.useStylesheetOf(model.theme());
        sidePanel = new SidePanel();
        LibraryView libraryView = new LibraryView(model.library());
        briefingView = new BriefingView(model.reader());
        annotating = new AnnotationOverlay(model.noteEditor(), model.highlights(), briefingView.textArea(),
                briefingView.root());
        split = new WorkspaceSplit(libraryView.root(), annotating.root(), sidePanel.root(),
                model.libraryShownProperty(), model.sidePanelShownProperty());
        statusBar = new StatusBar(model.statusBar());
        searchView = new SearchView(model.search(), briefingView.textArea()::requestFocus);
        sidePanel.searchTab().setContent(searchView.root());
        OrphanPlacement placement = new OrphanPlacement(model.notesParts(), model.reader(), model.statusBar()::say,
                model.statusBar()::fail);
        exports = new ExportCommands(model, exportAccess, root);
        NotesView notesView = new NotesView(model.notes(), placement, briefingView.textArea().selectionProperty());
        notesView.offerExport(exports::open);
        sidePanel.notesTab().setContent(notesView.root());
        SearchCommands search = new SearchCommands(model, sidePanel, searchView);
        RelatedView.install(model.related(), sidePanel.relatedTab(), model.sidePanelShownProperty(),
                briefingView.textArea().caretPositionProperty());

        AnnotationCommands annotations = new AnnotationCommands(model.highlights(), briefingView.textArea(),
                annotating::addNote);
        imports = new ImportCommands(importModel, root);
        WindowImports.follow(importModel, model);
        PreferencesViewModel prefs = new PreferencesViewModel(model.notesParts(), model.reader(),
                model.theme().chosenProperty(), javafx.scene.text.Font::getFamilies, libraryFolder);
        PaletteStyles.follow(prefs.palette(), briefingView.root());
        preferences = new PreferencesDialog(root, prefs, FolderChooser.SYSTEM);
        MenuBar menus = ReaderMenus.create(model, search, annotations, exports, imports, this::close,
                new HelpDialogs(root), preferences::show);
        root.setTop(menus);
        WindowKeyboard keyboard = new WindowKeyboard(model, menus, libraryView.root(), briefingView.textArea(),
                sidePanel);
        root.setCenter(keyboard.withPalette(imports.cover(split.root())));
        keyboard.install(root);
        root.setBottom(statusBar.root());
        ReaderKeys.install(root, model);
        search.install(root);
        annotations.install(root);
        imports.install(root);
        root.getStyleClass().add("reader-window");
        root.getStylesheets().add(ReaderWindow.class.getResource("reader-window.css").toExternalForm());
        ThemeStyles.follow(model.theme(), root);
        // The window opens on the text, as calibre's viewer opens on the book: arrow and page keys scroll it, and
        // the library's filter box keeps its prompt instead of taking the first focus. Hidden nodes take no focus,
        // so it waits for the first briefing to show.
        model.reader().showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is) {
                    obs.removeListener(this);
                    Platform.runLater(briefingView.textArea()::requestFocus);
                }
            }
        });
    }

    /**
     * A new scene holding the window's content at its first size, shrunk to fit {@code screen} (a small laptop
     * screen, or the virtual screen of a headless test, which cannot paint a window larger than itself).
     */
    public Scene scene(Rectangle2D screen) {
        return new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
    }

    public Region root() {
        return root;
    }

    /** The reading pane. */
    public BriefingView briefingView() {
        return briefingView;
    }

    /** Annotating with the mouse over the reading pane: the selection toolbar, the context menu, the editor. */
    public AnnotationOverlay annotating() {
        return annotating;
    }

    /** File &gt; Preferences. */
    public PreferencesDialog preferences() {
        return preferences;
    }

    /** The Search tab's content. */
    public SearchView searchView() {
        return searchView;
    }

    /** File &gt; Export Notes, for tests that answer its file dialog. */
    ExportCommands exports() {
        return exports;
    }

    /** File &gt; Import and dropped files. */
    public ImportCommands imports() {
        return imports;
    }

    /** The Search, Notes and Related tabs, for the features that fill them. */
    public SidePanel sidePanel() {
        return sidePanel;
    }

    /**
     * The two divider positions, {@code [library, side panel]}, each a fraction of the window width; a hidden
     * pane's divider is where it will be when the pane is shown again.
     */
    public List<Double> dividers() {
        PaneLayout now = split.layoutProperty().get();
        return List.of(now.library(), now.side());
    }

    /** Puts the dividers back ({@code [library, side panel]} as {@link #dividers()} gives them); others are ignored. */
    public void restoreDividers(List<Double> positions) {
        Objects.requireNonNull(positions, "positions");
        if (positions.size() != 2) {
            return;
        }
        double library = positions.get(0);
        double side = positions.get(1);
        if (library >= 0 && library <= side && side <= 1) {
            PaneLayout now = split.layoutProperty().get();
            split.restore(new PaneLayout(library, side, now.libraryShown(), now.sidePanelShown()));
        }
    }

    /** Dividers and shown panes together, as stored in {@code ReaderState.dividers} ({@link PaneLayout#toStored()}). */
    public ReadOnlyObjectProperty<PaneLayout> layoutProperty() {
        return split.layoutProperty();
    }

    /** Puts dividers and panes as a stored layout says. */
    public void restoreLayout(PaneLayout layout) {
        split.restore(layout);
    }

    private void close() {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            // Hiding (not Platform.exit) lets the window record its bounds; the last window closing ends the app.
            root.getScene().getWindow().hide();
        }
    }
}
