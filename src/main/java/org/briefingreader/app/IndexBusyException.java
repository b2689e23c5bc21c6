package org.briefingreader.app;

import java.io.IOException;

/** Another Briefing Reader (usually the open window) holds the index, so this process cannot rebuild it. */
public final class IndexBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    public IndexBusyException() {
        super("another Briefing Reader (the open window?) holds the search index; it keeps the index current "
                + "itself. Close it to rebuild from here.");
    }
}
