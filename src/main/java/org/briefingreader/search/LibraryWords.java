package org.briefingreader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The library's own words, as written (the unstemmed {@code text_exact} field): completing a word being typed,
 * and spelling suggestions for a word that is not there.
 *
 * <p>{@code sovere} completes to {@code sovereignty} and {@code sovereign}, the word in more units first;
 * {@code soverignty} is spelled like {@code sovereignty}. A removed briefing's words stay in Lucene's term
 * dictionary until its segments are merged away, so when the reader has deletions a word is offered only if a
 * live document still holds it; its frequency may count the removed documents until then.
 */
final class LibraryWords {
    /** Most terms looked at per completion: a one-letter prefix stays cheap on a big library. */
    static final int MAX_SCANNED = 5_000;

    private final IndexReader reader;

    LibraryWords(IndexReader reader) {
        this.reader = reader;
    }

    /** Words starting with {@code prefix} (lower-case), more frequent first, then alphabetically; not the prefix. */
    List<String> complete(String prefix, int limit) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, IndexSchema.TEXT_EXACT);
        if (terms == null || prefix.isEmpty() || limit < 1) {
            return List.of();
        }
        BytesRef start = new BytesRef(prefix);
        TermsEnum each = terms.iterator();
        if (each.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        record Candidate(BytesRef term, int docFreq) {
        }
        List<Candidate> candidates = new ArrayList<>();
        BytesRef term = each.term();
        for (int scanned = 0; term != null && scanned < MAX_SCANNED && StringHelper.startsWith(term, start);
                scanned++) {
            if (!term.bytesEquals(start)) {
                candidates.add(new Candidate(BytesRef.deepCopyOf(term), each.docFreq()));
            }
            term = each.next();
        }
        candidates.sort(Comparator.comparingInt(Candidate::docFreq).reversed()); // stable: ties stay alphabetical
        List<String> words = new ArrayList<>(limit);
        for (Candidate candidate : candidates) {
            if (words.size() == limit) {
                break;
            }
            if (isLive(candidate.term())) {
                words.add(candidate.term().utf8ToString());
            }
        }
        return words;
    }

    /** Library words within two edits of {@code word} (lower-case), closest first; none if it is a library word. */
    List<String> spellings(String word, int limit) throws IOException {
        if (word.isEmpty() || limit < 1) {
            return List.of();
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        // Spare suggestions in case some are only in removed documents.
        int asked = reader.hasDeletions() ? limit * 2 : limit;
        SuggestWord[] similar = checker.suggestSimilar(new Term(IndexSchema.TEXT_EXACT, word), asked, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        List<String> words = new ArrayList<>(limit);
        for (SuggestWord suggested : similar) {
            if (words.size() < limit && isLive(new BytesRef(suggested.string))) {
                words.add(suggested.string);
            }
        }
        return words;
    }

    /** True when a document not deleted holds {@code term} in {@code text_exact}. */
    private boolean isLive(BytesRef term) throws IOException {
        if (!reader.hasDeletions()) {
            return true;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexSchema.TEXT_EXACT);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            if (!each.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = each.postings(null, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }
}
