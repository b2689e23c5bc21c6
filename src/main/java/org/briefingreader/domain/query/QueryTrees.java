package org.briefingreader.domain.query;

import java.util.ArrayList;
import java.util.List;
import org.briefingreader.domain.query.QueryNode.And;
import org.briefingreader.domain.query.QueryNode.DateRange;
import org.briefingreader.domain.query.QueryNode.InField;
import org.briefingreader.domain.query.QueryNode.Not;
import org.briefingreader.domain.query.QueryNode.Or;

/**
 * Builds the inner nodes of a reading in their simplest equivalent form, so that one meaning has one tree.
 *
 * <p>{@code and([a, And[b, c]])} gives {@code And[a, b, c]}; {@code and([a])} gives {@code a};
 * {@code not(Not(a))} gives {@code a}. A null clause is one that was ignored, and is left out.
 */
final class QueryTrees {
    private QueryTrees() {
    }

    /** All of the clauses; null when none is left. Date ranges among them are joined into one. */
    static QueryNode and(List<QueryNode> clauses, QueryNotes notes) {
        List<QueryNode> flat = new ArrayList<>();
        for (QueryNode clause : clauses) {
            if (clause instanceof And and) {
                flat.addAll(and.clauses());
            } else if (clause != null) {
                flat.add(clause);
            }
        }
        if (flat.stream().filter(DateRange.class::isInstance).count() > 1) {
            flat = FilterTerms.mergeRanges(flat, notes);
        }
        return flat.isEmpty() ? null : flat.size() == 1 ? flat.get(0) : new And(flat);
    }

    /** Any of the clauses; null when none is left. */
    static QueryNode or(List<QueryNode> clauses) {
        List<QueryNode> flat = new ArrayList<>();
        for (QueryNode clause : clauses) {
            if (clause instanceof Or or) {
                flat.addAll(or.clauses());
            } else if (clause != null) {
                flat.add(clause);
            }
        }
        return flat.isEmpty() ? null : flat.size() == 1 ? flat.get(0) : new Or(flat);
    }

    /** Not the clause; a double negation cancels out. */
    static QueryNode not(QueryNode clause) {
        if (clause == null) {
            return null;
        }
        return clause instanceof Not not ? not.clause() : new Not(clause);
    }

    /**
     * The clause looked for in a field. A scope directly inside another overrides it ({@code title:(section:x)}
     * is {@code section:x}); one deeper inside a group applies to its own term only.
     */
    static QueryNode inField(QueryNode.Field field, QueryNode clause) {
        if (clause == null) {
            return null;
        }
        return clause instanceof InField ? clause : new InField(field, clause);
    }
}
