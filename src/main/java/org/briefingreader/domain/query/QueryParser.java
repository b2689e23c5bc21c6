package org.briefingreader.domain.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.query.QueryToken.Kind;

/**
 * Reads what an analyst types into the search box as a {@link QueryNode} tree, leniently: whatever the input, it
 * returns a reading and says in plain sentences what it ignored or changed.
 *
 * <p>{@code japan -china "peace deal"~3 kind:outlook} reads as
 * {@code AND(word:japan, NOT(word:china), phrase:"peace deal"~3, kind:outlook)}; {@code a b OR c} as
 * {@code AND(word:a, OR(word:b, word:c))} (OR binds tighter than the implicit AND); {@code (japan OR} as
 * {@code word:japan} with the notes that the parenthesis opened at character 1 was closed at the end and that
 * 'OR' at character 8 has no term after it.
 *
 * <p>Grammar, over the tokens of {@link QueryTokenizer}:
 * <pre>
 * sequence := ( [AND] or )*           implicit or explicit AND, up to ')' or the end
 * or       := unary ( OR unary )*
 * unary    := ( NOT | '-' )* primary  a '-' must touch what it negates
 * primary  := word | "phrase"[~n] | '(' sequence ')' | scope:value
 * </pre>
 * Every method here is static and every parse uses its own instances: it is safe from any thread.
 */
public final class QueryParser {
    /** Longer input is cut: nobody types more, and a pasted page would only make a slow, meaningless query. */
    public static final int MAX_CHARACTERS = 1_000;
    static final String NOTHING = "nothing to search for";

    private final List<QueryToken> tokens;
    private final QueryNotes notes;
    private final TermReader terms;
    private int next;

    private QueryParser(List<QueryToken> tokens, QueryNotes notes) {
        this.tokens = tokens;
        this.notes = notes;
        this.terms = new TermReader(notes);
    }

    /** The reading of {@code text}; never throws, whatever the text (null reads as empty). */
    public static ParsedQuery parse(String text) {
        QueryNotes notes = new QueryNotes();
        String cleaned = QueryInput.cut(QueryInput.clean(text == null ? "" : text, notes), notes);
        QueryParser parser = new QueryParser(QueryTokenizer.tokenize(cleaned, notes), notes);
        QueryNode root = QueryTrees.and(parser.sequence(), notes);
        parser.terms.noteLimits();
        List<String> said = new ArrayList<>(notes.list());
        if (root == null) {
            said.add(NOTHING);
        }
        return new ParsedQuery(Optional.ofNullable(root), said);
    }

    /**
     * The canonical one-line reading of a tree, for tests, logs and the CLI; the same tree always gives the same
     * text.
     *
     * <p>Leaves: {@code word:japan}, {@code phrase:"peace deal"} ({@code phrase:"peace deal"~3} with a slop),
     * {@code prefix:sovereign*}, {@code fuzzy:putin~1}, {@code kind:outlook}, {@code briefing:<id>},
     * {@code tag:economy}, {@code category:evidence} ({@code category:"key judgement"} when the name has a space), and
     * {@code date:2018-05-01..<2018-06-01} (from the first day, until but not including the second; an open end
     * is left out: {@code date:2018-01-01..}, {@code date:..<2019-01-01}). Inner nodes: {@code AND(a, b)},
     * {@code OR(a, b)}, {@code NOT(a)}, and {@code TITLE(a)}, {@code SECTION(a)}, {@code SOURCE(a)},
     * {@code NOTE(a)} for a scope; clauses are separated by a comma and a space. Words and phrase words appear as typed; prefixes and fuzzy
     * words lower-cased. Example: {@code AND(word:japan, NOT(word:china), phrase:"peace deal"~3, kind:outlook)}.
     */
    public static String describe(QueryNode node) {
        return QueryDescriber.describe(Objects.requireNonNull(node, "node"));
    }

