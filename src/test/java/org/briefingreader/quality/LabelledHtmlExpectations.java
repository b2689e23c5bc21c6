package org.briefingreader.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;

/**
 * Expected values of a web page that has only a hand label ({@link HandLabel}): title, date and headings as labelled;
 * the body, when the label names the article's element, is the text of the elements the label's {@code select}
 * finds, less those its {@code drop} selectors find.
 */
public final class LabelledHtmlExpectations {
    private LabelledHtmlExpectations() {
    }

    /** The expected values for {@code page} of {@code corpus}. */
    public static Expected read(String corpus, Path page) throws IOException {
        HandLabel label = HandLabel.find(corpus, page)
                .orElseThrow(() -> new IOException(page + ": no hand label in labels/" + corpus));
        Optional<String> body = Optional.empty();
        if (label.bodySelect().isPresent()) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            Elements article = doc.select(label.bodySelect().get());
            if (article.isEmpty()) {
                throw new IOException(page + ": the label's body selector \"" + label.bodySelect().get()
                        + "\" finds nothing");
            }
            for (String drop : label.bodyDrop()) {
                article.select(drop).remove();
            }
            body = Optional.of(article.text());
        }
        return new Expected(Optional.of(label.title()), label.date(), Optional.of(label.headings()), body,
                body.isPresent() ? "hand label (body by labelled selector)" : "hand label");
    }
}
