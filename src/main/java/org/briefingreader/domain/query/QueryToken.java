package org.briefingreader.domain.query;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of a query as the tokenizer cut it, before any meaning is given to it.
 *
 * @param kind     what sort of piece
 * @param text     a word's or keyword's characters, a phrase's inner text, a scope's lower-case name
 * @param start    where it starts in the cleaned query (0-based)
 * @param attached true when nothing separated it from the previous token: {@code title:japan}, {@code -china}
 * @param slop     for a phrase, what followed a {@code ~} right after its closing quote ({@code "a b"~3} gives 3)
 */
record QueryToken(Kind kind, String text, int start, boolean attached, Optional<String> slop) {

    enum Kind {
        /** A run of ordinary characters: {@code japan}, {@code sovereign*}, {@code putin~1}, {@code U.S.}. */
        WORD,
        /** Text between quotes. */
        PHRASE,
        OPEN,
        CLOSE,
        AND,
        OR,
        NOT,
        /** A {@code -} starting a token. */
        MINUS,
        /** A known scope name followed by a colon: {@code title:}, {@code after:}. */
        SCOPE
    }

    QueryToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(slop, "slop");
    }

    /** True when a term (a clause that can be searched or negated) can begin here. */
    boolean startsTerm() {
        return switch (kind) {
            case WORD, PHRASE, OPEN, SCOPE, NOT, MINUS -> true;
            case CLOSE, AND, OR -> false;
        };
    }
}
