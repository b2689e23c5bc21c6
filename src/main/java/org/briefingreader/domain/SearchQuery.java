package org.briefingreader.domain;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.query.ParsedQuery;

/**
 * One search: the parsed query, an optional section-kind filter, and the page wanted.
 *
 * @param text   what the user typed
 * @param parsed its reading
 * @param kind   only units of this kind (the CLI's {@code --kind}): paragraphs and headings of sections of
 *               that kind, or summary bullets for {@code summary}
 * @param offset hits to skip (paging)
 * @param limit  hits wanted on this page
 */
public record SearchQuery(String text, ParsedQuery parsed, Optional<SectionKind> kind, int offset, int limit) {
    /** Deeper pages are refused: nobody reads hit 10,001, and Lucene would have to collect them all. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(kind, "kind");
        if (offset < 0 || limit < 1 || (long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("page out of range: offset " + offset + ", limit " + limit
                    + " (offset + limit at most " + MAX_WINDOW + ")");
        }
    }
}
