package org.briefingreader.domain.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.SectionKind;

/**
 * The reading of a search query, as a small tree that knows nothing of Lucene.
 *
 * <p>{@code japan -china "peace deal"~3 kind:outlook} reads as
 * {@code And[Word(japan), Not(Word(china)), Phrase([peace, deal], 3), KindIs(OUTLOOK)]}.
 */
public sealed interface QueryNode {

    /** A word, matched with its English stem ({@code islands} finds {@code island}). */
    record Word(String text) implements QueryNode {
        public Word {
            requireText(text, "word");
        }
    }

    /** Words in this order, at most {@code slop} positions apart ({@code "a b"~5}); slop 0 is an exact phrase. */
    record Phrase(List<String> words, int slop) implements QueryNode {
        public Phrase {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a phrase needs words");
            }
            if (slop < 0) {
                throw new IllegalArgumentException("slop must not be negative: " + slop);
            }
        }
    }

    /** Every unstemmed word starting with {@code prefix} ({@code sovereign*}). */
    record Prefix(String prefix) implements QueryNode {
        public Prefix {
            requireText(prefix, "prefix");
        }
    }

    /** Words within {@code maxEdits} (1 or 2) edits of {@code word} ({@code putin~1}). */
    record Fuzzy(String word, int maxEdits) implements QueryNode {
        public Fuzzy {
            requireText(word, "word");
            if (maxEdits < 1 || maxEdits > 2) {
                throw new IllegalArgumentException("fuzzy edits must be 1 or 2: " + maxEdits);
            }
        }
    }

    /** Every clause must match. */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
            if (clauses.size() < 2) {
                throw new IllegalArgumentException("And needs two clauses or more");
            }
        }
    }

    /** At least one clause must match. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
            if (clauses.size() < 2) {
                throw new IllegalArgumentException("Or needs two clauses or more");
            }
        }
    }

    /** The clause must not match ({@code -china}, {@code NOT china}). */
    record Not(QueryNode clause) implements QueryNode {
        public Not {
            Objects.requireNonNull(clause, "clause");
        }
    }

    /** Which text a scoped query looks in. */
    enum Field {
        /** The briefing's title: {@code title:russia} keeps paragraphs of briefings whose title says it. */
        TITLE,
        /** The heading of the section a paragraph is in: {@code section:history}. */
        SECTION,
        /** The publisher: {@code source:stratfor}. */
        SOURCE,
        /** The note of an annotation: {@code note:check}. */
        NOTE
    }

    /** {@code query} matched against {@code field} instead of the text: {@code title:(japan russia)}. */
    record InField(Field field, QueryNode query) implements QueryNode {
        public InField {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(query, "query");
        }
    }

    /** Paragraphs in sections of this kind: {@code kind:outlook}. */
    record KindIs(SectionKind kind) implements QueryNode {
        public KindIs {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Paragraphs of one briefing: {@code briefing:japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25}. */
    record BriefingIs(String briefingId) implements QueryNode {
        public BriefingIs {
            requireText(briefingId, "briefing id");
        }
    }

    /**
     * Annotations carrying this tag, compared as {@link org.briefingreader.domain.annotation.Category#keyOf} does
     * (lower case, single spaces): {@code tag:Economy} is {@code TagIs(economy)}.
     */
    record TagIs(String tag) implements QueryNode {
        public TagIs {
            requireText(tag, "tag");
        }
    }

    /** Annotations filed under this category, by its key: {@code category:"Key Judgement"} gives {@code key judgement}. */
    record CategoryIs(String category) implements QueryNode {
        public CategoryIs {
            requireText(category, "category");
        }
    }

    /**
     * Briefings published on or after {@code from} and before {@code until} (UTC days): {@code after:2018-01-01},
     * {@code before:2019}, {@code date:2018-05}.
     */
    record DateRange(Optional<LocalDate> from, Optional<LocalDate> until) implements QueryNode {
        public DateRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (from.isEmpty() && until.isEmpty()) {
                throw new IllegalArgumentException("a date range needs a bound");
            }
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + what + " needs text");
        }
    }
}
