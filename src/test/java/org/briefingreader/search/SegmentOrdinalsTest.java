package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.search.SearchFixtures.briefing;
import static org.briefingreader.search.SearchFixtures.query;
import static org.briefingreader.search.SearchFixtures.section;
import static org.briefingreader.search.SearchFixtures.word;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts read from the per-segment ordinal arrays stay right across segments, replacements and deletes. */
class SegmentOrdinalsTest {
    @TempDir
    Path dir;

    @Test
    void countsFollowReplacedAndDeletedBriefingsAcrossSegments() throws IOException {
        int before = SegmentOrdinals.cachedSegments();
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.put(briefing("alpha", "Alpha", Optional.empty(), "Ice on the strait.",
                    List.of(section("outlook", "Outlook", SectionKind.OUTLOOK, "Ice again.", "More ice."))), "1");
            index.commit("one");
            index.put(briefing("beta", "Beta", Optional.empty(), "Ice fields.",
                    List.of(section("history", "History", SectionKind.HISTORY, "Old ice."))), "1");
            index.commit("two");
            SearchResults first = index.search(query(word("ice")));
            assertThat(first.total()).isEqualTo(5);
            assertThat(first.countsByBriefing()).isEqualTo(Map.of("alpha", 3L, "beta", 2L));
            assertThat(first.countsByKind()).isEqualTo(Map.of(SectionKind.OUTLOOK, 2L, SectionKind.HISTORY, 1L));
            assertThat(SegmentOrdinals.cachedSegments()).isGreaterThan(before);

            index.put(briefing("alpha", "Alpha", Optional.empty(), "No ice now.", List.of()), "2");
            index.remove("beta");
            index.commit("three");
            SearchResults second = index.search(query(word("ice")));
            assertThat(second.total()).isEqualTo(1);
            assertThat(second.countsByBriefing()).isEqualTo(Map.of("alpha", 1L));
            assertThat(second.countsByKind()).isEmpty();
        }
        assertThat(SegmentOrdinals.cachedSegments()).isEqualTo(before);
    }

    @Test
    void aTitleScopeReachesEveryBriefingWhoseTitleMatchesNotOnlyTheLargestCounts() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            for (int i = 0; i < 150; i++) {
                index.put(briefing(String.format("oil-%03d", i), "Oil note " + i, Optional.empty(),
                        "The harbour froze.", List.of()), "1");
            }
            index.put(briefing("gas", "Gas note", Optional.empty(), "The harbour froze.", List.of()), "1");
            index.commit("all");
            SearchResults scoped = index.search(typed("title:oil harbour", 0, 20));
            assertThat(scoped.total()).isEqualTo(150);
            assertThat(scoped.briefingsMatched()).isEqualTo(150);
        }
    }

    @Test
    void aQueryThatOnlyFiltersRanksInIndexOrderAndPagesWithoutGaps() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            for (int i = 0; i < 30; i++) {
                index.put(briefing(String.format("note-%02d", i), "Note " + i, Optional.empty(), "First. ",
                        List.of(section("later", "Later", SectionKind.OUTLOOK, "Second.", "Third."))), "1");
                if (i % 7 == 0) {
                    index.commit("part");
                }
            }
            index.commit("all");
            SearchResults all = index.search(typed("-nothing", 0, 200));
            assertThat(all.total()).isEqualTo(30 * 5); // title, lede, heading, two paragraphs
            assertThat(all.hits()).extracting(h -> h.score()).containsOnly(0f);
            List<org.briefingreader.domain.SearchHit> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < all.total(); offset += 9) {
                paged.addAll(index.search(typed("-nothing", offset, 9)).hits());
            }
            assertThat(paged).isEqualTo(all.hits());
            SearchResults scored = index.search(typed("second", 0, 200));
            assertThat(all.hits().stream().filter(h -> h.text().equals("Second.")).map(h -> h.briefingId()))
                    .containsExactlyElementsOf(scored.hits().stream().map(h -> h.briefingId()).toList());
        }
    }

    private static org.briefingreader.domain.SearchQuery typed(String text, int offset, int limit) {
        return new org.briefingreader.domain.SearchQuery(text, org.briefingreader.domain.query.QueryParser.parse(text),
                Optional.empty(), offset, limit);
    }
}
