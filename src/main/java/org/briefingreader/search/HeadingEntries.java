package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.briefingreader.domain.Suggestion;
import org.briefingreader.domain.UnitType;

/**
 * Every distinct heading and title of the library, ranked, as the suggester's entries.
 *
 * <p>Texts equal but for case and spacing are one entry: "Outlook" in 50 briefings is suggested once, pointing at
 * the most recently published of them (then the smallest briefing id, then the first such section). A title wins
 * over a heading of the same text. Rank: in more briefings first, titles before headings, shorter first, then
 * alphabetical; so equal queries always list the same entries in the same order.
 */
final class HeadingEntries {
    /** One suggestion to offer: a heading (with its section) or a title. */
    record Entry(String text, Suggestion.Kind kind, String briefingId, Optional<String> sectionId) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Set<String> FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.BRIEFING_ID, IndexSchema.UNIT_ID,
            IndexSchema.UNIT_TYPE, IndexSchema.PUBLISHED);

    /** One heading or title document as read. */
    private record Found(Entry entry, long published, int docId) {
    }

    private HeadingEntries() {
    }

    /** The entries of the searcher's index, best first. */
    static List<Entry> read(IndexSearcher searcher) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.DOC_TYPE, IndexSchema.TYPE_UNIT)), Occur.FILTER)
                .add(new TermInSetQuery(IndexSchema.UNIT_TYPE,
                        List.of(new BytesRef(UnitType.HEADING.label()), new BytesRef(UnitType.TITLE.label()))),
                        Occur.FILTER)
                .build();
        Map<String, List<Found>> byText = new LinkedHashMap<>();
        for (StoredDocs.Hit hit : StoredDocs.of(searcher, query, FIELDS)) {
            found(hit).ifPresent(f -> byText.computeIfAbsent(f.entry().text().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(f));
        }
        record Group(Entry best, long briefings) {
        }
        List<Group> groups = new ArrayList<>(byText.size());
        for (List<Found> same : byText.values()) {
            boolean title = same.stream().anyMatch(f -> f.entry().kind() == Suggestion.Kind.TITLE);
            Found best = same.stream()
                    .filter(f -> !title || f.entry().kind() == Suggestion.Kind.TITLE)
                    .min(Comparator.comparingLong(Found::published).reversed() // newest first
                            .thenComparing((Found f) -> f.entry().briefingId())
                            .thenComparingInt(Found::docId))
                    .orElseThrow();
            groups.add(new Group(best.entry(), same.stream().map(f -> f.entry().briefingId()).distinct().count()));
        }
        groups.sort(Comparator.comparingLong((Group g) -> -g.briefings())
                .thenComparing(g -> g.best().kind() != Suggestion.Kind.TITLE)
                .thenComparingInt(g -> g.best().text().length())
                .thenComparing(g -> g.best().text().toLowerCase(Locale.ROOT))
                .thenComparing(g -> g.best().text()));
        return groups.stream().map(Group::best).toList();
    }

    private static Optional<Found> found(StoredDocs.Hit hit) {
        Document doc = hit.doc();
        String text = SPACES.matcher(doc.get(IndexSchema.TEXT)).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        boolean heading = UnitType.HEADING.label().equals(doc.get(IndexSchema.UNIT_TYPE));
        Entry entry = new Entry(text, heading ? Suggestion.Kind.HEADING : Suggestion.Kind.TITLE,
                doc.get(IndexSchema.BRIEFING_ID),
                heading ? Optional.of(doc.get(IndexSchema.UNIT_ID)) : Optional.empty());
        IndexableField published = doc.getField(IndexSchema.PUBLISHED);
        return Optional.of(new Found(entry, published == null ? Long.MIN_VALUE : published.numericValue().longValue(),
                hit.docId()));
    }
}
