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
}
