package org.briefingreader.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.briefingreader.domain.query.QueryNode;

/**
 * Turns a {@link QueryNode} tree into a Lucene query over unit documents.
 *
 * <p>{@code And[Word(islands), Not(Word(china)), KindIs(OUTLOOK)]} becomes
 * {@code +text:island -text:china #kind:outlook}. Filters ({@code kind:}, {@code briefing:}, dates, {@code title:})
 * never add to the score. Words that analyse to nothing (stop words) are dropped; a node whose every part was
 * dropped is dropped too, and an empty result means "no hits". Every term, and {@link #MAX_EXPANSIONS} for each
 * fuzzy word, is counted against Lucene's clause limit (a prefix costs one: it is rewritten to a constant-score
 * filter over all its words, never to one clause per word): from the first word that would pass it on,
 * the rest is dropped and {@link #wasCut()} says so, so a 10,000-character query searches its beginning
 * instead of failing.
 */
final class QueryTranslator {
    /** Most index words one fuzzy word stands for (Lucene's default): the nearest spellings, not all of them. */
    static final int MAX_EXPANSIONS = 50;
    /** Room kept under the clause limit for the filters the search adds around the translation. */
    private static final int STRUCTURAL_CLAUSES = 16;

    /** Which fields a node is matched against: the text, or a section heading or source for scoped queries. */
    private record Target(String field, String exactField, Analyzer analyzer) {
    }

    /** A translated node and whether it ranks (words) or only filters (kinds, ids, dates, titles). */
    private record Clause(Query query, boolean scoring) {
    }

    private final IndexSearcher searcher;
    private final Analyzer exact;
    private final Target text;
    private final Target heading;
    private final Target source;
    private int budget = IndexSearcher.getMaxClauseCount() - STRUCTURAL_CLAUSES;
    private boolean cut;
    private boolean scoring;

    QueryTranslator(IndexSearcher searcher, Analyzer english, Analyzer exact) {
        this.searcher = searcher;
        this.exact = exact;
        this.text = new Target(IndexSchema.TEXT, IndexSchema.TEXT_EXACT, english);
        this.heading = new Target(IndexSchema.HEADING, IndexSchema.HEADING_EXACT, english);
        this.source = new Target(IndexSchema.SOURCE, IndexSchema.SOURCE, exact);
    }

    /** The Lucene query for {@code node}; empty when nothing searchable was left. */
    Optional<Query> translate(QueryNode node) throws IOException {
        Optional<Clause> clause = clause(node, text);
        scoring = clause.map(Clause::scoring).orElse(false);
        return clause.map(Clause::query);
    }

    /**
     * False when the last translated query only filters (scopes, dates, kinds, exclusions): every hit then scores
     * the same, so the ranking is index order and needs no scores.
     */
    boolean scoring() {
        return scoring;
    }

    /** True when part of the query was dropped to stay under the clause limit. */
    boolean wasCut() {
        return cut;
    }

    private Optional<Clause> clause(QueryNode node, Target target) throws IOException {
        if (node instanceof QueryNode.Word word) {
            return leaf(new QueryBuilder(target.analyzer()).createBooleanQuery(target.field(), word.text(), Occur.MUST));
        } else if (node instanceof QueryNode.Phrase phrase) {
            return leaf(new QueryBuilder(target.analyzer())
                    .createPhraseQuery(target.field(), String.join(" ", phrase.words()), phrase.slop()));
        } else if (node instanceof QueryNode.Prefix prefix) {
            // Constant score over every matching word: complete (sovereign* must find every sovereign- word, not
            // the first fifty) and safe, since this rewrite never builds one clause per word.
            return expansion(new PrefixQuery(exactTerm(target, prefix.prefix()),
                    MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE), 1);
        } else if (node instanceof QueryNode.Fuzzy fuzzy) {
            return expansion(new FuzzyQuery(exactTerm(target, fuzzy.word()), fuzzy.maxEdits(), 1, MAX_EXPANSIONS, true),
                    MAX_EXPANSIONS);
        } else if (node instanceof QueryNode.And and) {
            return and(and.clauses(), target);
        } else if (node instanceof QueryNode.Or or) {
            return or(or.clauses(), target);
        } else if (node instanceof QueryNode.Not not) {
            return clause(not.clause(), target).map(QueryTranslator::negation);
        } else if (node instanceof QueryNode.InField scoped) {
            return scoped(scoped);
        } else if (node instanceof QueryNode.KindIs kind) {
            return filter(new TermQuery(new Term(IndexSchema.KIND, kind.kind().label())));
        } else if (node instanceof QueryNode.BriefingIs briefing) {
            return filter(new TermQuery(new Term(IndexSchema.BRIEFING_ID, briefing.briefingId())));
        } else if (node instanceof QueryNode.DateRange range) {
            return filter(dateRange(range.from(), range.until()));
        }
        throw new IllegalArgumentException("unknown query node " + node);
    }

