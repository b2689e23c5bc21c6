package org.briefingreader.ingest.html;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the element holding a page's article text; may change the page it is given. */
interface ArticleExtractor {
    /** The article's element, or empty when the page has no recognisable article. */
    Optional<Element> extract(Document page);
}
