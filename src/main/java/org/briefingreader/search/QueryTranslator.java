package org.briefingreader.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.briefingreader.domain.query.QueryNode;

/**
 * Turns a {@link QueryNode} tree into a Lucene query over unit documents, or over annotation documents.
 *
 * <p>{@code And[Word(islands), Not(Word(china)), KindIs(OUTLOOK)]} becomes
 * {@code +text:island -text:china #kind:outlook} for units, and {@code +note:island -note:china #kind:outlook} for
 * annotations. Filters ({@code kind:}, {@code briefing:}, dates, {@code title:}, {@code tag:}, {@code category:})
 * never add to the score. On units, {@code note:}, {@code tag:} and {@code category:} match nothing (units have no
 * notes); on annotations, a query that uses one of them is about annotations, and its plain words match the note
 * or the passage ({@code tag:economy oil}: tagged passages about oil), otherwise the note only (the passage is
 * found as unit text already). Words that analyse to nothing (stop words) are dropped; a node whose every part was
 * dropped is dropped too, and an empty result means "no hits". Every term, and {@link #MAX_EXPANSIONS} for each
 * fuzzy word, is counted against Lucene's clause limit (a prefix costs one per field: it is rewritten to a
 * constant-score filter over all its words, never to one clause per word), over both translations of one search:
 * from the first word that would pass it on, the rest is dropped and {@link #wasCut()} says so, so a
 * 10,000-character query searches its beginning instead of failing.
 */
final class QueryTranslator {
    /** Most index words one fuzzy word stands for (Lucene's default): the nearest spellings, not all of them. */
    static final int MAX_EXPANSIONS = 50;
    /** Room kept under the clause limit for the filters the search adds around the translation. */
    private static final int STRUCTURAL_CLAUSES = 16;

    /** Which documents a translation is for. */
    enum Documents {
        UNITS,
        ANNOTATIONS
    }

    /** A field matched with its stemmed analysis, and its unstemmed twin for prefix and fuzzy words. */
    private record Target(String field, String exactField, Analyzer analyzer) {
    }

    /** A translated node and whether it ranks (words) or only filters (kinds, ids, dates, titles). */
    record Clause(Query query, boolean scoring) {
    }

    private final IndexSearcher searcher;
    private final Analyzer exact;
    private final Target text;
    private final Target heading;
    private final Target source;
    private final Target note;
    private final Target quote;
    /** Briefing ids per {@code title:} node: found once, filtering both units and annotations. */
    private final Map<QueryNode, Set<String>> titled = new IdentityHashMap<>();
    private int budget = IndexSearcher.getMaxClauseCount() - STRUCTURAL_CLAUSES;
    private boolean cut;
    private Documents documents = Documents.UNITS;

    QueryTranslator(IndexSearcher searcher, Analyzer english, Analyzer exact) {
        this.searcher = searcher;
        this.exact = exact;
        this.text = new Target(IndexSchema.TEXT, IndexSchema.TEXT_EXACT, english);
        this.heading = new Target(IndexSchema.HEADING, IndexSchema.HEADING_EXACT, english);
        this.source = new Target(IndexSchema.SOURCE, IndexSchema.SOURCE, exact);
        this.note = new Target(IndexSchema.NOTE, IndexSchema.NOTE_EXACT, english);
        this.quote = new Target(IndexSchema.QUOTE, IndexSchema.QUOTE_EXACT, english);
    }

    /**
     * The Lucene query for {@code node} on {@code documents} (without the document-type filter), and whether it
     * ranks; empty when nothing searchable was left. A clause that only filters (scopes, dates, kinds, exclusions)
     * gives every hit the same score: the ranking is then index order and needs no scores.
     */
    Optional<Clause> translate(QueryNode node, Documents documents) throws IOException {
        this.documents = documents;
        List<Target> words = documents == Documents.UNITS ? List.of(text)
                : aboutAnnotations(node) ? List.of(note, quote) : List.of(note);
        return clause(node, words);
    }

    /** True when the query names {@code note:}, {@code tag:} or {@code category:}: it asks for annotations only. */
    static boolean aboutAnnotations(QueryNode node) {
        if (node instanceof QueryNode.TagIs || node instanceof QueryNode.CategoryIs) {
            return true;
        } else if (node instanceof QueryNode.InField scoped) {
            return scoped.field() == QueryNode.Field.NOTE || aboutAnnotations(scoped.query());
        } else if (node instanceof QueryNode.Not not) {
            return aboutAnnotations(not.clause());
        } else if (node instanceof QueryNode.And and) {
            return and.clauses().stream().anyMatch(QueryTranslator::aboutAnnotations);
        } else if (node instanceof QueryNode.Or or) {
            return or.clauses().stream().anyMatch(QueryTranslator::aboutAnnotations);
        }
        return false;
    }

    /** True when part of the query was dropped to stay under the clause limit. */
    boolean wasCut() {
        return cut;
    }

