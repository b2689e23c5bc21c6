package org.briefingreader.ui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where an export goes; tests answer with a file of their own instead of the system's dialog. */
@FunctionalInterface
public interface ExportFileChooser {
    /** The system's save dialog, filtered to the format's extension, opening on the proposed file. */
    ExportFileChooser SYSTEM = (owner, format, proposed) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Notes");
        Path folder = proposed.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(proposed.getFileName().toString());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    };

    /** The file chosen, or empty when the user cancelled; {@code proposed} is where it would go by default. */
    Optional<Path> choose(Window owner, ExportFormat format, Path proposed);
}
