package org.briefingreader.ui.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.app.SearchService;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.Suggestion;

/**
 * What one round of search-as-you-type found, computed off the FX thread: the page of hits, the counts for the
 * kind chips (of the query without the kind filter, so every chip keeps its count while one is chosen), a
 * correction when nothing was found, and completions for the box.
 *
 * @param request     what was asked
 * @param results     the hits, filtered by the chosen kind
 * @param kindCounts  matches per section kind without the kind filter
 * @param allMatches  matches without the kind filter (more than the kinds' sum: title, captions and lede have none)
 * @param didYouMean  the query with misspelt words corrected, when it found nothing and the correction finds more
 * @param suggestions completions of what was typed, best first
 */
public record SearchOutcome(SearchRequest request, SearchResults results, Map<SectionKind, Long> kindCounts,
        long allMatches, Optional<String> didYouMean, List<Suggestion> suggestions) {
    /** Hits listed at most: the list is for reading, the counts say how many there are in all. */
    public static final int PAGE = 200;
    /** Completions shown under the box. */
    public static final int SUGGESTIONS = 8;

    public SearchOutcome {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(didYouMean, "didYouMean");
        kindCounts = Map.copyOf(kindCounts);
        suggestions = List.copyOf(suggestions);
    }

    /** Runs {@code request} on {@code search}: one or two searches, the completions, and a spelling check if needed. */
    static SearchOutcome of(SearchRequest request, SearchService search) throws IOException {
        SearchResults results = search.search(request.query(), request.briefingId(), request.kind(), 0, PAGE);
        SearchResults unfiltered = request.kind().isEmpty() ? results
                : search.search(request.query(), request.briefingId(), Optional.empty(), 0, 1);
        Optional<String> corrected = results.total() == 0 && !request.query().isBlank()
                ? search.didYouMean(request.query()).filter(better -> !better.equals(request.query()))
                : Optional.empty();
        List<Suggestion> completions = request.suggest() ? search.suggest(request.query(), SUGGESTIONS) : List.of();
        return new SearchOutcome(request, results, unfiltered.countsByKind(), unfiltered.total(), corrected,
                completions);
    }
}
