package org.briefingreader.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.query.ParsedQuery;
import org.briefingreader.domain.query.QueryNode;
import org.briefingreader.ingest.text.PlainTextBriefingParser;

/** Briefings, queries and checks shared by the index tests. */
final class SearchFixtures {
    static final Path SEED = Path.of("samples", "japan-russia-2018.txt");

    private SearchFixtures() {
    }

    /** The real seed briefing, read by the real text importer. */
    static Briefing seed() {
        try {
            return new PlainTextBriefingParser().parse(SEED).briefing();
        } catch (BriefingInputException e) {
            throw new AssertionError("the seed must import: " + e.getMessage(), e);
        }
    }

    /** A small briefing: a lede paragraph and one section per {@code sections} entry (heading, kind, text). */
    static Briefing briefing(String id, String title, Optional<LocalDate> published, String lede,
            List<Section> sections) {
        return new Briefing(id, title, Optional.empty(), Optional.of("Example Press"),
                published.map(d -> ZonedDateTime.of(d.atTime(12, 0), ZoneId.of("UTC"))), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(new Paragraph("lede.p1", lede)), sections,
                id + ".txt", "sha256:" + id, Optional.empty());
    }

    static Section section(String id, String heading, SectionKind kind, String... paragraphs) {
        List<Paragraph> list = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            list.add(new Paragraph(id + ".p" + (i + 1), paragraphs[i]));
        }
        return new Section(id, heading, kind, list);
    }

    static SearchQuery query(QueryNode root) {
        return new SearchQuery(root.toString(), new ParsedQuery(Optional.of(root), List.of()), Optional.empty(), 0,
                SearchQuery.MAX_WINDOW);
    }

    static SearchQuery query(QueryNode root, int offset, int limit) {
        return new SearchQuery(root.toString(), new ParsedQuery(Optional.of(root), List.of()), Optional.empty(),
                offset, limit);
    }

    static SearchQuery query(QueryNode root, SectionKind kind) {
        return new SearchQuery(root.toString(), new ParsedQuery(Optional.of(root), List.of()), Optional.of(kind), 0,
                SearchQuery.MAX_WINDOW);
    }

    static QueryNode.Word word(String text) {
        return new QueryNode.Word(text);
    }

    /** Every text unit as the index holds them: title, captions, summary, lede, then headings and paragraphs. */
    static List<String> unitTexts(Briefing briefing) {
        List<String> texts = new ArrayList<>();
        texts.add(briefing.title());
        briefing.captions().forEach(p -> texts.add(p.text()));
        briefing.summary().forEach(p -> texts.add(p.text()));
        briefing.lede().forEach(p -> texts.add(p.text()));
        for (Section section : briefing.sections()) {
            texts.add(section.heading());
            section.paragraphs().forEach(p -> texts.add(p.text()));
        }
        return texts;
    }

    /** How many units of the briefing contain a match of {@code regex} (case-insensitive). */
    static long unitsMatching(Briefing briefing, String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return unitTexts(briefing).stream().filter(t -> pattern.matcher(t).find()).count();
    }

    /** The marked words of a hit, lower-cased. */
    static List<String> markedWords(SearchHit hit) {
        List<String> words = new ArrayList<>();
        for (TextRange range : hit.matches()) {
            words.add(hit.text().substring(range.start(), range.end()).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    static List<String> unitIds(SearchResults results) {
        return results.hits().stream().map(SearchHit::unitId).toList();
    }

    /** Edit distance (insertions, deletions, substitutions) between two words. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Opens an index and fills it with {@code briefings}, committed. */
    static LuceneLibraryIndex filled(Path dir, Briefing... briefings) throws IOException {
        LuceneLibraryIndex index = LuceneLibraryIndex.open(dir);
        for (Briefing briefing : briefings) {
            index.put(briefing, "stamp-" + briefing.id());
        }
        index.commit("test");
        return index;
    }
}
