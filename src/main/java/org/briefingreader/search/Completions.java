package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.briefingreader.domain.Suggestion;
import org.briefingreader.domain.TextRange;

/**
 * The suggestions for a search box: the word being typed completed, then headings and titles.
 *
 * <p>{@code Japan sovere} gives {@code Japan sovereignty} (WORD, "sovere" marked) and, if a heading holds both
 * words, that heading. Words come first and take at most half the places, more only when there are not enough
 * headings and titles to fill the rest; text ending in a space or other non-word character completes no word.
 */
final class Completions {
    private Completions() {
    }

    static List<Suggestion> of(IndexSearcher searcher, HeadingSuggester headings, String typed, int limit)
            throws IOException {
        TypedText text = TypedText.of(typed);
        List<Suggestion> words = text.unfinished().isPresent()
                ? words(searcher, text.before(), text.unfinished().get(), limit) : List.of();
        List<Suggestion> titled = headings.suggest(searcher, text, limit);
        int wordCount = Math.min(words.size(), Math.max((limit + 1) / 2, limit - titled.size()));
        List<Suggestion> all = new ArrayList<>(words.subList(0, wordCount));
        all.addAll(titled.subList(0, Math.min(titled.size(), limit - wordCount)));
        return all;
    }

    private static List<Suggestion> words(IndexSearcher searcher, String before, String unfinished, int limit)
            throws IOException {
        TextRange typedPart = new TextRange(before.length(), before.length() + unfinished.length());
        List<Suggestion> found = new ArrayList<>();
        for (String word : new LibraryWords(searcher.getIndexReader()).complete(unfinished, limit)) {
            found.add(new Suggestion(before + word, Suggestion.Kind.WORD, Optional.empty(), Optional.empty(),
                    List.of(typedPart)));
        }
        return found;
    }
}
