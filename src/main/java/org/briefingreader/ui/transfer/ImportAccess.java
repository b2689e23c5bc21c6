package org.briefingreader.ui.transfer;

import java.io.IOException;
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
}
