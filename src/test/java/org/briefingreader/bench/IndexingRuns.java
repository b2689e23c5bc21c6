package org.briefingreader.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.briefingreader.domain.Briefing;
import org.briefingreader.search.IndexSchema;
import org.briefingreader.search.LuceneLibraryIndex;

/**
 * One timed indexing of a list of briefings, by the product's index or by a bare Lucene writer.
 *
 * <p>Both time from the first document to the end of the commit; opening and closing are outside the timing.
 * The bare writer gets only what any full-text index of these units needs: per unit a document with the unit text
 * in {@code text} (English analyzer, stored) and again in {@code text_exact} (the exact analyzer, not stored),
 * with positions and offsets, exactly like the product's two text fields, and the writer's default settings, as the
 * product's are. What it leaves out is what the product adds: the metadata fields and doc values of every unit
 * (briefing, section, kind, position, source, date), one meta document per briefing, and replacing a briefing's
 * documents by its id.
 */
final class IndexingRuns {
    private static final FieldType TEXT_TYPE = textType(true);
    private static final FieldType EXACT_TYPE = textType(false);

    private IndexingRuns() {
    }

    /** Puts every briefing into a new {@link LuceneLibraryIndex} in {@code dir} and commits; the nanoseconds. */
    static long ours(List<Briefing> briefings, Path dir) throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            long start = System.nanoTime();
            for (Briefing briefing : briefings) {
                index.put(briefing, "bench");
            }
            index.commit("bench");
            return System.nanoTime() - start;
        }
    }

    /** Adds every unit text of every briefing to a bare {@link IndexWriter} in {@code dir} and commits. */
    static long bare(List<Briefing> briefings, Path dir) throws IOException {
        Analyzer english = IndexSchema.englishAnalyzer();
        Analyzer exact = IndexSchema.exactAnalyzer();
        try (Directory directory = FSDirectory.open(dir);
                Analyzer perField = IndexSchema.indexAnalyzer(english, exact);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false))) {
            long start = System.nanoTime();
            for (Briefing briefing : briefings) {
                for (String text : Corpus.unitTexts(briefing)) {
                    Document doc = new Document();
                    doc.add(new Field(IndexSchema.TEXT, text, TEXT_TYPE));
                    doc.add(new Field(IndexSchema.TEXT_EXACT, text, EXACT_TYPE));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
            return System.nanoTime() - start;
        } finally {
            english.close();
            exact.close();
        }
    }

    /** The product's text field types (IndexSchema's are package-private): positions and offsets. */
    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
