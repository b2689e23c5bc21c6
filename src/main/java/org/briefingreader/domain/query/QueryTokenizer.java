package org.briefingreader.domain.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefingreader.domain.query.QueryToken.Kind;

/**
 * Cuts a cleaned query into words, phrases, parentheses, keywords, {@code -} and scopes, balancing quotes and
 * parentheses on the way so that the parser never meets an unclosed one.
 *
 * <p>{@code title:"peace deal"~3 -(china OR korea} gives
 * {@code SCOPE title, PHRASE "peace deal" (slop 3), MINUS, OPEN, WORD china, OR, WORD korea, CLOSE}
 * and the note that the parenthesis opened at character 23 was closed at the end.
 */
final class QueryTokenizer {
    /** Deeper parentheses are dropped: they add nothing a person means and would only deepen recursion. */
    static final int MAX_DEPTH = 20;
    /** Scope names, in the order the notes list them. */
    static final List<String> SCOPES =
            List.of("title", "section", "source", "kind", "briefing", "after", "before", "date", "note", "tag",
                    "category");
    private static final Set<String> SCOPE_SET = Set.copyOf(SCOPES);

    private final String text;
    private final QueryNotes notes;
    private final List<QueryToken> tokens = new ArrayList<>();
    /** Where each parenthesis still open was opened, innermost first. */
    private final Deque<Integer> open = new ArrayDeque<>();
    private int dropped;
    private int pos;
    private boolean attached;

    private QueryTokenizer(String text, QueryNotes notes) {
        this.text = text;
        this.notes = notes;
    }

    /** The tokens of {@code text} (free of control characters), every parenthesis matched. */
    static List<QueryToken> tokenize(String text, QueryNotes notes) {
        QueryTokenizer tokenizer = new QueryTokenizer(text, notes);
        tokenizer.run();
        return tokenizer.tokens;
    }

    static boolean isSeparator(int cp) {
        // isSpaceChar adds the no-break spaces (U+00A0, U+2007, U+202F) that isWhitespace leaves out.
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Straight quotes and the curly ones a word processor or phone puts in their place. */
    static boolean isQuote(int cp) {
        return cp == '"' || cp == '\u201C' || cp == '\u201D' || cp == '\u201E' || cp == '\u201F' || cp == '\uFF02';
    }

    private static boolean endsRun(int cp) {
        return isSeparator(cp) || cp == '(' || cp == ')' || isQuote(cp);
    }

    private void run() {
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            if (isSeparator(cp)) {
                pos += Character.charCount(cp);
                attached = false;
            } else if (cp == '(') {
                open();
            } else if (cp == ')') {
                close();
            } else if (isQuote(cp)) {
                phrase();
            } else if (cp == '-') {
                emit(Kind.MINUS, "-", pos, Optional.empty());
                pos++;
            } else {
                word();
            }
        }
        Iterator<Integer> outermostFirst = open.descendingIterator();
        while (outermostFirst.hasNext()) {
            notes.add("the parenthesis opened " + QueryNotes.at(outermostFirst.next())
                    + " was never closed: closed it at the end");
            emit(Kind.CLOSE, ")", text.length(), Optional.empty());
        }
    }

    private void open() {
        if (open.size() >= MAX_DEPTH) {
            dropped++;
            notes.add("parentheses nested deeper than " + MAX_DEPTH + " levels were ignored");
        } else {
            open.push(pos);
            emit(Kind.OPEN, "(", pos, Optional.empty());
        }
        pos++;
    }

    private void close() {
        if (dropped > 0) {
            dropped--;
        } else if (open.isEmpty()) {
            notes.add("the ')' " + QueryNotes.at(pos) + " has no '(' before it: ignored it");
        } else {
            open.pop();
            emit(Kind.CLOSE, ")", pos, Optional.empty());
        }
        pos++;
    }

    private void phrase() {
        int start = pos;
        int end = start + 1;
        while (end < text.length() && !isQuote(text.charAt(end))) {
            end++;
        }
        String inner = text.substring(start + 1, end);
        if (end == text.length()) {
            notes.add("the quote opened " + QueryNotes.at(start) + " was never closed: closed it at the end");
            pos = end;
        } else {
            pos = end + 1;
        }
        Optional<String> slop = Optional.empty();
        if (pos < text.length() && text.charAt(pos) == '~') {
            int slopEnd = runEnd(pos + 1);
            slop = Optional.of(text.substring(pos + 1, slopEnd));
            pos = slopEnd;
        }
        emit(Kind.PHRASE, inner, start, slop);
    }

    private void word() {
        int start = pos;
        int end = runEnd(start);
        String run = text.substring(start, end);
        int letters = 0;
        while (letters < run.length() && isAsciiLetter(run.charAt(letters))) {
            letters++;
        }
        if (letters > 0 && letters < run.length() && run.charAt(letters) == ':') {
            String name = run.substring(0, letters).toLowerCase(Locale.ROOT);
            if (SCOPE_SET.contains(name)) {
                // What follows the colon is tokenized on its own, attached: a word, "phrase" or (group).
                emit(Kind.SCOPE, name, start, Optional.empty());
                pos = start + letters + 1;
                return;
            }
            if (letters + 1 < run.length()) {
                notes.add("'" + run.substring(0, letters) + ":' is not a search scope (" + String.join(", ", SCOPES)
                        + "): searched '" + run + "' as words");
            }
        }
        emit(keywordOr(run), run, start, Optional.empty());
        pos = end;
    }

    /** AND, OR, NOT in capitals are operators, except straight after a scope or a minus ({@code title:OR}). */
    private Kind keywordOr(String run) {
        QueryToken previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (attached && previous != null && (previous.kind() == Kind.SCOPE || previous.kind() == Kind.MINUS)) {
            return Kind.WORD;
        }
        return switch (run) {
            case "AND" -> Kind.AND;
            case "OR" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> Kind.WORD;
        };
    }

    private int runEnd(int from) {
        int end = from;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (endsRun(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private void emit(Kind kind, String tokenText, int start, Optional<String> slop) {
        tokens.add(new QueryToken(kind, tokenText, start, attached, slop));
        attached = true;
    }
}
