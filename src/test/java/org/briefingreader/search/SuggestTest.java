package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefingreader.search.SearchFixtures.briefing;
import static org.briefingreader.search.SearchFixtures.section;
import static org.briefingreader.search.SearchFixtures.unitsMatching;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.store.AlreadyClosedException;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.Suggestion;
import org.briefingreader.domain.Suggestion.Kind;
import org.briefingreader.domain.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search-box suggestions over the real seed and small briefings, on a real index in a temporary folder. */
class SuggestTest {
    /** "sovereign" in one unit, against "sovereignty" in several of the seed's. */
    private static final Briefing SOVEREIGN = briefing("sovereign-debt-2019-03-01", "Sovereign Debt Notes",
            Optional.of(LocalDate.of(2019, 3, 1)), "A sovereign default is rare.", List.of());

    @TempDir
    Path dir;

    private static Briefing withOutlook(String id, LocalDate published) {
        return briefing(id, "Notes " + id, Optional.of(published), "Markets were calm.",
                List.of(section("outlook", "Outlook", SectionKind.OUTLOOK, "Calm will last.")));
    }

    private static List<String> texts(List<Suggestion> suggestions, Kind kind) {
        return suggestions.stream().filter(s -> s.kind() == kind).map(Suggestion::text).toList();
    }

    private static String marked(Suggestion suggestion) {
        StringBuilder marked = new StringBuilder();
        for (TextRange range : suggestion.matches()) {
            marked.append('[').append(suggestion.text(), range.start(), range.end()).append(']');
        }
        return marked.toString();
    }

