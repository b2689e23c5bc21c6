package org.briefingreader.domain.query;

import java.util.List;
import java.util.Locale;
import org.briefingreader.domain.query.QueryNode.And;
import org.briefingreader.domain.query.QueryNode.BriefingIs;
import org.briefingreader.domain.query.QueryNode.CategoryIs;
import org.briefingreader.domain.query.QueryNode.DateRange;
import org.briefingreader.domain.query.QueryNode.Fuzzy;
import org.briefingreader.domain.query.QueryNode.InField;
import org.briefingreader.domain.query.QueryNode.KindIs;
import org.briefingreader.domain.query.QueryNode.Not;
import org.briefingreader.domain.query.QueryNode.Or;
import org.briefingreader.domain.query.QueryNode.Phrase;
import org.briefingreader.domain.query.QueryNode.Prefix;
import org.briefingreader.domain.query.QueryNode.TagIs;
import org.briefingreader.domain.query.QueryNode.Word;

/** Writes a query tree in the canonical reading documented on {@link QueryParser#describe}. */
final class QueryDescriber {
    private QueryDescriber() {
    }

    static String describe(QueryNode node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private static void append(QueryNode node, StringBuilder out) {
        if (node instanceof Word word) {
            out.append("word:").append(word.text());
        } else if (node instanceof Phrase phrase) {
            out.append("phrase:\"").append(String.join(" ", phrase.words())).append('"');
            if (phrase.slop() > 0) {
                out.append('~').append(phrase.slop());
            }
        } else if (node instanceof Prefix prefix) {
            out.append("prefix:").append(prefix.prefix()).append('*');
        } else if (node instanceof Fuzzy fuzzy) {
            out.append("fuzzy:").append(fuzzy.word()).append('~').append(fuzzy.maxEdits());
        } else if (node instanceof And and) {
            list("AND", and.clauses(), out);
        } else if (node instanceof Or or) {
            list("OR", or.clauses(), out);
        } else if (node instanceof Not not) {
            list("NOT", List.of(not.clause()), out);
        } else if (node instanceof InField in) {
            list(in.field().name(), List.of(in.query()), out);
        } else if (node instanceof KindIs kind) {
            out.append("kind:").append(kind.kind().label());
        } else if (node instanceof BriefingIs briefing) {
            out.append("briefing:").append(briefing.briefingId());
        } else if (node instanceof TagIs tag) {
            out.append("tag:").append(name(tag.tag()));
        } else if (node instanceof CategoryIs category) {
            out.append("category:").append(name(category.category()));
        } else if (node instanceof DateRange range) {
            // Half-open like Kotlin's ..< : the until day itself is not included.
            out.append("date:").append(range.from().map(Object::toString).orElse("")).append("..")
                    .append(range.until().map(until -> "<" + until).orElse(""));
        } else {
            // Unreachable while QueryNode is sealed to the types above; a new type must be added here.
            out.append(node.getClass().getSimpleName().toLowerCase(Locale.ROOT)).append(":?");
        }
    }

    /** A tag or category name as it would be typed: quoted when it has a space or a parenthesis. */
    private static String name(String name) {
        boolean plain = name.codePoints().noneMatch(cp -> QueryTokenizer.isSeparator(cp) || cp == '(' || cp == ')'
                || QueryTokenizer.isQuote(cp));
        return plain ? name : "\"" + name + "\"";
    }

    private static void list(String operator, List<QueryNode> clauses, StringBuilder out) {
        out.append(operator).append('(');
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(clauses.get(i), out);
        }
        out.append(')');
    }
}
