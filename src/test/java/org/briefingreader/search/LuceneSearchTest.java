package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.search.SearchFixtures.briefing;
import static org.briefingreader.search.SearchFixtures.markedWords;
import static org.briefingreader.search.SearchFixtures.query;
import static org.briefingreader.search.SearchFixtures.section;
import static org.briefingreader.search.SearchFixtures.unitIds;
import static org.briefingreader.search.SearchFixtures.unitsMatching;
import static org.briefingreader.search.SearchFixtures.word;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.UnitType;
import org.briefingreader.domain.query.ParsedQuery;
import org.briefingreader.domain.query.QueryNode;
import org.briefingreader.domain.query.QueryNode.And;
import org.briefingreader.domain.query.QueryNode.Field;
import org.briefingreader.domain.query.QueryNode.InField;
import org.briefingreader.domain.query.QueryNode.Not;
import org.briefingreader.domain.query.QueryNode.Or;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches over the real seed briefing and two small ones, on a real index in a temporary folder. */
class LuceneSearchTest {
    private static final Briefing NORWAY = briefing("norway-oil-outlook-2019-01-10", "Norway Oil Outlook",
            Optional.of(LocalDate.of(2019, 1, 10)), "Russia and Japan both buy Norwegian oil technology.",
            List.of(section("the-history", "The History", SectionKind.HISTORY,
                            "Oil was found in the North Sea in 1969."),
                    section("what-comes-next", "What Comes Next", SectionKind.OUTLOOK,
                            "Prices will stay high while Russia is under sanctions.")));
    private static final Briefing UNDATED = briefing("harbour-notes", "Harbour Notes", Optional.empty(),
            "Ships from Japan call at the harbour every week.", List.of());

    @TempDir
    Path dir;
    private Briefing seed;
    private LuceneLibraryIndex index;