    private Optional<Clause> clause(QueryNode node, List<Target> targets) throws IOException {
        if (node instanceof QueryNode.Word word) {
            List<Query> each = new ArrayList<>();
            for (Target target : targets) {
                Query query = new QueryBuilder(target.analyzer()).createBooleanQuery(target.field(), word.text(),
                        Occur.MUST);
                if (query != null) {
                    each.add(query);
                }
            }
            return leaf(anyOf(each));
        } else if (node instanceof QueryNode.Phrase phrase) {
            List<Query> each = new ArrayList<>();
            for (Target target : targets) {
                Query query = new QueryBuilder(target.analyzer())
                        .createPhraseQuery(target.field(), String.join(" ", phrase.words()), phrase.slop());
                if (query != null) {
                    each.add(query);
                }
            }
            return leaf(anyOf(each));
        } else if (node instanceof QueryNode.Prefix prefix) {
            // Constant score over every matching word: complete (sovereign* must find every sovereign- word, not
            // the first fifty) and safe, since this rewrite never builds one clause per word.
            List<Query> each = new ArrayList<>();
            for (Target target : targets) {
                each.add(new PrefixQuery(exactTerm(target, prefix.prefix()),
                        MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE));
            }
            return expansion(anyOf(each), targets.size());
        } else if (node instanceof QueryNode.Fuzzy fuzzy) {
            List<Query> each = new ArrayList<>();
            for (Target target : targets) {
                each.add(new FuzzyQuery(exactTerm(target, fuzzy.word()), fuzzy.maxEdits(), 1, MAX_EXPANSIONS, true));
            }
            return expansion(anyOf(each), MAX_EXPANSIONS * targets.size());
        } else if (node instanceof QueryNode.And and) {
            return and(and.clauses(), targets);
        } else if (node instanceof QueryNode.Or or) {
            return or(or.clauses(), targets);
        } else if (node instanceof QueryNode.Not not) {
            return clause(not.clause(), targets).map(QueryTranslator::negation);
        } else if (node instanceof QueryNode.InField scoped) {
            return scoped(scoped);
        } else if (node instanceof QueryNode.KindIs kind) {
            return filter(new TermQuery(new Term(IndexSchema.KIND, kind.kind().label())));
        } else if (node instanceof QueryNode.BriefingIs briefing) {
            return filter(new TermQuery(new Term(briefingField(), briefing.briefingId())));
        } else if (node instanceof QueryNode.DateRange range) {
            return filter(dateRange(range.from(), range.until()));
        } else if (node instanceof QueryNode.TagIs tag) {
            return annotationFilter(new TermQuery(new Term(IndexSchema.TAG, tag.tag())));
        } else if (node instanceof QueryNode.CategoryIs category) {
            return annotationFilter(new TermQuery(new Term(IndexSchema.CATEGORY, category.category())));
        }
        throw new IllegalArgumentException("unknown query node " + node);
    }

    /** One query, or the best of several fields ({@code note} or {@code quote}); null when there is none. */
    private static Query anyOf(List<Query> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        return queries.size() == 1 ? queries.get(0) : new DisjunctionMaxQuery(queries, 0f);
    }

    /** The field holding a document's briefing id: annotations keep it apart (see {@link IndexSchema}). */
    private String briefingField() {
        return documents == Documents.UNITS ? IndexSchema.BRIEFING_ID : IndexSchema.ANNOTATED_BRIEFING;
    }

    /** A filter on annotation fields; a unit has none, so there it matches nothing. */
    private Optional<Clause> annotationFilter(Query query) {
        return filter(documents == Documents.UNITS ? new MatchNoDocsQuery("units have no annotation fields") : query);
    }

    private Optional<Clause> and(List<QueryNode> nodes, List<Target> targets) throws IOException {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean positive = false;
        boolean scoring = false;
        boolean any = false;
        for (QueryNode node : nodes) {
            boolean negated = node instanceof QueryNode.Not;
            Optional<Clause> clause = clause(negated ? ((QueryNode.Not) node).clause() : node, targets);
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

    private Optional<Clause> or(List<QueryNode> nodes, List<Target> targets) throws IOException {
        List<Clause> clauses = new ArrayList<>();
        for (QueryNode node : nodes) {
            clause(node, targets).ifPresent(clauses::add);
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
                return clause(scoped.query(), List.of(heading)).map(inner -> new Clause(new BooleanQuery.Builder()
                        .add(inner.query(), inner.scoring() ? Occur.MUST : Occur.FILTER)
                        .add(new FieldExistsQuery(IndexSchema.SECTION_ID), Occur.FILTER).build(), inner.scoring()));
            case SOURCE:
                // A publisher is a filter, like kind: or a date: it says which briefings, not which passage is best.
                return clause(scoped.query(), List.of(source)).map(inner -> new Clause(inner.query(), false));
            case TITLE:
                Set<String> ids = titled.get(scoped);
                if (ids == null) {
                    Optional<Clause> inner = clause(scoped.query(), List.of(text));
                    if (inner.isEmpty()) {
                        return Optional.empty();
                    }
                    ids = TitleScope.briefingsWithTitle(searcher, inner.get().query());
                    titled.put(scoped, ids);
                }
                return filter(TitleScope.filter(briefingField(), ids));
            case NOTE:
                if (documents == Documents.UNITS) {
                    return filter(new MatchNoDocsQuery("units have no notes"));
                }
                return clause(scoped.query(), List.of(note));
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
