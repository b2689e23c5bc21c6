package org.briefingreader.ui.shell;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.briefingreader.ui.library.LibraryView;
import org.briefingreader.ui.reader.BriefingView;

/** The main window's content: library on the left, reader on the right, a status bar along the bottom. */
public final class ReaderWindow {
    /** First size of the window; big enough for a library column and a full-measure reading column. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 820;

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final double LIBRARY_SHARE = 0.27;

    private final BorderPane root = new BorderPane();

    public ReaderWindow(ReaderWindowViewModel model) {
        Objects.requireNonNull(model, "model");
        LibraryView libraryView = new LibraryView(model.library());
        BriefingView briefingView = new BriefingView(model.reader());

        SplitPane split = new SplitPane(libraryView.root(), briefingView.root());
        split.setDividerPositions(LIBRARY_SHARE);
        // On resize the reader takes the change; the library keeps the width the user gave it.
        SplitPane.setResizableWithParent(libraryView.root(), false);

        root.setCenter(split);
        ReaderKeys.install(root, model);
        root.setBottom(statusBar(model));
        root.getStyleClass().add("reader-window");
        root.getStylesheets().add(ReaderWindow.class.getResource("reader-window.css").toExternalForm());
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

    private static Region statusBar(ReaderWindowViewModel model) {
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.library().statusProperty());
        model.library().failedProperty().addListener((obs, was, failed) -> status.pseudoClassStateChanged(FAILED, failed));

        // The status line shows the first unreadable file; hovering it lists them all.
        Tooltip problems = new Tooltip();
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", model.library().problemsProperty()),
                model.library().problemsProperty()));
        model.library().problemsProperty().emptyProperty().addListener((obs, wasEmpty, empty) ->
                status.setTooltip(empty ? null : problems));

        HBox bar = new HBox(status, placeNote(model));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** What a link, Back or Forward could not find, beside the library status; hidden while there is nothing. */
    private static Label placeNote(ReaderWindowViewModel model) {
        Label note = new Label();
        note.getStyleClass().addAll("status-text", "place-note");
        note.textProperty().bind(model.placeMessageProperty());
        note.visibleProperty().bind(Bindings.isNotEmpty(model.placeMessageProperty()));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
