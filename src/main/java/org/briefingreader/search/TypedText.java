package org.briefingreader.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefingreader.domain.TextRange;

/**
 * What is in a search box while it is being typed: its words, and the last one if it is still being typed.
 *
 * <p>{@code title:Japan -china sovere} has the words {@code japan} and {@code sovere} (a field name and a
 * negated word say nothing about which heading is meant), and the unfinished word {@code sovere} after
 * {@code "title:Japan -china "}. With a space, quote or any other non-word character at the end nothing is
 * unfinished. Words are split roughly as Lucene's standard tokenizer does: letters and digits, joined across a
 * single {@code .}, {@code '} or {@code ’} between them ({@code U.S.}, {@code Abe's}) and {@code ,} between
 * digits ({@code 1,000}).
 *
 * @param before     {@code typed} up to the unfinished word, exactly as typed
 * @param unfinished the unfinished word, lower-cased; empty when the text ends with a word boundary
 * @param words      the words to find in headings and titles, lower-cased
 * @param lastWordIsPrefix true when the last of {@code words} is the unfinished word, so only its start is known
 */
record TypedText(String before, Optional<String> unfinished, List<String> words, boolean lastWordIsPrefix) {
    /** Only the last words count for headings: a query pasted into the box stays within Lucene's clause limit. */
    static final int MAX_WORDS = 12;
    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT");

    TypedText {
        words = List.copyOf(words);
    }

    static TypedText of(String typed) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int lastStart = -1;
        int lastEnd = -1;
        boolean lastKept = false;
        while (i < typed.length()) {
            if (!Character.isLetterOrDigit(typed.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(typed, start);
            String word = typed.substring(start, i);
            boolean fieldName = i < typed.length() && typed.charAt(i) == ':';
            boolean negated = start > 0 && typed.charAt(start - 1) == '-'
                    && (start == 1 || Character.isWhitespace(typed.charAt(start - 2)));
            lastKept = !fieldName && !negated && !OPERATORS.contains(word);
            if (lastKept) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
            lastStart = start;
            lastEnd = i;
        }
        if (words.size() > MAX_WORDS) {
            words = words.subList(words.size() - MAX_WORDS, words.size());
        }
        boolean endsInWord = lastEnd == typed.length() && lastEnd > 0;
        Optional<String> unfinished = endsInWord
                ? Optional.of(typed.substring(lastStart).toLowerCase(Locale.ROOT)) : Optional.empty();
        return new TypedText(endsInWord ? typed.substring(0, lastStart) : typed, unfinished, words,
                endsInWord && lastKept);
    }

    /**
     * Where the typed words are in {@code text} (a heading or title), case-insensitive, at word starts: whole words,
     * and the unfinished one as the start of a word. Sorted and not overlapping.
     */
    List<TextRange> matchesIn(String text) {
        List<TextRange> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            boolean prefix = lastWordIsPrefix && w == words.size() - 1;
            int i = 0;
            while (i < text.length()) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = wordEnd(text, i);
                boolean fits = prefix ? end - i >= word.length() : end - i == word.length();
                if (fits && text.regionMatches(true, i, word, 0, word.length())) {
                    found.add(new TextRange(i, i + word.length()));
                }
                i = end;
            }
        }
        return HitHighlighter.merged(found);
    }

    /** The end of the word starting at {@code start} (a letter or digit). */
    static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1)) && joins(s, i)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean joins(String s, int i) {
        char c = s.charAt(i);
        if (c == '.' || c == '\'' || c == '\u2019') {
            return true;
        }
        return c == ',' && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }
}
