package org.briefingreader.ui.prefs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks the user for a folder; tests give one of their own instead of the platform's dialog. */
@FunctionalInterface
public interface FolderChooser {
    /** The platform's folder dialog. */
    FolderChooser SYSTEM = (owner, start) -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the Library Folder");
        start.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    };

    /** The folder chosen, or empty when the user cancelled; {@code start} is where the dialog opens if it exists. */
    Optional<Path> choose(Window owner, Optional<Path> start);
}
