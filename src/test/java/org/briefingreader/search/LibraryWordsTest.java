package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.search.SearchFixtures.briefing;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.briefingreader.domain.Briefing;
import org.junit.jupiter.api.Test;

/**
 * Completions and spellings on an index whose removed briefing is still in a segment (merging off), as it is until
 * Lucene merges it away: its words must not be offered.
 */
class LibraryWordsTest {
    private static final Briefing KURILS = briefing("kuril-talks-2019-01-22", "Kuril Talks", Optional.empty(),
            "The Kuril islands dispute goes on; kurilian fishermen wait.", List.of());

    private static DirectoryReader withKurilsRemoved(Directory dir) throws IOException {
        Analyzers analyzers = Analyzers.create();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzers.index())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocuments(UnitDocuments.of(SearchFixtures.seed(), "s1"));
            writer.addDocuments(UnitDocuments.of(KURILS, "s2"));
            writer.commit();
            writer.deleteDocuments(new Term(IndexSchema.BRIEFING_ID, KURILS.id()));
            writer.commit();
        } finally {
            analyzers.close();
        }
        return DirectoryReader.open(dir);
    }

    @Test
    void wordsOnlyInRemovedBriefingsAreNotCompleted() throws IOException {
        try (Directory dir = new ByteBuffersDirectory(); DirectoryReader reader = withKurilsRemoved(dir)) {
            assertThat(reader.hasDeletions()).as("the removed briefing is still in the segment").isTrue();

            assertThat(new LibraryWords(reader).complete("kuri", 10)).containsExactly("kurils");
        }
    }

    @Test
    void wordsOnlyInRemovedBriefingsAreNotSpellings() throws IOException {
        try (Directory dir = new ByteBuffersDirectory(); DirectoryReader reader = withKurilsRemoved(dir)) {
            assertThat(new LibraryWords(reader).spellings("kurill", 10)).containsExactly("kurils");
        }
    }

    @Test
    void completionIsNeverTheTypedWordItself() throws IOException {
        try (Directory dir = new ByteBuffersDirectory(); DirectoryReader reader = withKurilsRemoved(dir)) {
            assertThat(new LibraryWords(reader).complete("japan", 10)).doesNotContain("japan").contains("japanese");
        }
    }
}
