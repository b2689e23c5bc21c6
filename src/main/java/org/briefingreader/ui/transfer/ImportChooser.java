package org.briefingreader.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user which files or which folder to import; tests hand paths in through one of their own. */
public interface ImportChooser {
    /** The files chosen, empty when the user cancelled. */
    List<Path> chooseFiles(Window owner);

    /** The folder chosen, empty when the user cancelled. */
    Optional<Path> chooseFolder(Window owner);
}