    private Optional<Clause> and(List<QueryNode> nodes, Target target) throws IOException {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean positive = false;
        boolean scoring = false;
        boolean any = false;
        for (QueryNode node : nodes) {
            boolean negated = node instanceof QueryNode.Not;
            Optional<Clause> clause = clause(negated ? ((QueryNode.Not) node).clause() : node, target);
            if (clause.isEmpty()) {
                continue;
            }
            any = true;
            Occur occur = negated ? Occur.MUST_NOT : clause.get().scoring() ? Occur.MUST : Occur.FILTER;
            bool.add(clause.get().query(), occur);
            positive |= !negated;
            scoring |= occur == Occur.MUST;
        }
        if (!positive) {
            // Only exclusions: Lucene matches nothing without a positive clause, the user means "everything but".
            bool.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return any ? Optional.of(new Clause(bool.build(), scoring)) : Optional.empty();
    }

    private Optional<Clause> or(List<QueryNode> nodes, Target target) throws IOException {
        List<Clause> clauses = new ArrayList<>();
        for (QueryNode node : nodes) {
            clause(node, target).ifPresent(clauses::add);
        }
        if (clauses.size() < 2) {
            return clauses.stream().findFirst();
        }
        boolean scoring = clauses.stream().anyMatch(Clause::scoring);
        BooleanQuery.Builder bool = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        for (Clause clause : clauses) {
            // A filter beside words matches but adds nothing to the score, as it would under And.
            bool.add(clause.scoring() || !scoring ? clause.query()
                    : new BoostQuery(new ConstantScoreQuery(clause.query()), 0f), Occur.SHOULD);
        }
        return Optional.of(new Clause(bool.build(), scoring));
    }

    private static Clause negation(Clause clause) {
        return new Clause(new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(clause.query(), Occur.MUST_NOT).build(), false);
    }

    private Optional<Clause> scoped(QueryNode.InField scoped) throws IOException {
        switch (scoped.field()) {
            case SECTION:
                // Units outside sections have no heading, so "section:(-history)" must not reach them either.
                return clause(scoped.query(), heading).map(inner -> new Clause(new BooleanQuery.Builder()
                        .add(inner.query(), inner.scoring() ? Occur.MUST : Occur.FILTER)
                        .add(new FieldExistsQuery(IndexSchema.SECTION_ID), Occur.FILTER).build(), inner.scoring()));
            case SOURCE:
                // A publisher is a filter, like kind: or a date: it says which briefings, not which passage is best.
                return clause(scoped.query(), source).map(inner -> new Clause(inner.query(), false));
            case TITLE:
                Optional<Clause> inner = clause(scoped.query(), text);
                return inner.isEmpty() ? inner
                        : Optional.of(new Clause(TitleScope.briefingsWithTitle(searcher, inner.get().query()), false));
            default:
                throw new IllegalArgumentException("unknown field " + scoped.field());
        }
    }

    private Optional<Clause> leaf(Query query) {
        if (query == null) {
            return Optional.empty();
        }
        int[] terms = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                terms[0] += found.length;
            }
        });
        return spend(Math.max(1, terms[0])) ? Optional.of(new Clause(query, true)) : Optional.empty();
    }

    private Optional<Clause> expansion(Query query, int cost) {
        return spend(cost) ? Optional.of(new Clause(query, true)) : Optional.empty();
    }

    private boolean spend(int cost) {
        if (cut || cost > budget) {
            cut = true;
            return false;
        }
        budget -= cost;
        return true;
    }

    private static Optional<Clause> filter(Query query) {
        return Optional.of(new Clause(query, false));
    }

    private Term exactTerm(Target target, String word) {
        BytesRef normalised = exact.normalize(target.exactField(), word.strip());
        return new Term(target.exactField(), BytesRef.deepCopyOf(normalised));
    }

    /** Publication in {@code [from, until)}, whole UTC days; an absent bound is open. */
    static Query dateRange(Optional<LocalDate> from, Optional<LocalDate> until) {
        long lower = from.map(QueryTranslator::startOfDay).orElse(Long.MIN_VALUE);
        long upper = until.map(d -> startOfDay(d) - 1).orElse(Long.MAX_VALUE);
        return LongPoint.newRangeQuery(IndexSchema.PUBLISHED, lower, upper);
    }

    private static long startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
