package org.briefingreader.ingest.html;

import java.util.Optional;
import org.jsoup.nodes.Document;

/** Reads a page's {@link PageMetadata} from its markup. */
public final class PageMetadataReader {
    private PageMetadataReader() {
    }

    /** The page's metadata; for now only the {@code <title>} element. */
    public static PageMetadata read(Document page) {
        return new PageMetadata(Optional.of(page.title()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
