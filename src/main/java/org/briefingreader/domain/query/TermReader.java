package org.briefingreader.domain.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives the leaves of the tree their meaning: a word token becomes a word, prefix or fuzzy term, a phrase token
 * a phrase, a filter scope's value a kind, briefing or date; and it keeps the count of leaves under its limits.
 *
 * <p>{@code Sovereign*} gives {@code Prefix(sovereign)}; {@code putin~1} gives {@code Fuzzy(putin, 1)};
 * {@code "peace  deal"~3} gives {@code Phrase([peace, deal], 3)}.
 */
final class TermReader {
    /** Leaves per query: Lucene refuses more than 1,024 clauses, and words may search two fields each. */
    static final int MAX_TERMS = 64;
    /** Fuzzy terms per query: each expands to up to 50 words when Lucene rewrites it. */
    static final int MAX_FUZZY = 10;
    static final int MAX_SLOP = 50;
    /** Shortest useful prefix or fuzzy word, in letters and digits: one letter would match a tenth of English. */
    static final int MIN_STEM = 2;
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern INNER_OPERATORS = Pattern.compile("[*~]+");

    private final QueryNotes notes;
    private int terms;
    private int fuzzy;
    private int droppedTerms;
    private int plainFuzzy;

    TermReader(QueryNotes notes) {
        this.notes = notes;
    }

    /** A word token as a word, prefix or fuzzy term; several words when * or ~ sit inside it; null if nothing. */
    QueryNode word(QueryToken token) {
        String raw = token.text();
        int tilde = raw.lastIndexOf('~');
        String edits = tilde < 0 ? null : raw.substring(tilde + 1);
        if (edits != null && (edits.isEmpty() || NUMBER.matcher(edits).matches())
                && raw.indexOf('~') == tilde && raw.indexOf('*') < 0) {
            return fuzzy(raw, raw.substring(0, tilde), edits, token.start());
        }
        int stars = raw.length();
        while (stars > 0 && raw.charAt(stars - 1) == '*') {
            stars--;
        }
        String body = raw.substring(0, stars);
        if (body.length() < raw.length() && body.indexOf('*') < 0 && body.indexOf('~') < 0) {
            return prefix(raw, body, token.start());
        }
        if (raw.indexOf('*') >= 0 || raw.indexOf('~') >= 0) {
            return split(raw, token.start());
        }
        return plain(raw, token.start());
    }

    /** A phrase token as a phrase of its words (those with a letter or digit), with its slop. */
    QueryNode phrase(QueryToken token) {
        String inner = token.text();
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= inner.length(); i++) {
            if (i == inner.length() || QueryTokenizer.isSeparator(inner.charAt(i))) {
                String word = inner.substring(start, i);
                if (searchable(word)) {
                    words.add(word);
                }
                start = i + 1;
            }
        }
        if (words.isEmpty()) {
            notes.add((inner.isBlank() ? "the empty quotes " : "the quotes holding no letters or digits ")
                    + QueryNotes.at(token.start()) + " were ignored");
            return null;
        }
        return leaf(new QueryNode.Phrase(words, slop(token.slop())));
    }

    /**
     * The value of {@code kind:}, {@code briefing:}, {@code tag:}, {@code category:}, {@code after:}, {@code before:}
     * or {@code date:}.
     */
    QueryNode filter(String scope, String value) {
        return FilterTerms.read(scope, value, notes).map(this::leaf).orElse(null);
    }

    /** Says what the limits left out; called once, after the whole query was read. */
    void noteLimits() {
        if (plainFuzzy > 0) {
            notes.add("at most " + MAX_FUZZY + " fuzzy words are allowed: searched the other " + plainFuzzy
                    + " as plain words");
        }
        if (droppedTerms > 0) {
            notes.add("the query has more than " + MAX_TERMS + " terms: left out the last " + droppedTerms);
        }
    }

    private QueryNode fuzzy(String raw, String word, String edits, int start) {
        String body = trimPunctuation(word);
        if (letters(body) < MIN_STEM) {
            return tooShort(raw, word, start, "fuzzy word");
        }
        if (++fuzzy > MAX_FUZZY) {
            plainFuzzy++;
            return leaf(new QueryNode.Word(body));
        }
        int max = 2;
        if (!edits.isEmpty()) {
            double asked = edits.length() > 3 ? 1000 : Double.parseDouble(edits);
            max = asked <= 1 ? 1 : 2;
            if (asked != max) {
                notes.add("'" + raw + "': a fuzzy word allows 1 or 2 edits: used " + max);
            }
        }
        return leaf(new QueryNode.Fuzzy(lowerCase(body), max));
    }

    private QueryNode prefix(String raw, String word, int start) {
        String body = trimPunctuation(word);
        if (letters(body) < MIN_STEM) {
            return tooShort(raw, word, start, "prefix");
        }
        return leaf(new QueryNode.Prefix(lowerCase(body)));
    }

    /** A prefix or fuzzy word too short to be one is searched as the plain word. */
    private QueryNode tooShort(String raw, String word, int start, String what) {
        if (!searchable(word)) {
            notes.add("the lone '" + raw + "' " + QueryNotes.at(start) + " was ignored");
            return null;
        }
        notes.add("'" + raw + "' is too short for a " + what + " (at least " + MIN_STEM
                + " letters or digits): searched for the word '" + word + "'");
        return leaf(new QueryNode.Word(word));
    }

    private QueryNode split(String raw, int start) {
        List<String> words = Arrays.stream(INNER_OPERATORS.split(raw)).filter(TermReader::searchable).toList();
        if (words.isEmpty()) {
            return plain(raw, start);
        }
        notes.add("'" + raw + "' was searched as separate words: '*' and '~' work only at the end of a word"
                + " (sovereign*, putin~1)");
        List<QueryNode> parts = new ArrayList<>();
        for (String word : words) {
            QueryNode node = leaf(new QueryNode.Word(word));
            if (node != null) {
                parts.add(node);
            }
        }
        return QueryTrees.and(parts, notes);
    }

    private QueryNode plain(String raw, int start) {
        if (!searchable(raw)) {
            notes.add("'" + raw + "' " + QueryNotes.at(start) + " has no letters or digits: ignored it");
            return null;
        }
        return leaf(new QueryNode.Word(raw));
    }

    private QueryNode leaf(QueryNode node) {
        if (++terms > MAX_TERMS) {
            droppedTerms++;
            return null;
        }
        return node;
    }

    private int slop(Optional<String> asked) {
        if (asked.isEmpty()) {
            return 0;
        }
        String text = asked.get();
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9') || text.isEmpty()) {
            notes.add("'~" + text + "' after a phrase needs a whole number of words (\"peace deal\"~3):"
                    + " searched for the exact phrase");
            return 0;
        }
        int slop = text.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(text);
        if (slop > MAX_SLOP) {
            notes.add("a phrase's words can be at most " + MAX_SLOP + " apart: used ~" + MAX_SLOP + " for ~" + text);
            return MAX_SLOP;
        }
        return slop;
    }

    /** True when the analyzer would keep something of it: a letter, a digit or a symbol such as an emoji. */
    static boolean searchable(String text) {
        return text.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.OTHER_SYMBOL);
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * Lower case one code point at a time, as Lucene's LowerCaseFilter does, whatever the computer's language:
     * {@code String.toLowerCase} would turn 'İ' into "i" plus a combining dot, which no indexed word holds.
     */
    static String lowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        return lower.toString();
    }

    /** Without the punctuation around it: a prefix or fuzzy word is matched as typed, unanalysed. */
    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }
}
