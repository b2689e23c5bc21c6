package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefingreader.search.SearchFixtures.briefing;
import static org.briefingreader.search.SearchFixtures.query;
import static org.briefingreader.search.SearchFixtures.section;
import static org.briefingreader.search.SearchFixtures.word;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.LibraryIndex.OpenState;
import org.briefingreader.domain.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening, writing, committing, reopening, recovering and sharing an index folder. */
class LuceneIndexLifecycleTest {
    private static final Briefing SMALL = briefing("small-2020-02-02", "Small Things", Optional.empty(),
            "A lighthouse keeper counts the gulls.",
            List.of(section("the-history", "The History", SectionKind.HISTORY, "The lighthouse was built in 1890.")));

    @TempDir
    Path dir;

    private static long hits(LuceneLibraryIndex index, String word) throws IOException {
        return index.search(query(word(word))).total();
    }

    @Test
    void newFolderIsMissingAndEmpty() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir.resolve("cache/index"))) {
            assertThat(index.openState()).isEqualTo(OpenState.MISSING);
            assertThat(index.isWritable()).isTrue();
            assertThat(index.committedGeneration()).isEmpty();
            assertThat(index.indexedStamps()).isEmpty();
            assertThat(hits(index, "lighthouse")).isZero();
        }
    }

    @Test
    void changesShowAtCommitAndSurviveReopening() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.put(SMALL, "s1");
            assertThat(hits(index, "lighthouse")).isZero();
            index.commit("gen-1");
            assertThat(hits(index, "lighthouse")).isEqualTo(2);
            assertThat(index.committedGeneration()).contains("gen-1");
        }
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            assertThat(index.openState()).isEqualTo(OpenState.OK);
            assertThat(index.committedGeneration()).contains("gen-1");
            assertThat(hits(index, "lighthouse")).isEqualTo(2);
            assertThat(index.indexedStamps()).isEqualTo(Map.of(SMALL.id(), "s1"));
        }
    }

    @Test
    void closingDropsWhatWasNotCommitted() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.put(SMALL, "s1");
            index.commit("gen-1");
            index.remove(SMALL.id());
            index.put(SearchFixtures.seed(), "s2");
        }
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            assertThat(index.committedGeneration()).contains("gen-1");
            assertThat(index.indexedStamps()).isEqualTo(Map.of(SMALL.id(), "s1"));
        }
    }

    @Test
    void puttingAgainReplacesWithoutDuplicates() throws IOException {
        Briefing renamed = new Briefing(SMALL.id(), "Tall Stories", SMALL.subtitle(), SMALL.source(),
                SMALL.published(), SMALL.readTime(), SMALL.byline(), SMALL.captions(), SMALL.summary(), SMALL.lede(),
                SMALL.sections(), SMALL.originalFileName(), "sha256:other", SMALL.copyright());
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.put(SMALL, "s1");
            index.put(SMALL, "s1");
            index.commit("g");
            assertThat(hits(index, "lighthouse")).isEqualTo(2);
            assertThat(hits(index, "small")).isEqualTo(1);

            index.put(renamed, "s2");
            index.commit("g2");
            assertThat(hits(index, "small")).isZero();
            assertThat(hits(index, "tall")).isEqualTo(1);
            assertThat(hits(index, "lighthouse")).isEqualTo(2);
            assertThat(index.indexedStamps()).isEqualTo(Map.of(SMALL.id(), "s2"));
        }
    }

    @Test
    void removeAndClearTakeEveryDocumentOfABriefing() throws IOException {
        Briefing seed = SearchFixtures.seed();
        try (LuceneLibraryIndex index = SearchFixtures.filled(dir, SMALL, seed)) {
            assertThat(index.indexedStamps()).containsOnlyKeys(SMALL.id(), seed.id());
            index.remove(seed.id());
            index.commit("g2");
            assertThat(hits(index, "japan")).isZero();
            assertThat(hits(index, "lighthouse")).isEqualTo(2);
            assertThat(index.indexedStamps()).isEqualTo(Map.of(SMALL.id(), "stamp-" + SMALL.id()));

            index.clear();
            index.commit("g3");
            assertThat(hits(index, "lighthouse")).isZero();
            assertThat(index.indexedStamps()).isEmpty();
        }
    }

    @Test
    void truncatedFileMakesTheIndexCorruptAndItStartsAfresh() throws IOException {
        SearchFixtures.filled(dir, SMALL, SearchFixtures.seed()).close();
        Path largest = indexFiles().max(Comparator.comparingLong(LuceneIndexLifecycleTest::size)).orElseThrow();
        try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
            channel.truncate(size(largest) / 2);
        }

        assertReopensCorruptAndWorks();
    }

    @ParameterizedTest
    @ValueSource(strings = {".si", ".cfs", "segments_"})
    void deletedSegmentFileMakesTheIndexCorruptAndItStartsAfresh(String kind) throws IOException {
        SearchFixtures.filled(dir, SMALL).close();
        List<Path> doomed = indexFiles().filter(p -> p.getFileName().toString().contains(kind)).toList();
        assertThat(doomed).isNotEmpty();
        for (Path file : doomed) {
            Files.delete(file);
        }

        assertReopensCorruptAndWorks();
    }

    private void assertReopensCorruptAndWorks() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            assertThat(index.openState()).isEqualTo(OpenState.CORRUPT);
            assertThat(index.isWritable()).isTrue();
            assertThat(index.committedGeneration()).isEmpty();
            assertThat(index.indexedStamps()).isEmpty();
            assertThat(hits(index, "lighthouse")).isZero();
            index.put(SMALL, "s1");
            index.commit("refilled");
        }
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            assertThat(index.openState()).isEqualTo(OpenState.OK);
            assertThat(hits(index, "lighthouse")).isEqualTo(2);
        }
    }

    @Test
    void indexOfAnotherSchemaVersionIsWipedAsOldSchema() throws IOException {
        try (Directory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(IndexSchema.DOC_TYPE, IndexSchema.TYPE_UNIT, Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of(IndexSchema.USER_DATA_SCHEMA, String.valueOf(IndexSchema.SCHEMA_VERSION - 1),
                    IndexSchema.USER_DATA_GENERATION, "old").entrySet());
            writer.commit();
        }
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            assertThat(index.openState()).isEqualTo(OpenState.OLD_SCHEMA);
            assertThat(index.committedGeneration()).isEmpty();
            assertThat(index.search(query(new org.briefingreader.domain.query.QueryNode.Not(word("zebra")))).total())
                    .isZero();
        }
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            assertThat(index.openState()).isEqualTo(OpenState.OK);
        }
    }

    @Test
    void secondOpenWhileAWriterHoldsTheFolderIsReadOnlyAndSeesItsCommits() throws IOException {
        try (LuceneLibraryIndex writer = LuceneLibraryIndex.open(dir)) {
            writer.put(SMALL, "s1");
            writer.commit("gen-1");
            try (LuceneLibraryIndex reader = LuceneLibraryIndex.open(dir)) {
                assertThat(reader.isWritable()).isFalse();
                assertThat(reader.openState()).isEqualTo(OpenState.OK);
                assertThat(reader.committedGeneration()).contains("gen-1");
                assertThat(hits(reader, "lighthouse")).isEqualTo(2);
                assertThatThrownBy(() -> reader.put(SMALL, "s2")).isInstanceOf(IllegalStateException.class)
                        .hasMessage("read-only: another Briefing Reader holds the index");
                assertThatThrownBy(() -> reader.remove(SMALL.id())).isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(reader::clear).isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(() -> reader.commit("x")).isInstanceOf(IllegalStateException.class);

                writer.put(SearchFixtures.seed(), "s3");
                writer.commit("gen-2");
                assertThat(hits(reader, "japan")).isZero();
                reader.refresh();
                assertThat(hits(reader, "japan")).isPositive();
                assertThat(reader.committedGeneration()).contains("gen-2");
                assertThat(reader.indexedStamps()).containsOnlyKeys(SMALL.id(), SearchFixtures.seed().id());
            }
        }
        try (LuceneLibraryIndex again = LuceneLibraryIndex.open(dir)) {
            assertThat(again.isWritable()).isTrue();
        }
    }

    @Test
    void readOnlyBeforeTheOtherWriterCommittedFindsNothingUntilItDoes() throws IOException {
        try (Directory directory = FSDirectory.open(dir);
                Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            try (LuceneLibraryIndex reader = LuceneLibraryIndex.open(dir)) {
                assertThat(reader.isWritable()).isFalse();
                assertThat(reader.openState()).isEqualTo(OpenState.MISSING);
                assertThat(hits(reader, "lighthouse")).isZero();
                assertThat(reader.indexedStamps()).isEmpty();
                reader.refresh();
                assertThat(hits(reader, "lighthouse")).isZero();
                held.ensureValid();
            }
        }
    }

    private Stream<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)).toList().stream();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
