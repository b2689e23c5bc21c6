package org.briefingreader.ui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Files and folders dropped onto the window are imported: while they are dragged over it, a hint covers the
 * window's middle ("Drop to import"); anything else dragged (text, a link) is refused.
 *
 * <p>The event handlers only unpack the dragboard; {@link #over}, {@link #left} and {@link #dropped} do the work,
 * so a test can drive them with file lists (a headless toolkit cannot make a dragboard of files).
 */
public final class ImportDrop {
    private final Consumer<List<Path>> importer;
    private final StackPane hint = new StackPane();

    /** @param importer imports what was dropped */
    ImportDrop(Consumer<List<Path>> importer) {
        this.importer = Objects.requireNonNull(importer, "importer");
        FontIcon icon = new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE);
        icon.getStyleClass().add("import-drop-icon");
        Label text = new Label("Drop files or folders to import them", icon);
        text.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        hint.getChildren().add(text);
        hint.getStyleClass().add("import-drop-hint");
        hint.setId("import-drop-hint");
        hint.setMouseTransparent(true);
        hint.setVisible(false);
        hint.getStylesheets().add(ImportDrop.class.getResource("transfer.css").toExternalForm());
    }

    /** {@code center} with the hint laid over it; put it where {@code center} was. */
    Node cover(Node center) {
        return new StackPane(Objects.requireNonNull(center, "center"), hint);
    }

    /** Listens for drags over {@code target} (the window's root, so a drop anywhere counts). */
    void install(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (over(files(event.getDragboard()))) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> left());
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean taken = dropped(files(event.getDragboard()));
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    /** Something is dragged over the window: true (and the hint shows) when it is files to copy in. */
    public boolean over(List<File> files) {
        boolean accept = !files.isEmpty();
        hint.setVisible(accept);
        return accept;
    }

    /** The drag left the window without a drop. */
    public void left() {
        hint.setVisible(false);
    }

    /** Files were dropped: imports them; false when there were none. */
    public boolean dropped(List<File> files) {
        hint.setVisible(false);
        if (files.isEmpty()) {
            return false;
        }
        importer.accept(files.stream().map(File::toPath).toList());
        return true;
    }

    /** The hint over the window, for tests. */
    public Node hint() {
        return hint;
    }

    private static List<File> files(Dragboard board) {
        return board != null && board.hasFiles() ? board.getFiles() : List.of();
    }
}