    @Test
    void lastWordIsCompletedFromTheLibraryMoreFrequentWordsFirst() throws IOException {
        Briefing seed = SearchFixtures.seed();
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, seed, SOVEREIGN)) {
            List<Suggestion> words = index.suggest("sovere", 10).stream().filter(s -> s.kind() == Kind.WORD).toList();

            long sovereignty = unitsMatching(seed, "\\bsovereignty\\b");
            long sovereign = unitsMatching(SOVEREIGN, "\\bsovereign\\b");
            assertThat(sovereignty).isGreaterThan(sovereign);
            assertThat(words).extracting(Suggestion::text).containsExactly("sovereignty", "sovereign");
            assertThat(words).allSatisfy(s -> {
                assertThat(s.matches()).containsExactly(new TextRange(0, 6));
                assertThat(s.briefingId()).isEmpty();
            });
        }
    }

    @Test
    void completionKeepsTheEarlierWordsAsTypedAndMarksTheTypedPart() throws IOException {
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, SearchFixtures.seed())) {
            Suggestion first = index.suggest("japan sovere", 5).get(0);
            Suggestion cased = index.suggest("Japan  SOVERE", 5).get(0);

            assertThat(first.kind()).isEqualTo(Kind.WORD);
            assertThat(first.text()).isEqualTo("japan sovereignty");
            assertThat(marked(first)).isEqualTo("[sovere]");
            assertThat(cased.text()).isEqualTo("Japan  sovereignty");
            assertThat(cased.matches()).containsExactly(new TextRange(7, 13));
        }
    }

    @Test
    void trailingSpaceCompletesNoWord() throws IOException {
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, SearchFixtures.seed())) {
            assertThat(index.suggest("japan", 10)).extracting(Suggestion::kind).contains(Kind.WORD);
            assertThat(index.suggest("japan ", 10)).extracting(Suggestion::kind).doesNotContain(Kind.WORD)
                    .contains(Kind.HEADING, Kind.TITLE);
        }
    }

    @Test
    void headingsContainingTheTypedWordsAreSuggestedWithTheirSection() throws IOException {
        Briefing seed = SearchFixtures.seed();
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, seed)) {
            Suggestion play = index.suggest("play", 10).stream().filter(s -> s.kind() == Kind.HEADING)
                    .findFirst().orElseThrow();
            List<Suggestion> bigPicture = index.suggest("big pic", 10);

            assertThat(play.text()).isEqualTo("How It Will Play Out");
            assertThat(play.briefingId()).contains(seed.id());
            assertThat(play.sectionId()).contains("how-it-will-play-out");
            assertThat(marked(play)).isEqualTo("[Play]");
            assertThat(texts(bigPicture, Kind.HEADING)).containsExactly("The Big Picture");
            assertThat(marked(bigPicture.stream().filter(s -> s.kind() == Kind.HEADING).findFirst().orElseThrow()))
                    .isEqualTo("[Big][Pic]");
        }
    }

    @Test
    void everyTypedWordMustBeInAHeading() throws IOException {
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, SearchFixtures.seed())) {
            assertThat(texts(index.suggest("japan want", 10), Kind.HEADING)).containsExactly("What Japan and Russia Want");
            assertThat(texts(index.suggest("history play", 10), Kind.HEADING)).isEmpty();
        }
    }

    @Test
    void titlesAreSuggestedWithTheirBriefing() throws IOException {
        Briefing seed = SearchFixtures.seed();
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, seed, SOVEREIGN)) {
            List<Suggestion> found = index.suggest("good luck", 10).stream()
                    .filter(s -> s.kind() == Kind.TITLE).toList();

            assertThat(found).singleElement().satisfies(title -> {
                assertThat(title.text()).isEqualTo(seed.title());
                assertThat(title.briefingId()).contains(seed.id());
                assertThat(title.sectionId()).isEmpty();
                assertThat(marked(title)).isEqualTo("[Good][Luck]");
            });
        }
    }

    @Test
    void theSameHeadingInManyBriefingsIsOneSuggestionPointingAtTheNewest() throws IOException {
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, withOutlook("a-2019-01-01", LocalDate.of(2019, 1, 1)),
                withOutlook("b-2021-06-01", LocalDate.of(2021, 6, 1)),
                withOutlook("c-2020-01-01", LocalDate.of(2020, 1, 1)))) {
            List<Suggestion> headings = index.suggest("outl", 10).stream()
                    .filter(s -> s.kind() == Kind.HEADING).toList();

            assertThat(headings).singleElement().satisfies(outlook -> {
                assertThat(outlook.text()).isEqualTo("Outlook");
                assertThat(outlook.briefingId()).contains("b-2021-06-01");
                assertThat(outlook.sectionId()).contains("outlook");
            });
        }
    }

    @Test
    void wordsTakeAtMostHalfThePlacesWhenHeadingsFillTheRest() throws IOException {
        Briefing many = briefing("w-2020-01-01", "Wind Notes", Optional.empty(), "Wind, winds, windy, window, winter.",
                List.of(section("wind-one", "Wind One", SectionKind.OTHER, "x"),
                        section("wind-two", "Wind Two", SectionKind.OTHER, "x"),
                        section("wind-three", "Wind Three", SectionKind.OTHER, "x")));
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, many)) {
            List<Suggestion> four = index.suggest("win", 4);
            List<Suggestion> ten = index.suggest("win", 10);

            assertThat(four).extracting(Suggestion::kind).containsExactly(Kind.WORD, Kind.WORD, Kind.TITLE, Kind.HEADING);
            assertThat(texts(ten, Kind.WORD)).hasSize(5);
            assertThat(ten).hasSize(9);
            assertThat(ten.subList(0, 5)).allSatisfy(s -> assertThat(s.kind()).isEqualTo(Kind.WORD));
        }
    }

    @Test
    void suggestionsFollowTheCommitsOfTheIndex() throws IOException {
        Briefing zanzibar = briefing("zanzibar-2020-05-05", "Spice Routes", Optional.empty(),
                "Zanzibar traded cloves.", List.of(section("zanzibar-today", "Zanzibar Today", SectionKind.OTHER,
                        "Tourism grew.")));
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, SearchFixtures.seed())) {
            assertThat(index.suggest("zanz", 10)).isEmpty();

            index.put(zanzibar, "s1");
            assertThat(index.suggest("zanz", 10)).as("not before the commit").isEmpty();
            index.commit("g1");
            assertThat(index.suggest("zanz", 10)).extracting(Suggestion::text, Suggestion::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("zanzibar", Kind.WORD),
                            org.assertj.core.groups.Tuple.tuple("Zanzibar Today", Kind.HEADING));

            index.remove(zanzibar.id());
            index.commit("g2");
            assertThat(index.suggest("zanz", 10)).isEmpty();
            assertThat(texts(index.suggest("play", 10), Kind.HEADING)).containsExactly("How It Will Play Out");
        }
    }

    @Test
    void aCommitRebuildsTheHeadingSuggesterOnlyOnceItHasBeenUsed() throws IOException {
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, SearchFixtures.seed())) {
            index.put(SearchFixtures.seed(), "again");
            index.commit("g1");
            assertThat(index.suggestionsWarm()).as("never asked: nothing built").isFalse();

            index.suggest("play", 5);
            index.put(briefing("b-2020-01-01", "Second", Optional.empty(), "Text.", List.of()), "s2");
            index.commit("g2");
            assertThat(index.suggestionsWarm()).as("rebuilt by the commit, not by the next keystroke").isTrue();
        }
    }

    @Test
    void readOnlyIndexSuggestsTheHoldersCommits() throws IOException {
        try (LuceneLibraryIndex writer = SearchFixtures.filled(dir, SearchFixtures.seed());
                LuceneLibraryIndex reader = LuceneLibraryIndex.open(dir)) {
            assertThat(reader.isWritable()).isFalse();
            assertThat(texts(reader.suggest("big pic", 10), Kind.HEADING)).containsExactly("The Big Picture");
            assertThat(texts(reader.suggest("sovere", 10), Kind.WORD)).containsExactly("sovereignty");

            writer.put(SOVEREIGN, "s2");
            writer.commit("g2");
            assertThat(texts(reader.suggest("sovere", 10), Kind.WORD)).containsExactly("sovereignty");
            reader.refresh();
            assertThat(texts(reader.suggest("sovere", 10), Kind.WORD)).containsExactly("sovereignty", "sovereign");
            assertThat(texts(reader.suggest("debt", 10), Kind.TITLE)).containsExactly("Sovereign Debt Notes");
        }
    }

    @Test
    void suggestionsRunWhileAnotherThreadCommits() throws Exception {
        int commits = 5;
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, SearchFixtures.seed())) {
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try {
                Future<?> written = writer.submit(() -> {
                    for (int i = 0; i < commits; i++) {
                        index.put(withOutlook("quarterly-" + i, LocalDate.of(2020, 1, 1).plusDays(i)), "s" + i);
                        index.commit("g" + i);
                    }
                    return null;
                });
                int asked = 0;
                while (!written.isDone() || asked == 0) {
                    assertThat(texts(index.suggest("big pic", 5), Kind.HEADING)).containsExactly("The Big Picture");
                    asked++;
                }
                written.get();
            } finally {
                writer.shutdown();
            }
            assertThat(index.suggest("outl", 5)).filteredOn(s -> s.kind() == Kind.HEADING).singleElement()
                    .satisfies(outlook -> assertThat(outlook.briefingId()).contains("quarterly-" + (commits - 1)));
        }
    }

    @Test
    void emptyIndexOrTextGivesNothing() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            assertThat(index.suggest("japan", 10)).isEmpty();
        }
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, SearchFixtures.seed())) {
            assertThat(index.suggest("", 10)).isEmpty();
            assertThat(index.suggest("  -( ", 10)).isEmpty();
            assertThatThrownBy(() -> index.suggest("japan", 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void closingReleasesTheSuggesterAndTheFolder() throws IOException {
        LuceneLibraryIndex index = SearchFixtures.filled(dir, SearchFixtures.seed());
        assertThat(index.suggest("big pic", 10)).isNotEmpty();
        index.close();

        assertThatThrownBy(() -> index.suggest("big pic", 10)).isInstanceOf(AlreadyClosedException.class);
        try (LuceneLibraryIndex again = LuceneLibraryIndex.open(dir)) {
            assertThat(again.isWritable()).isTrue();
            assertThat(texts(again.suggest("big pic", 10), Kind.HEADING)).containsExactly("The Big Picture");
        }
    }
}
