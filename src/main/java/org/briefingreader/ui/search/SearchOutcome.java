package org.briefingreader.ui.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * @param asPrefix    the query whose hits are shown instead, when the text as typed found nothing but its last
 *                    word, still being typed, finds something as a prefix ({@code islands sovereig*})
 * @param suggestions completions of what was typed, best first
 */
public record SearchOutcome(SearchRequest request, SearchResults results, Map<SectionKind, Long> kindCounts,
        long allMatches, Optional<String> didYouMean, Optional<String> asPrefix, List<Suggestion> suggestions) {
    /**
     * Hits listed at first: a few screens of the side panel. Each hit costs its stored text and highlighting, so a
     * longer first page would make every keystroke slower (docs/performance.md); the counts say how many there are.
     */
    public static final int PAGE = 50;
    /** Hits added each time more are asked for. */
    public static final int MORE = 200;
    /** Completions shown under the box. */
    public static final int SUGGESTIONS = 8;
    /** The query language's operators, which are no word to complete. */
    private static final Pattern OPERATOR = Pattern.compile("(?:^|\\s)(?:AND|OR|NOT)$");
    /** A last word of three letters or more, being typed: nothing after it, no scope or operator on it. */
    private static final Pattern LAST_WORD_TYPED = Pattern.compile("(?:^|[\\s(])[\\p{L}\\p{N}]{3,}$");

    public SearchOutcome {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(didYouMean, "didYouMean");
        Objects.requireNonNull(asPrefix, "asPrefix");
        kindCounts = Map.copyOf(kindCounts);
        suggestions = List.copyOf(suggestions);
    }

    /** Runs {@code request} on {@code search}: one or two searches, the completions, and a spelling check if needed. */
    static SearchOutcome of(SearchRequest request, SearchService search) throws IOException {
        SearchResults results = search.search(request.query(), request.briefingId(), request.kind(), 0, request.limit());
        Optional<String> asPrefix = Optional.empty();
        Matcher typing = LAST_WORD_TYPED.matcher(request.query());
        // Half a word finds nothing in a stemmed index: while it is being typed, show what it starts.
        if (results.total() == 0 && request.suggest() && typing.find() && evenQuotes(request.query())
                && !OPERATOR.matcher(request.query()).find()) {
            String prefixed = request.query() + "*";
            SearchResults started = search.search(prefixed, request.briefingId(), request.kind(), 0, request.limit());
            if (started.total() > 0) {
                results = started;
                asPrefix = Optional.of(prefixed);
            }
        }
        String answered = asPrefix.orElse(request.query());
        SearchResults unfiltered = request.kind().isEmpty() ? results
                : search.search(answered, request.briefingId(), Optional.empty(), 0, 1);
        Optional<String> corrected = results.total() == 0 && asPrefix.isEmpty() && !request.query().isBlank()
                ? search.didYouMean(request.query()).filter(better -> !better.equals(request.query()))
                : Optional.empty();
        List<Suggestion> completions = request.suggest() ? search.suggest(request.query(), SUGGESTIONS) : List.of();
        return new SearchOutcome(request, results, unfiltered.countsByKind(), unfiltered.total(), corrected,
                asPrefix, completions);
    }

    /** The query whose hits these are: the text as typed, or with its last word as a prefix. */
    public String answered() {
        return asPrefix.orElse(request.query());
    }

    private static boolean evenQuotes(String query) {
        return query.chars().filter(c -> c == '"').count() % 2 == 0;
    }
}
