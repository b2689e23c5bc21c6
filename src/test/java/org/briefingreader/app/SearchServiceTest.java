package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.LibraryIndex;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.search.LuceneLibraryIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index as a faithful cache of the store: a real store folder and a real Lucene index on disk. */
class SearchServiceTest {
    @TempDir
    Path home;

    private JsonBriefingStore store;
    private JsonAnnotationStore notes;
    private LuceneLibraryIndex index;
    private SearchService search;

    @BeforeEach
    void open() throws Exception {
        store = new JsonBriefingStore(home.resolve("briefings"));
        store.save(new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing());
        notes = new JsonAnnotationStore(LibraryPaths.under(home.resolve("library")));
        index = LuceneLibraryIndex.open(home.resolve("index"));
        search = new SearchService(index, store, notes);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private Briefing briefing(String title, String body) throws Exception {
        Path file = Files.writeString(home.resolve(title.replace(' ', '-') + ".txt"), title + "\n\n" + body + "\n",
                StandardCharsets.UTF_8);
        return new PlainTextBriefingParser().parse(file).briefing();
    }

    private long hits(String query) throws IOException {
        return search.search(query, Optional.empty(), 0, 10).total();
    }

    /** Units of {@code b} whose text has every one of these words (regular expressions, whole words). */
    private static long unitsSaying(Briefing b, String... words) {
        return b.allUnits().stream().filter(u -> java.util.Arrays.stream(words)
                .allMatch(w -> java.util.regex.Pattern.compile("(?i)\\b" + w + "\\b").matcher(u.text()).find()))
                .count();
    }

    @Test
    void firstSyncFillsAMissingIndexWithProgress() throws Exception {
        assertThat(index.openState()).isEqualTo(LibraryIndex.OpenState.MISSING);
        List<String> progress = new ArrayList<>();
        SyncReport report = search.sync((done, total) -> progress.add(done + "/" + total));
        assertThat(report.indexed()).isEqualTo(1);
        assertThat(progress).containsExactly("1/1");
        assertThat(hits("sovereignty islands")).isEqualTo(unitsSaying(store.list().get(0), "sovereignty", "islands?"))
                .isPositive();
    }

    @Test
    void secondSyncWithoutChangesDoesNothing() throws Exception {
        search.sync(SyncListener.NONE);
        SyncReport again = search.sync(SyncListener.NONE);
        assertThat(again.changedAnything()).isFalse();
        assertThat(index.committedGeneration()).as("no annotations: the briefing store's generation")
                .contains(org.briefingreader.domain.BriefingStore.generation(store.stamps()));
    }

    @Test
    void syncPicksUpAddedReplacedAndDeletedBriefings() throws Exception {
        search.sync(SyncListener.NONE);
        Briefing glacier = briefing("Glacier Report", "The glaciers are melting quickly.");
        store.save(glacier);
        assertThat(search.sync(SyncListener.NONE).indexed()).isEqualTo(1);
        assertThat(hits("glaciers")).as("the title and the lede").isEqualTo(2);

        store.save(briefing("Glacier Report", "The ice sheets are thinning instead."));
        assertThat(search.sync(SyncListener.NONE).indexed()).isEqualTo(1);
        assertThat(hits("glaciers")).as("only the title").isEqualTo(1);
        assertThat(hits("thinning")).isEqualTo(1);

        store.delete(glacier.id());
        SyncReport removed = search.sync(SyncListener.NONE);
        assertThat(removed.removed()).isEqualTo(1);
        assertThat(hits("thinning")).isZero();
    }

    @Test
    void aDamagedBriefingFileIsNamedAndTheRestStaysSearchable() throws Exception {
        Files.writeString(home.resolve("briefings/broken.json"), "{ not json", StandardCharsets.UTF_8);
        SyncReport report = search.sync(SyncListener.NONE);
        assertThat(report.problems()).singleElement().asString().contains("broken.json");
        assertThat(hits("sovereignty")).isPositive();
    }

    @Test
    void rebuildAfterACorruptIndexFindsEverythingAgain() throws Exception {
        search.sync(SyncListener.NONE);
        index.close();
        try (var files = Files.list(home.resolve("index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        index = LuceneLibraryIndex.open(home.resolve("index"));
        search = new SearchService(index, store, notes);
        assertThat(index.openState()).isEqualTo(LibraryIndex.OpenState.CORRUPT);
        assertThat(hits("sovereignty")).isZero();
        search.sync(SyncListener.NONE);
        assertThat(hits("sovereignty")).isPositive();
    }

    @Test
    void aSecondHolderOnlyReadsAndCannotRebuild() throws Exception {
        search.sync(SyncListener.NONE);
        try (LuceneLibraryIndex second = LuceneLibraryIndex.open(home.resolve("index"))) {
            SearchService reader = new SearchService(second, store, notes);
            assertThat(reader.holdsIndex()).isFalse();
            assertThat(reader.sync(SyncListener.NONE).writable()).isFalse();
            SearchResults results = reader.search("sovereignty", Optional.empty(), 0, 5);
            assertThat(results.total()).isPositive();
            assertThatThrownBy(() -> reader.rebuild(SyncListener.NONE)).isInstanceOf(IndexBusyException.class);
        }
    }

    @Test
    void rebuildEmptiesAndRefills() throws Exception {
        search.sync(SyncListener.NONE);
        SyncReport report = search.rebuild(SyncListener.NONE);
        assertThat(report.indexed()).isEqualTo(1);
        assertThat(hits("sovereignty")).isPositive();
    }

    @Test
    void aBriefingScopeFindsOnlyThatBriefingAndKeepsTheQuerysOwnOr() throws Exception {
        Briefing other = briefing("Crimea Notes", "Crimea and the Kurils were both discussed at length.");
        store.save(other);
        search.sync(SyncListener.NONE);
        String seedId = store.stamps().keySet().stream().filter(id -> !id.equals(other.id())).findFirst().orElseThrow();
        SearchResults library = search.search("crimea OR kurils", Optional.empty(), Optional.empty(), 0, 50);
        SearchResults seedOnly = search.search("crimea OR kurils", Optional.of(seedId), Optional.empty(), 0, 50);

        assertThat(library.hits()).extracting(h -> h.briefingId()).contains(seedId, other.id());
        assertThat(seedOnly.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.briefingId()).isEqualTo(seedId));
        assertThat(seedOnly.total()).isEqualTo(library.countsByBriefing().get(seedId));
        assertThat(search.search("", Optional.of(seedId), Optional.empty(), 0, 10).total()).isZero();
    }
}
