package org.briefingreader.ui.search;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SectionKind;

/**
 * One search the box asks for.
 *
 * @param sequence   increases with every request, so a late answer to an older one is recognised and dropped
 * @param query      the text in the box, in the query language
 * @param scope      this briefing or the library
 * @param briefingId the briefing searched, for {@link SearchScope#BRIEFING}; empty for the library
 * @param kind       the chosen kind chip, if any
 * @param suggest    whether completions are wanted (the text was typed, not chosen from the completions)
 * @param limit      hits to list: a first page while typing, more when asked
 */
public record SearchRequest(long sequence, String query, SearchScope scope, Optional<String> briefingId,
        Optional<SectionKind> kind, boolean suggest, int limit) {
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(kind, "kind");
        if (limit < 1 || limit > SearchQuery.MAX_WINDOW) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
        if (scope == SearchScope.BRIEFING && briefingId.isEmpty()) {
            throw new IllegalArgumentException("a search of this briefing needs the briefing's id");
        }
    }
}
