package org.briefingreader.ui.search;

import java.io.IOException;
import org.briefingreader.app.SearchService;

/**
 * How the window reaches the search service. The index opens after the first frame, on a thread of its own, so the
 * window is handed this instead of the service: it is called off the FX thread, at each search, and may block
 * while the index opens.
 */
@FunctionalInterface
public interface SearchAccess {
    /** No search in this window: every search fails with one plain sentence. */
    SearchAccess NONE = () -> {
        throw new IOException("Search is not available in this window.");
    };

    /** The open search service; opens the index first if it is not open yet. */
    SearchService open() throws IOException;
}