    @BeforeEach
    void fill() throws IOException {
        seed = SearchFixtures.seed();
        index = SearchFixtures.filled(dir, seed, NORWAY, UNDATED);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private SearchResults search(QueryNode node) throws IOException {
        return index.search(query(node));
    }

    @Test
    void wordFindsOtherFormsOfItsStemAndMarksThem() throws IOException {
        SearchResults results = search(word("island"));

        assertThat(results.total()).isEqualTo(unitsMatching(seed, "\\bislands?\\b")).isPositive();
        assertThat(results.hits()).allSatisfy(hit -> assertThat(markedWords(hit)).isNotEmpty()
                .allSatisfy(w -> assertThat(w).isIn("island", "islands")));
        assertThat(results.hits()).flatExtracting(SearchFixtures::markedWords).contains("islands");
    }

    @Test
    void phraseMatchesItsWordsInOrderOnly() throws IOException {
        SearchResults results = search(new QueryNode.Phrase(List.of("peace", "deal"), 0));

        assertThat(unitIds(results)).containsExactly("the-history.p1");
        assertThat(markedWords(results.hits().get(0))).containsExactly("peace", "deal");
        assertThat(search(new QueryNode.Phrase(List.of("deal", "peace"), 0)).total()).isZero();
    }

    @Test
    void slopLetsPhraseWordsStandApart() throws IOException {
        // "sovereignty over the islands" (2 apart) and "sovereignty over a string of islands" (4 apart)
        assertThat(search(new QueryNode.Phrase(List.of("sovereignty", "islands"), 0)).total()).isZero();
        assertThat(unitIds(search(new QueryNode.Phrase(List.of("sovereignty", "islands"), 2))))
                .containsExactly("little-progress.p1");
        SearchResults apart = search(new QueryNode.Phrase(List.of("sovereignty", "islands"), 4));
        assertThat(unitIds(apart)).containsExactlyInAnyOrder("little-progress.p1", "the-history.p1");
        // the words of the phrase, not those between them, nor "the islands" later in the paragraph
        SearchHit history = apart.hits().stream().filter(h -> h.unitId().equals("the-history.p1")).findFirst().get();
        assertThat(markedWords(history)).containsExactly("sovereignty", "islands");
        assertThat(history.text().substring(history.matches().get(0).start(), history.matches().get(1).end()))
                .isEqualTo("sovereignty over a string of islands");
    }

    @Test
    void orFindsUnitsWithEitherWord() throws IOException {
        SearchResults results = search(new Or(List.of(word("crimea"), word("siberia"))));

        assertThat(results.total()).isEqualTo(unitsMatching(seed, "crimea|siberia")).isGreaterThan(1);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.text()).containsPattern("Crimea|Siberia"));
    }

    @Test
    void filterBesideAWordInOrMatchesWithoutRanking() throws IOException {
        SearchResults results = search(new Or(List.of(word("turkish"), new QueryNode.KindIs(SectionKind.OUTLOOK))));

        assertThat(results.total()).isEqualTo(1 + 2 + 2); // the Turkish paragraph; both outlook headings and paragraphs
        assertThat(results.hits().get(0).unitId()).isEqualTo("why-theres-been-no-progress.p1");
        assertThat(results.hits().get(0).score()).isPositive();
        assertThat(results.hits().subList(1, results.hits().size())).allSatisfy(hit -> {
            assertThat(hit.kind()).contains(SectionKind.OUTLOOK);
            assertThat(hit.score()).isZero();
        });
    }

    @Test
    void notExcludesUnitsWithTheWord() throws IOException {
        SearchResults results = search(new And(List.of(word("russia"), new Not(word("china")))));

        assertThat(results.total()).isPositive();
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.text()).doesNotContainPattern("(?i)china"));
    }

    @Test
    void pureNegativeFindsEveryOtherUnitAndNoBookkeeping() throws IOException {
        SearchResults results = search(new Not(word("russia")));

        long units = SearchFixtures.unitTexts(seed).size() + SearchFixtures.unitTexts(NORWAY).size()
                + SearchFixtures.unitTexts(UNDATED).size();
        long withRussia = unitsMatching(seed, "\\brussia\\b") + unitsMatching(NORWAY, "\\brussia\\b");
        assertThat(results.total()).isEqualTo(units - withRussia);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.unitId()).isNotBlank());
    }

    @Test
    void prefixFindsAndMarksWholeUnstemmedWords() throws IOException {
        SearchResults results = search(new QueryNode.Prefix("sovereign"));

        assertThat(results.total()).isEqualTo(unitsMatching(seed, "\\bsovereign")).isPositive();
        assertThat(results.hits()).allSatisfy(hit -> assertThat(markedWords(hit)).isNotEmpty()
                .allSatisfy(w -> assertThat(w).isEqualTo("sovereignty")));
    }

    @Test
    void prefixFindsEveryWordItStartsNotJustTheFirstFifty(@TempDir Path other) throws IOException {
        List<Briefing> many = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String word = "zeta" + Integer.toString(i, 26).replace('0', 'q') + "x";
            many.add(SearchFixtures.briefing("b-" + i, "Briefing " + i, Optional.empty(), "It says " + word + ".",
                    List.of()));
        }
        try (LuceneLibraryIndex index = SearchFixtures.filled(other, many.toArray(Briefing[]::new))) {
            SearchResults results = index.search(SearchFixtures.query(new QueryNode.Prefix("zeta"), 0, 200));
            assertThat(results.total()).isEqualTo(120);
            assertThat(results.briefingsMatched()).isEqualTo(120);
            List<String> byId = many.stream().map(Briefing::id).sorted().limit(SearchResults.MAX_BRIEFING_COUNTS)
                    .toList();
            assertThat(results.countsByBriefing().keySet()).as("the 100 briefings with most hits; equal counts in index order, which in one segment is id order")
                    .containsExactlyInAnyOrderElementsOf(byId);
            assertThat(results.hits()).allSatisfy(hit -> assertThat(markedWords(hit)).singleElement()
                    .asString().startsWith("zeta"));
        }
    }

    @Test
    void briefingCountsKeepTheBriefingsWithMostHits(@TempDir Path other) throws IOException {
        List<Briefing> many = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            List<org.briefingreader.domain.Section> sections = i % 26 == 25
                    ? List.of(section("more", "More", SectionKind.OTHER, "The quokka again.", "And a quokka."))
                    : List.of();
            many.add(SearchFixtures.briefing("q-" + i, "Briefing " + i, Optional.empty(), "A quokka.", sections));
        }
        try (LuceneLibraryIndex index = SearchFixtures.filled(other, many.toArray(Briefing[]::new))) {
            SearchResults results = index.search(SearchFixtures.query(word("quokka"), 0, 10));
            assertThat(results.briefingsMatched()).isEqualTo(130);
            assertThat(results.countsByBriefing()).hasSize(SearchResults.MAX_BRIEFING_COUNTS)
                    .containsEntry("q-25", 3L).containsEntry("q-51", 3L).containsEntry("q-77", 3L)
                    .containsEntry("q-103", 3L).containsEntry("q-129", 3L);
        }
    }

    @Test
    void fuzzyWordFindsAndMarksNearSpellings() throws IOException {
        SearchResults results = search(new QueryNode.Fuzzy("putn", 1));

        assertThat(results.hits()).extracting(SearchHit::unitId).contains("caption.1", "lede.p1", "the-history.p1");
        assertThat(results.hits()).allSatisfy(hit -> assertThat(markedWords(hit)).isNotEmpty()
                .allSatisfy(w -> assertThat(SearchFixtures.editDistance(w, "putn")).isLessThanOrEqualTo(1)));
        SearchHit caption = results.hits().stream().filter(h -> h.unitId().equals("caption.1")).findFirst().get();
        assertThat(markedWords(caption)).containsExactly("putin");
    }

    @Test
    void titleWordGivesOneTitleHitNotEveryParagraph() throws IOException {
        SearchResults luck = search(word("luck"));

        assertThat(luck.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.unitType()).isEqualTo(UnitType.TITLE);
            assertThat(hit.unitId()).isEqualTo("title");
            assertThat(hit.position()).isZero();
            assertThat(markedWords(hit)).containsExactly("luck");
        });
        SearchResults japan = search(word("japan"));
        assertThat(japan.hits()).filteredOn(h -> h.unitType() == UnitType.TITLE)
                .extracting(SearchHit::briefingId).containsExactly(seed.id());
    }

    @Test
    void titleScopeKeepsUnitsOfBriefingsWhoseTitleMatches() throws IOException {
        SearchResults japanInRussiaTitles = search(new And(List.of(word("japan"), new InField(Field.TITLE,
                word("russia")))));

        assertThat(japanInRussiaTitles.total()).isEqualTo(unitsMatching(seed, "\\bjapan\\b"));
        assertThat(japanInRussiaTitles.hits()).extracting(SearchHit::briefingId).containsOnly(seed.id());
        assertThat(search(new InField(Field.TITLE, word("norway"))).total())
                .isEqualTo(SearchFixtures.unitTexts(NORWAY).size());
        assertThat(search(new InField(Field.TITLE, word("nowhere"))).total()).isZero();
    }

    @Test
    void sectionScopeMatchesHeadingsAndGivesNoFakeMarks() throws IOException {
        SearchResults results = search(new InField(Field.SECTION, word("history")));

        assertThat(results.hits()).extracting(SearchHit::sectionId).containsOnly(Optional.of("the-history"));
        assertThat(results.total()).isEqualTo(4); // heading and paragraph, in the seed and in NORWAY
        SearchHit paragraph = results.hits().stream()
                .filter(h -> h.briefingId().equals(seed.id()) && h.unitType() == UnitType.PARAGRAPH).findFirst().get();
        assertThat(paragraph.text()).doesNotContainPattern("(?i)histor");
        assertThat(paragraph.matches()).isEmpty();
        assertThat(paragraph.snippet().start()).isZero();
        assertThat(paragraph.snippet().length()).isLessThanOrEqualTo(HitHighlighter.SNIPPET_CHARS);
    }

    @Test
    void negatedSectionScopeStaysInsideSections() throws IOException {
        SearchResults results = search(new InField(Field.SECTION, new Not(word("history"))));

        assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.sectionId()).isPresent().get().isNotEqualTo("the-history");
        });
    }

    @Test
    void kindScopeAndKindFilterKeepOnlyThatKind() throws IOException {
        SearchResults outlook = search(new And(List.of(word("russia"), new QueryNode.KindIs(SectionKind.OUTLOOK))));
        assertThat(outlook.hits()).extracting(SearchHit::unitId)
                .containsExactlyInAnyOrder("how-it-will-play-out.p1", "what-comes-next.p1");

        SearchResults filtered = index.search(query(word("islands"), SectionKind.HISTORY));
        assertThat(unitIds(filtered)).containsExactly("the-history.p1");
        assertThat(filtered.hits().get(0).kind()).contains(SectionKind.HISTORY);
    }

    @Test
    void summaryBulletsAreOfKindSummary() throws IOException {
        SearchResults results = search(new QueryNode.KindIs(SectionKind.SUMMARY));

        assertThat(unitIds(results)).containsExactly("summary.b1", "summary.b2", "summary.b3");
        assertThat(results.hits()).allSatisfy(hit -> {
            assertThat(hit.kind()).contains(SectionKind.SUMMARY);
            assertThat(hit.sectionId()).isEmpty();
            assertThat(hit.unitType()).isEqualTo(UnitType.SUMMARY);
        });
    }

    @Test
    void briefingScopeKeepsOneBriefing() throws IOException {
        SearchResults results = search(new And(List.of(word("japan"), new QueryNode.BriefingIs(NORWAY.id()))));

        assertThat(unitIds(results)).containsExactly("lede.p1");
        assertThat(results.hits().get(0).briefingTitle()).isEqualTo("Norway Oil Outlook");
    }

    @Test
    void sourceScopeMatchesThePublisher() throws IOException {
        SearchResults results = search(new And(List.of(word("japan"),
                new InField(Field.SOURCE, word("stratfor")))));

        assertThat(results.hits()).isNotEmpty().extracting(SearchHit::briefingId).containsOnly(seed.id());
    }

    @Test
    void datesFilterByUtcDayWithTheEndExcluded() throws IOException {
        QueryNode japan = word("japan");
        assertThat(briefingsOf(new And(List.of(japan, range(LocalDate.of(2019, 1, 1), null)))))
                .containsOnly(NORWAY.id());
        assertThat(briefingsOf(new And(List.of(japan, range(null, LocalDate.of(2018, 5, 26))))))
                .containsOnly(seed.id());
        assertThat(search(new And(List.of(japan, range(null, LocalDate.of(2018, 5, 25))))).total()).isZero();
        assertThat(briefingsOf(new And(List.of(japan, range(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 6, 1))))))
                .containsOnly(seed.id());
        assertThat(briefingsOf(japan)).contains(UNDATED.id());
        assertThat(briefingsOf(new And(List.of(japan, range(LocalDate.of(1900, 1, 1), null)))))
                .doesNotContain(UNDATED.id());
    }

    private static QueryNode range(LocalDate from, LocalDate until) {
        return new QueryNode.DateRange(Optional.ofNullable(from), Optional.ofNullable(until));
    }

    private List<String> briefingsOf(QueryNode node) throws IOException {
        return search(node).hits().stream().map(SearchHit::briefingId).distinct().toList();
    }

    @Test
    void countsCoverAllHitsNotJustThePage() throws IOException {
        SearchResults all = search(word("russia"));
        SearchResults page = index.search(query(word("russia"), 0, 3));

        assertThat(page.hits()).hasSize(3);
        assertThat(page.total()).isEqualTo(all.total()).isEqualTo(all.hits().size());
        assertThat(page.countsByBriefing()).isEqualTo(all.countsByBriefing());
        assertThat(page.countsByBriefing().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.total());
        assertThat(page.countsByBriefing().get(NORWAY.id())).isEqualTo(2);
        for (SectionKind kind : SectionKind.values()) {
            long expected = all.hits().stream().filter(h -> h.kind().equals(Optional.of(kind))).count();
            assertThat(page.countsByKind().getOrDefault(kind, 0L)).as(kind.label()).isEqualTo(expected);
        }
    }

    @Test
    void ranksBestFirst() throws IOException {
        SearchResults results = search(new Or(List.of(word("sanctions"), word("russia"))));

        assertThat(results.hits()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void matchOffsetsCoverExactlyTheWords() throws IOException {
        SearchResults results = search(new Or(List.of(word("Japan's"), word("russia"))));

        assertThat(results.hits()).allSatisfy(hit -> assertThat(markedWords(hit)).isNotEmpty()
                .allSatisfy(w -> assertThat(w).matches("japan|japan's|japan\u2019s|russia|russia's|russia\u2019s")));
        assertThat(results.hits()).allSatisfy(hit -> {
            assertThat(hit.matches()).isSorted();
            for (int i = 1; i < hit.matches().size(); i++) {
                assertThat(hit.matches().get(i).start()).isGreaterThan(hit.matches().get(i - 1).end());
            }
            long inText = Pattern.compile("(?i)\\b(japan|russia)\\b").matcher(hit.text()).results().count();
            assertThat(hit.matches()).hasSize((int) inText);
        });
    }

    @Test
    void snippetIsTheMatchingSentence() throws IOException {
        SearchHit hit = search(word("turkish")).hits().get(0);

        assertThat(hit.snippetText()).isEqualTo("Instead, the project went to a Turkish consortium.");
        assertThat(hit.text()).contains(hit.snippetText()).isNotEqualTo(hit.snippetText());
    }

    @Test
    void emptyOrStopWordQueryFindsNothing() throws IOException {
        SearchQuery nothing = new SearchQuery("", new ParsedQuery(Optional.empty(), List.of()), Optional.empty(), 0,
                10);
        assertThat(index.search(nothing).total()).isZero();
        assertThat(search(word("the")).total()).isZero();
        assertThat(search(new And(List.of(word("the"), word("islands")))).total())
                .isEqualTo(search(word("islands")).total());
    }

    @Test
    void hugeQueryIsCutWithANoteInsteadOfFailing() throws IOException {
        List<QueryNode> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(i % 3 == 0 ? new QueryNode.Prefix("j" + i) : word("japan" + i));
        }
        many.add(0, new QueryNode.Prefix("a"));
        SearchResults results = search(new Or(many));

        assertThat(results.query().notes()).anyMatch(n -> n.contains("too long"));
        assertThat(results.total()).isPositive(); // a* comes first and is kept
    }
}
