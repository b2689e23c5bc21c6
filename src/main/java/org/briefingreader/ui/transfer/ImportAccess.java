package org.briefingreader.ui.transfer;

import java.io.IOException;
import java.util.List;
import org.briefingreader.app.ImportService;

/**
 * How the window reaches the importer: called off the FX thread, once per import; the composition root builds it
 * with the same size limit and annotation follow-up as the command line's {@code import}.
 */
@FunctionalInterface
public interface ImportAccess {
    /** No importing in this window: every import fails with one plain sentence. */
    ImportAccess NONE = () -> {
        throw new IOException("Importing is not available in this window.");
    };

    /** The import service. */
    ImportService open() throws IOException;

    /**
     * The extensions of the files the import service reads ({@code ".txt"}, ...), known without opening it, for
     * the file chooser's filter; empty (the default) when not known, and the chooser offers all files only.
     */
    default List<String> extensions() {
        return List.of();
    }
}
