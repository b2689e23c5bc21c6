package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.search.SearchFixtures.briefing;
import static org.briefingreader.search.SearchFixtures.query;
import static org.briefingreader.search.SearchFixtures.section;
import static org.briefingreader.search.SearchFixtures.word;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of equal-score hits: the same order every time, no hit twice, none skipped. */
class SearchPagingTest {
    @TempDir
    Path dir;

    @Test
    void equalScoresPageInIndexOrderWithEachBriefingInReadingOrder() throws IOException {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            numbers.add(i);
        }
        // Put in a shuffled order, and over several commits (segments), so index order is not the answer.
        Collections.shuffle(numbers, new Random(7));
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            for (int n : numbers) {
                index.put(briefing(String.format("harbour-%02d", n), "Notes " + n, Optional.empty(),
                        "The harbour is quiet.", List.of(section("later", "Later", SectionKind.OTHER,
                                "The harbour is quiet.", "The harbour is quiet."))), "s");
                if (n % 9 == 0) {
                    index.commit("part");
                }
            }
            index.commit("all");

            SearchResults all = index.search(query(word("harbour")));
            assertThat(all.total()).isEqualTo(120);
            assertThat(all.hits()).extracting(SearchHit::score).containsOnly(all.hits().get(0).score());
            // Equal scores in index order: each briefing's hits together, in reading order.
            List<String> runs = new ArrayList<>();
            for (int i = 0; i < all.hits().size(); i++) {
                SearchHit hit = all.hits().get(i);
                if (i == 0 || !all.hits().get(i - 1).briefingId().equals(hit.briefingId())) {
                    runs.add(hit.briefingId());
                } else {
                    assertThat(hit.position()).isGreaterThan(all.hits().get(i - 1).position());
                }
            }
            assertThat(runs).doesNotHaveDuplicates().hasSize(40);
            assertThat(index.search(query(word("harbour")))).isEqualTo(all);

            List<SearchHit> paged = new ArrayList<>();
            for (int offset = 0; offset < all.total(); offset += 7) {
                SearchResults page = index.search(query(word("harbour"), offset, 7));
                assertThat(page.total()).isEqualTo(120);
                assertThat(page.offset()).isEqualTo(offset);
                paged.addAll(page.hits());
            }
            assertThat(paged).isEqualTo(all.hits());
            assertThat(index.search(query(word("harbour"), 0, 10)).hits()).isEqualTo(all.hits().subList(0, 10));
            assertThat(index.search(query(word("harbour"), 200, 10)).hits()).isEmpty();
        }
    }
}
