package org.briefingreader.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.query.QueryNode.And;
import org.briefingreader.domain.query.QueryNode.BriefingIs;
import org.briefingreader.domain.query.QueryNode.DateRange;
import org.briefingreader.domain.query.QueryNode.Field;
import org.briefingreader.domain.query.QueryNode.Fuzzy;
import org.briefingreader.domain.query.QueryNode.InField;
import org.briefingreader.domain.query.QueryNode.KindIs;
import org.briefingreader.domain.query.QueryNode.Not;
import org.briefingreader.domain.query.QueryNode.Or;
import org.briefingreader.domain.query.QueryNode.Phrase;
import org.briefingreader.domain.query.QueryNode.Prefix;
import org.briefingreader.domain.query.QueryNode.Word;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random queries (a failure replays with its seed): garbage from an alphabet of everything the syntax
 * treats specially must always give a reading, quickly, built only from what was typed; and well-formed queries
 * written from random trees must read back as exactly those trees, with no note.
 */
class QueryParserPropertyTest {
    private static final String[] PIECES = {"\"", "\"", "(", ")", "(", ")", "*", "~", "~1", "~7", ":", "-", "-",
        " ", " ", " ", "\u00A0", "\t", "\n", "\u0000", "\u0007", "\u001B", "\uD800", "\uD83D\uDE42", "\u200D",
        "AND", "OR", "NOT", "and", "title:", "Section:", "source:", "kind:", "kind:outlook", "briefing:", "after:",
        "before:", "date:", "2018", "-05", "-13", "foo:", "https://", "japan", "Russia", "islands", "é", "x", "'",
        ".", "&", "“", "”", "\\", "0", "9"};
    private static final String[] WORDS = {"japan", "Russia", "kurils", "Abe", "don't", "U.S.", "long-standing",
        "2018", "sovereignty", "Tōkyō", "peace", "deal", "x"};
    private static final String[] STEMS = {"sovereign", "isl", "jap", "ru", "terr"};
    /** Fuzzy words are matched unanalysed, so they are plain lower-case words of two letters or more. */
    private static final String[] FUZZY = {"putin", "abe", "kuril", "tōkyō", "2018"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyInputGivesAQuickReadingMadeOfWhatWasTyped(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int length = seed % 25 == 0 ? 200 + random.nextInt(400) : random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String input = text.toString();

        ParsedQuery parsed = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> QueryParser.parse(input));

        assertThat(QueryParser.parse(input)).as("the same reading every time").isEqualTo(parsed);
        assertThat(parsed.notes()).allSatisfy(note -> assertThat(note).isNotBlank().doesNotContain("\u0000"));
        assertThat(parsed.notes()).hasSizeLessThanOrEqualTo(QueryNotes.MAX_NOTES + 2);
        List<QueryNode> leaves = new ArrayList<>();
        parsed.root().ifPresent(root -> collectLeaves(root, leaves));
        assertThat(leaves).hasSizeLessThanOrEqualTo(TermReader.MAX_TERMS);
        String lower = TermReader.lowerCase(input);
        for (QueryNode leaf : leaves) {
            if (leaf instanceof Word word) {
                assertThat(input).contains(word.text());
            } else if (leaf instanceof Phrase phrase) {
                assertThat(phrase.words()).allSatisfy(w -> assertThat(input).contains(w));
            } else if (leaf instanceof Prefix prefix) {
                assertThat(lower).contains(prefix.prefix());
            } else if (leaf instanceof Fuzzy fuzzy) {
                assertThat(lower).contains(fuzzy.word());
            }
        }
        parsed.root().ifPresentOrElse(
                root -> assertThat(QueryParser.describe(root)).isNotBlank(),
                () -> assertThat(parsed.notes()).contains("nothing to search for"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void wellFormedQueriesReadBackAsWritten(long seed) {
        Random random = new Random(seed);
        QueryNode tree = node(random, 3, true);
        String query = write(tree, random);

        ParsedQuery parsed = QueryParser.parse(query);

        assertThat(parsed.notes()).as(query).isEmpty();
        assertThat(parsed.root().map(QueryParser::describe)).as(query).contains(QueryParser.describe(tree));
        assertThat(parsed.root()).contains(tree);
    }

    /** A random tree in the parser's normal form: no AND in an AND, no OR in an OR, one date per AND. */
    private static QueryNode node(Random random, int depth, boolean dateAllowed) {
        int choice = random.nextInt(depth > 0 ? 12 : 8);
        return switch (choice) {
            case 0, 1 -> new Word(pick(random, WORDS));
            case 2 -> new Phrase(List.of(pick(random, WORDS), pick(random, WORDS)), random.nextInt(3) * 2);
            case 3 -> new Prefix(pick(random, STEMS));
            case 4 -> new Fuzzy(pick(random, FUZZY), 1 + random.nextInt(2));
            case 5 -> new KindIs(SectionKind.values()[random.nextInt(SectionKind.values().length)]);
            case 6 -> new BriefingIs("japan-russia-" + (2000 + random.nextInt(30)));
            case 7 -> dateAllowed ? month(random) : new Word(pick(random, WORDS));
            case 8 -> new InField(Field.values()[random.nextInt(3)], textNode(random, depth - 1));
            case 9 -> new Not(node(random, depth - 1, true) instanceof Not not ? not.clause() : new Word("x"));
            default -> combination(random, depth, choice == 10);
        };
    }

    private static QueryNode combination(Random random, int depth, boolean and) {
        List<QueryNode> clauses = new ArrayList<>();
        boolean dated = false;
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            QueryNode clause = node(random, depth - 1, !(and && dated));
            while (and ? clause instanceof And : clause instanceof Or) {
                clause = node(random, depth - 1, false);
            }
            dated |= clause instanceof DateRange;
            clauses.add(clause);
        }
        return and ? new And(clauses) : new Or(clauses);
    }

    /** What a scope may hold: words, phrases, prefixes, fuzzy words and their combinations. */
    private static QueryNode textNode(Random random, int depth) {
        QueryNode node;
        do {
            node = node(random, Math.max(depth, 0), false);
        } while (!isText(node));
        return node;
    }

    private static boolean isText(QueryNode node) {
        if (node instanceof And and) {
            return and.clauses().stream().allMatch(QueryParserPropertyTest::isText);
        }
        if (node instanceof Or or) {
            return or.clauses().stream().allMatch(QueryParserPropertyTest::isText);
        }
        if (node instanceof Not not) {
            return isText(not.clause());
        }
        return node instanceof Word || node instanceof Phrase || node instanceof Prefix || node instanceof Fuzzy;
    }

    private static DateRange month(Random random) {
        LocalDate start = LocalDate.of(2015 + random.nextInt(5), 1 + random.nextInt(12), 1);
        return new DateRange(Optional.of(start), Optional.of(start.plusMonths(1)));
    }

    /** The tree in query syntax, choosing at random among the ways of writing the same thing. */
    private static String write(QueryNode node, Random random) {
        if (node instanceof Word word) {
            return word.text();
        } else if (node instanceof Phrase phrase) {
            return "\"" + String.join(" ", phrase.words()) + "\"" + (phrase.slop() > 0 ? "~" + phrase.slop() : "");
        } else if (node instanceof Prefix prefix) {
            return (random.nextBoolean() ? prefix.prefix() : prefix.prefix().toUpperCase(Locale.ROOT)) + "*";
        } else if (node instanceof Fuzzy fuzzy) {
            return fuzzy.word() + (fuzzy.maxEdits() == 2 && random.nextBoolean() ? "~" : "~" + fuzzy.maxEdits());
        } else if (node instanceof KindIs kind) {
            return (random.nextBoolean() ? "kind:" : "KIND:") + kind.kind().label();
        } else if (node instanceof BriefingIs briefing) {
            return "briefing:" + briefing.briefingId();
        } else if (node instanceof DateRange range) {
            return "date:" + range.from().orElseThrow().toString().substring(0, 7);
        } else if (node instanceof InField in) {
            String inner = write(in.query(), random);
            boolean group = in.query() instanceof And || in.query() instanceof Or || in.query() instanceof Not;
            return in.field().name().toLowerCase(Locale.ROOT) + ":" + (group ? "(" + inner + ")" : inner);
        } else if (node instanceof Not not) {
            String inner = write(not.clause(), random);
            boolean group = not.clause() instanceof And || not.clause() instanceof Or;
            return (random.nextBoolean() ? "-" : "NOT ") + (group ? "(" + inner + ")" : inner);
        } else if (node instanceof And and) {
            // OR binds tighter than AND, so an OR clause needs no parentheses here.
            return and.clauses().stream().map(c -> write(c, random))
                    .collect(Collectors.joining(random.nextBoolean() ? " " : " AND "));
        }
        Or or = (Or) node;
        return or.clauses().stream().map(c -> c instanceof And ? "(" + write(c, random) + ")" : write(c, random))
                .collect(Collectors.joining(" OR "));
    }

    private static void collectLeaves(QueryNode node, List<QueryNode> leaves) {
        Stream<QueryNode> children = node instanceof And and ? and.clauses().stream()
                : node instanceof Or or ? or.clauses().stream()
                : node instanceof Not not ? Stream.of(not.clause())
                : node instanceof InField in ? Stream.of(in.query()) : null;
        if (children == null) {
            leaves.add(node);
        } else {
            children.forEach(child -> collectLeaves(child, leaves));
        }
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