    /** Clauses up to a ')' or the end, to be ANDed; an AND or OR with no term on one side is ignored. */
    private List<QueryNode> sequence() {
        List<QueryNode> clauses = new ArrayList<>();
        boolean termBefore = false;
        while (next < tokens.size() && tokens.get(next).kind() != Kind.CLOSE) {
            QueryToken token = tokens.get(next);
            if (token.kind() == Kind.AND || token.kind() == Kind.OR) {
                next++;
                // An OR here never follows a term directly: or() would have taken it.
                if (!termBefore || token.kind() == Kind.OR) {
                    ignore(token, "has no term before it");
                } else if (!termFollows()) {
                    ignore(token, "has no term after it");
                }
                continue;
            }
            clauses.add(or());
            termBefore = true;
        }
        return clauses;
    }

    private QueryNode or() {
        List<QueryNode> alternatives = new ArrayList<>();
        alternatives.add(unary());
        while (next < tokens.size() && tokens.get(next).kind() == Kind.OR) {
            QueryToken or = tokens.get(next++);
            if (termFollows()) {
                alternatives.add(unary());
            } else {
                ignore(or, "has no term after it");
            }
        }
        return QueryTrees.or(alternatives);
    }

    /** A term with its negations, counted in a loop: {@code ----x} must not cost a stack frame per dash. */
    private QueryNode unary() {
        boolean negate = false;
        QueryToken token = tokens.get(next++);
        while (token.kind() == Kind.NOT || token.kind() == Kind.MINUS) {
            boolean dash = token.kind() == Kind.MINUS;
            if (!termFollows() || (dash && !tokens.get(next).attached())) {
                String where = QueryNotes.at(token.start());
                notes.add(dash ? "the '-' " + where + " is not directly before a term (-china): ignored it"
                        : "'NOT' " + where + " has no term after it: ignored it");
                return null;
            }
            negate = !negate;
            token = tokens.get(next++);
        }
        QueryNode node = primary(token);
        return negate ? QueryTrees.not(node) : node;
    }

    private QueryNode primary(QueryToken token) {
        return switch (token.kind()) {
            case WORD -> terms.word(token);
            case PHRASE -> terms.phrase(token);
            case OPEN -> group(token);
            case SCOPE -> scope(token);
            // Callers pass only tokens that start a term, and negations are taken by unary().
            case CLOSE, AND, OR, NOT, MINUS -> null;
        };
    }

    private QueryNode group(QueryToken open) {
        boolean empty = next < tokens.size() && tokens.get(next).kind() == Kind.CLOSE;
        List<QueryNode> clauses = sequence();
        next++; // the ')': the tokenizer closes every group
        if (empty) {
            notes.add("the empty parentheses " + QueryNotes.at(open.start()) + " were ignored");
        }
        return QueryTrees.and(clauses, notes);
    }

    /**
     * {@code title:}, {@code section:}, {@code source:}, {@code note:} take a word, phrase or group; {@code tag:} and
     * {@code category:} a word or phrase (a name may have spaces); the others a plain value.
     */
    private QueryNode scope(QueryToken scope) {
        String name = scope.text();
        boolean field = name.equals("title") || name.equals("section") || name.equals("source")
                || name.equals("note");
        boolean named = name.equals("tag") || name.equals("category");
        QueryToken value = next < tokens.size() && tokens.get(next).attached() ? tokens.get(next) : null;
        boolean fits = value != null && (value.kind() == Kind.WORD
                || (field || named) && value.kind() == Kind.PHRASE
                || field && value.kind() == Kind.OPEN);
        if (!fits) {
            notes.add("'" + name + ":' " + QueryNotes.at(scope.start()) + " has no "
                    + (field ? "word, phrase or group" : named ? "name" : "value") + " right after it: ignored it");
            return null;
        }
        next++;
        if (!field) {
            return terms.filter(name, value.text());
        }
        return QueryTrees.inField(QueryNode.Field.valueOf(name.toUpperCase(Locale.ROOT)), primary(value));
    }

    private boolean termFollows() {
        return next < tokens.size() && tokens.get(next).startsTerm();
    }

    private void ignore(QueryToken operator, String why) {
        notes.add("'" + operator.text() + "' " + QueryNotes.at(operator.start()) + " " + why + ": ignored it");
    }
}
