package org.briefingreader.ingest.html;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a web page says about its article, apart from the text: title, author line, publication time, a
 * one-paragraph description and the site's name. Every value is optional; blank values are never present.
 */
public record PageMetadata(
        Optional<String> title,
        Optional<String> byline,
        Optional<ZonedDateTime> published,
        Optional<String> excerpt,
        Optional<String> siteName) {

    public static final PageMetadata NONE = new PageMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public PageMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(siteName, "siteName");
        title = title.map(String::strip).filter(s -> !s.isEmpty());
        byline = byline.map(String::strip).filter(s -> !s.isEmpty());
        excerpt = excerpt.map(String::strip).filter(s -> !s.isEmpty());
        siteName = siteName.map(String::strip).filter(s -> !s.isEmpty());
    }
}
