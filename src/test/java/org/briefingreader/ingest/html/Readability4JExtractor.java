package org.briefingreader.ingest.html;

import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Mozilla Readability's article extraction, through its Kotlin port Readability4J 1.0.8.
 *
 * <p>The page is never fetched: the URI only resolves relative links, so a fixed one is given.
 */
final class Readability4JExtractor implements ArticleExtractor {
    private static final String NO_URI = "file:///page.html";

    @Override
    public Optional<Element> extract(Document page) {
        Article article = new Readability4J(NO_URI, page).parse();
        return Optional.ofNullable(article.getArticleContent());
    }
}
