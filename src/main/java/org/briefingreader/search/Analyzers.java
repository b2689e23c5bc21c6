package org.briefingreader.search;

import java.io.Closeable;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers of one open index: stemmed English, exact words, and the per-field mix used for writing.
 *
 * @param english stems, for {@code text} and {@code heading}
 * @param exact   lower-cased words as written, for prefix and fuzzy words and the source
 * @param index   English by default, exact for the unstemmed fields (writing and highlighting)
 */
record Analyzers(Analyzer english, Analyzer exact, Analyzer index) implements Closeable {

    static Analyzers create() {
        Analyzer english = IndexSchema.englishAnalyzer();
        Analyzer exact = IndexSchema.exactAnalyzer();
        return new Analyzers(english, exact, IndexSchema.indexAnalyzer(english, exact));
    }

    @Override
    public void close() {
        index.close();
        english.close();
        exact.close();
    }
}
