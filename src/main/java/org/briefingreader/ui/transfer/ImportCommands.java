package org.briefingreader.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * File &gt; Import Files, File &gt; Import Folder and files dropped onto the window: each asks or takes the paths,
 * starts the import and shows its progress window. While an import runs, a new one only brings that window forward.
 */
public final class ImportCommands {
    public static final KeyCombination IMPORT_FILES = KeyCombination.keyCombination("Shortcut+O");
    public static final KeyCombination IMPORT_FOLDER = KeyCombination.keyCombination("Shortcut+Shift+O");

    private final ImportViewModel model;
    private final Node owner;
    private final ImportDrop drop;
    private ImportChooser chooser;
    private ImportDialog dialog;

    /** @param owner any node of the window the dialogs belong to (its root) */
    public ImportCommands(ImportViewModel model, Node owner) {
        this.model = Objects.requireNonNull(model, "model");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.drop = new ImportDrop(this::importPaths);
        this.chooser = new SystemImportChooser(model::extensions);
    }

    /** Accepts files dropped anywhere on {@code root}. */
    public void install(Node root) {
        drop.install(root);
    }

    /** {@code center} with the drop hint laid over it; put it where {@code center} was. */
    public Node cover(Node center) {
        return drop.cover(center);
    }

    /** Asks for files and imports them. */
    public void importFiles() {
        window().ifPresent(window -> importPaths(chooser.chooseFiles(window)));
    }

    /** Asks for a folder and imports everything in it, subfolders included. */
    public void importFolder() {
        window().ifPresent(window -> chooser.chooseFolder(window).ifPresent(folder -> importPaths(List.of(folder))));
    }

    /** Imports {@code inputs} and shows the progress; with an import already running, shows that one instead. */
    public void importPaths(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        model.start(inputs);
        window().ifPresent(window -> dialog(window).show());
    }

    /** Chooses files and folders through {@code replacement} from now on (tests hand paths in this way). */
    public void useChooser(ImportChooser replacement) {
        chooser = Objects.requireNonNull(replacement, "replacement");
    }

    /** The import's state, for tests. */
    public ImportViewModel model() {
        return model;
    }

    /** The drop handling, for tests. */
    public ImportDrop drop() {
        return drop;
    }

    /** The progress window, once an import was started. */
    public java.util.Optional<ImportDialog> dialog() {
        return java.util.Optional.ofNullable(dialog);
    }

    private ImportDialog dialog(Window window) {
        if (dialog == null) {
            dialog = new ImportDialog(model, window);
        }
        return dialog;
    }

    private java.util.Optional<Window> window() {
        return java.util.Optional.ofNullable(owner.getScene()).map(scene -> scene.getWindow());
    }
}
