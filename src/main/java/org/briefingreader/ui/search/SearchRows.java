package org.briefingreader.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SearchResults.BriefingGroup;
import org.briefingreader.domain.SearchResults.SectionGroup;
import org.briefingreader.ui.support.DisplayFormats;

/**
 * Turns a search's answer into what the Search tab lists: rows grouped by briefing (library scope) and section,
 * the walk of hits in that same order, and the one-line summary.
 */
final class SearchRows {
    /** The heading of hits in the title, captions, summary and lede, which come before any section. */
    static final String OPENING = "Opening";

    private SearchRows() {
    }

    /** The rows to list: for each briefing (named only in library scope), each section's heading and its hits. */
    static List<ResultRow> of(SearchOutcome outcome) {
        boolean library = outcome.request().scope() == SearchScope.LIBRARY;
        List<ResultRow> rows = new ArrayList<>();
        int index = 0;
        for (BriefingGroup briefing : SearchResults.group(outcome.results().hits())) {
            if (library) {
                int shown = briefing.sections().stream().mapToInt(s -> s.hits().size()).sum();
                rows.add(new ResultRow.BriefingRow(briefing.briefingId(), briefing.title(), shown));
            }
            for (SectionGroup section : briefing.sections()) {
                rows.add(new ResultRow.SectionRow(section.heading().orElse(OPENING)));
                for (SearchHit hit : section.hits()) {
                    rows.add(new ResultRow.HitRow(hit, index++));
                }
            }
        }
        SearchResults results = outcome.results();
        long left = Math.min(results.total(), SearchQuery.MAX_WINDOW) - results.hits().size();
        if (left > 0) {
            rows.add(new ResultRow.MoreRow((int) Math.min(SearchOutcome.MORE, left)));
        }
        return rows;
    }

    /** The hits in the order {@link #of} lists them: F3 goes down the list as the eye does. */
    static List<SearchHit> walk(SearchOutcome outcome) {
        return SearchResults.group(outcome.results().hits()).stream()
                .flatMap(b -> b.sections().stream()).flatMap(s -> s.hits().stream()).toList();
    }

    /**
     * {@code "12 matches in 3 briefings"}, {@code "4 matches in this briefing"}, {@code "No matches."}, with the
     * first 200 of more said, then anything of the query that was ignored.
     */
    static String status(SearchOutcome outcome) {
        SearchResults results = outcome.results();
        String where = outcome.request().scope() == SearchScope.BRIEFING ? "this briefing"
                : DisplayFormats.count((int) Math.min(Integer.MAX_VALUE, results.briefingsMatched()), "briefing");
        String found;
        if (results.total() == 0) {
            found = "No matches.";
        } else if (results.total() > results.hits().size()) {
            found = String.format(Locale.ENGLISH, "The first %,d of %s in %s.", results.hits().size(),
                    matches(results.total()), where);
        } else {
            found = matches(results.total()) + " in " + where + ".";
        }
        if (outcome.asPrefix().isPresent()) {
            found = "Nothing for the word as typed; words starting with it: " + found.substring(0, 1)
                    .toLowerCase(Locale.ROOT) + found.substring(1);
        }
        List<String> notes = results.query().notes();
        return notes.isEmpty() ? found : found + " " + capitalised(String.join("; ", notes)) + ".";
    }

    private static String matches(long n) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? "match" : "matches");
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
