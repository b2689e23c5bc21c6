package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.search.SearchFixtures.briefing;
import static org.briefingreader.search.SearchFixtures.editDistance;
import static org.briefingreader.search.SearchFixtures.section;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.UnitType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Did you mean" spellings and related passages over the real seed, one briefing on its topic and one not. */
class RelatedAndSpellingsTest {
    private static final Briefing KURILS = briefing("kuril-talks-stall-2019-01-22", "Kuril Islands Talks Stall",
            Optional.of(LocalDate.of(2019, 1, 22)),
            "Japan and Russia again failed to agree on a peace treaty to settle the dispute over the Kuril islands.",
            List.of(section("the-dispute", "The Dispute", SectionKind.HISTORY,
                            "Soviet troops seized the southern Kurils at the end of World War II. Japan still claims "
                                    + "sovereignty over the islands, which it calls the Northern Territories.",
                            "Without a peace deal, Tokyo and Moscow have never formally ended the war."),
                    section("what-comes-next", "What Comes Next", SectionKind.OUTLOOK,
                            "Abe and Putin will meet again, but neither can give up control over the islands.")));
    private static final Briefing FOOTBALL = briefing("cup-final-2019-05-18", "Cup Final Report",
            Optional.of(LocalDate.of(2019, 5, 18)),
            "City won the cup final after a late goal from their captain in front of a record crowd.",
            List.of(section("the-match", "The Match", SectionKind.OTHER,
                    "The visitors held control of the midfield for an hour, but the home side scored twice in the "
                            + "second half and the manager praised his players.")));
    private static final Set<UnitType> PASSAGES = Set.of(UnitType.PARAGRAPH, UnitType.LEDE, UnitType.SUMMARY,
            UnitType.CAPTION);

    @TempDir
    Path dir;
    private Briefing seed;
    private LuceneLibraryIndex index;

    @BeforeEach
    void fill() throws IOException {
        seed = SearchFixtures.seed();
        index = SearchFixtures.filled(dir, seed, FOOTBALL, KURILS);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void misspelledWordGetsTheLibrarysSpelling() throws IOException {
        List<String> spellings = index.spellings("Soverignty", 5);

        assertThat(spellings).first().isEqualTo("sovereignty");
        assertThat(spellings).allSatisfy(word -> assertThat(editDistance(word, "soverignty")).isLessThanOrEqualTo(2));
    }

    @Test
    void wordOfTheLibraryHasNoSpellings() throws IOException {
        assertThat(index.spellings("sovereignty", 5)).isEmpty();
        assertThat(index.spellings("Islands", 5)).isEmpty();
    }

    @Test
    void wordFarFromEveryLibraryWordHasNoSpellings() throws IOException {
        assertThat(index.spellings("xqzvwk", 5)).isEmpty();
    }

    @Test
    void spellingsFollowRemovals() throws IOException {
        assertThat(index.spellings("kurill", 5)).contains("kuril");

        index.remove(KURILS.id());
        index.commit("g2");

        assertThat(index.spellings("kurill", 5)).doesNotContain("kuril");
    }

    @Test
    void passagesOfTheBriefingOnTheSameTopicComeFirst() throws IOException {
        List<SearchHit> related = index.related(seed.id(), "the-history.p1", 10);

        assertThat(related).isNotEmpty();
        assertThat(related.get(0).briefingId()).isEqualTo(KURILS.id());
        assertThat(related).allSatisfy(hit -> {
            assertThat(hit.briefingId()).isNotEqualTo(seed.id());
            assertThat(hit.unitType()).isIn(PASSAGES);
        });
        assertThat(related).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
    }

    @Test
    void relatedPassagesAreMarkedLikeSearchHits() throws IOException {
        SearchHit best = index.related(seed.id(), "the-history.p1", 3).get(0);
        Set<String> historyStems = stems(seed.sections().stream().filter(s -> s.id().equals("the-history"))
                .findFirst().orElseThrow().paragraphs().get(0).text());

        assertThat(best.matches()).isNotEmpty();
        assertThat(SearchFixtures.markedWords(best)).allSatisfy(word -> assertThat(historyStems).containsAll(stems(word)));
        assertThat(best.snippetText()).isNotBlank();
    }

    /** The words of {@code text} as the stemmed {@code text} field holds them. */
    private static Set<String> stems(String text) throws IOException {
        Set<String> stems = new HashSet<>();
        try (Analyzer english = IndexSchema.englishAnalyzer();
                TokenStream tokens = english.tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        }
        return stems;
    }

    @Test
    void relatedIsTheSameOnEveryCall() throws IOException {
        assertThat(index.related(seed.id(), "the-history.p1", 10))
                .isEqualTo(index.related(seed.id(), "the-history.p1", 10));
    }

    @Test
    void unknownBriefingOrUnitHasNoRelatedPassages() throws IOException {
        assertThat(index.related(seed.id(), "no-such-section.p9", 10)).isEmpty();
        assertThat(index.related("no-such-briefing", "the-history.p1", 10)).isEmpty();
    }

    @Test
    void limitCapsTheRelatedPassages() throws IOException {
        assertThat(index.related(seed.id(), "the-history.p1", 1)).hasSize(1);
    }
}
