package org.briefingreader.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Every field of the search index and how it is analysed: the one place to read before changing the index.
 *
 * <p>The index holds one document per text unit of a briefing (its title, each caption, summary bullet, lede
 * paragraph, section heading and section paragraph) and one {@code meta} document per briefing. A change to any
 * field, analyzer or document shape must raise {@link #SCHEMA_VERSION}: an index of another version is wiped
 * and refilled from the store on open, which is cheap because the index is only a cache of it.
 *
 * <p>Title scope ({@code title:russia}): the title is indexed once, as the {@code text} of the briefing's title
 * document, and never copied onto paragraphs, so a title match ranks once per briefing instead of flooding the
 * results with every paragraph of it. A {@code title:} clause is run in two steps by {@link TitleScope}: the
 * inner query against title documents gives a set of briefing ids, which then filters units by
 * {@link #BRIEFING_ID}. That reuses the {@code text}/{@code text_exact} analysis (stems, prefix, fuzzy) with no
 * extra field on every document.
 *
 * <p>Annotations ({@code annotation} documents, one per annotation, plus one {@code annotation_meta} per annotated
 * briefing) are kept apart from the units: a note edited changes one briefing's annotation documents, never its
 * units. They carry the briefing id in {@link #ANNOTATED_BRIEFING}, not in {@link #BRIEFING_ID}, for two reasons:
 * replacing a briefing's units deletes by the {@code briefing_id} term and must leave its annotations alone, and
 * {@link HitCounts} relies on all of a briefing's {@code briefing_id} doc values sitting in one block (one segment),
 * which documents added later could not. Annotation documents copy the briefing-level fields of units (title shown,
 * source, date) and the section fields of the passage's first unit, so every scope works on them too.
 */
public final class IndexSchema {
    /** Raise on every change below; the index is then rebuilt. */
    public static final int SCHEMA_VERSION = 5;

    /** Commit user data key: the schema version the index was written with. */
    public static final String USER_DATA_SCHEMA = "schemaVersion";
    /** Commit user data key: the store generation the committed index reflects. */
    public static final String USER_DATA_GENERATION = "generation";

    /**
     * {@code unit}, {@code meta}, {@code annotation} or {@code annotation_meta}: every search is limited to units
     * and annotations, so bookkeeping never shows as a hit.
     */
    public static final String DOC_TYPE = "doc_type";
    public static final String TYPE_UNIT = "unit";
    public static final String TYPE_META = "meta";
    public static final String TYPE_ANNOTATION = "annotation";
    public static final String TYPE_ANNOTATION_META = "annotation_meta";

    /**
     * The briefing id (indexed, stored, sorted doc values): deleting a briefing's documents by one term, the
     * {@code briefing:} filter, the {@code title:} filter and the counts per briefing.
     */
    public static final String BRIEFING_ID = "briefing_id";
    /** The briefing title, stored only: shown with every hit without a second lookup; never searched here. */
    public static final String BRIEFING_TITLE = "briefing_title";
    /** The section id (stored, doc values): where a hit sits, and "is in a section" for {@code section:}. */
    public static final String SECTION_ID = "section_id";
    /** The section heading, stemmed and stored: {@code section:history} matches here; shown with hits. */
    public static final String HEADING = "heading";
    /** The section heading unstemmed: {@code section:hist*} and {@code section:histroy~1} need the real words. */
    public static final String HEADING_EXACT = "heading_exact";
    /**
     * The section kind label (indexed, stored, sorted doc values) for {@code kind:}, {@code --kind} and the
     * counts per kind. Units outside sections have none, except summary bullets, which are kind {@code summary}:
     * the briefing's summary is what a reader asking for {@code kind:summary} wants.
     */
    public static final String KIND = "kind";
    /** The unit id (stored): what a hit points at; on an annotation, its passage's first unit (none: an orphan). */
    public static final String UNIT_ID = "unit_id";
    /** The unit type label (indexed, stored): shown with hits; selects title documents for {@code title:}. */
    public static final String UNIT_TYPE = "unit_type";
    /** Place in the briefing's reading order, title 0 (stored, doc values): a hit's place in the briefing. */
    public static final String POSITION = "position";
    /** The publisher, lower-cased, unstemmed, stored: {@code source:stratfor}; a name is not a word to stem. */
    public static final String SOURCE = "source";
    /**
     * Publication time as epoch milliseconds (point, doc values, stored), absent when undated: date filters
     * ({@code after:}, {@code before:}, {@code date:}) and a later sort by date.
     */
    public static final String PUBLISHED = "published";
    /**
     * The unit text, English-stemmed ({@code islands} finds {@code island}), stored for the hit and the
     * highlighter, with offsets in the postings so highlighting needs no re-analysis.
     */
    public static final String TEXT = "text";
    /**
     * The unit text again, lower-cased but unstemmed, with offsets: prefix and fuzzy terms are not analysed, so
     * against stems {@code sovereign*} would miss "sovereignty" (indexed {@code sovereignti}). Not stored (schema
     * 3): it is the same string as {@code text}, which the highlighter is handed for both fields.
     */
    public static final String TEXT_EXACT = "text_exact";
    /**
     * Meta documents: the store stamp the briefing was indexed from, to find what changed since (stored, and binary
     * doc values: reading every stamp at start-up then costs no stored-field decompression).
     */
    public static final String STAMP = "stamp";
    /** Meta documents: the briefing's content hash, for diagnosis. */
    public static final String CONTENT_HASH = "content_hash";

    /**
     * Annotation documents and their meta document: the annotated briefing's id (indexed, stored, sorted doc
     * values): replacing or deleting a briefing's annotations by one term, {@code briefing:} and {@code title:} on
     * notes, and counting annotation hits per briefing. See the class comment for why not {@link #BRIEFING_ID}.
     */
    public static final String ANNOTATED_BRIEFING = "annotated_briefing";
    /** The annotation's id (stored): what an annotation hit points at. */
    public static final String ANNOTATION_ID = "annotation_id";
    /** The note, English-stemmed, stored, offsets in postings: plain words and {@code note:} match here. */
    public static final String NOTE = "note";
    /** The note unstemmed, not stored, offsets: prefix and fuzzy words, as {@link #TEXT_EXACT} for text. */
    public static final String NOTE_EXACT = "note_exact";
    /**
     * The annotated passage (its exact quote), stemmed, stored, offsets: shown with a hit by tag or category, and
     * searched by the plain words of a query about annotations ({@code tag:economy oil}). Plain words of other
     * queries skip it: the passage is already found as unit text, and a second hit for it would say nothing new.
     */
    public static final String QUOTE = "quote";
    /** The passage unstemmed, not stored, offsets: prefix and fuzzy words on it. */
    public static final String QUOTE_EXACT = "quote_exact";
    /** Each tag's key (lower case, single spaces; indexed, not stored): {@code tag:economy} is one exact term. */
    public static final String TAG = "tag";
    /** Each tag as written, in order (stored only): shown with hits. */
    public static final String TAG_NAME = "tag_name";
    /** The category's key (indexed, not stored): {@code category:"key judgement"} is one exact term. */
    public static final String CATEGORY = "category";
    /** The category as written (stored only): shown with hits. */
    public static final String CATEGORY_NAME = "category_name";

    /** Indexed with positions and offsets, stored: text the highlighter reads offsets of. */
    static final FieldType HIGHLIGHTED_TEXT = highlightedText(true);
    /** The same, not stored: a second analysis of a text already stored once. */
    static final FieldType HIGHLIGHTED_TEXT_UNSTORED = highlightedText(false);

    private IndexSchema() {
    }

    /** Stemming with the default English stop words. */
    public static Analyzer englishAnalyzer() {
        return new EnglishAnalyzer();
    }

    /** Lower-cased words, no stemming, no stop words: the words as written. */
    public static Analyzer exactAnalyzer() {
        return new StandardAnalyzer(CharArraySet.EMPTY_SET);
    }

    /** The analyzer for writing: English by default, exact for the unstemmed fields. */
    public static Analyzer indexAnalyzer(Analyzer english, Analyzer exact) {
        return new PerFieldAnalyzerWrapper(english, Map.of(TEXT_EXACT, exact, HEADING_EXACT, exact, SOURCE, exact,
                NOTE_EXACT, exact, QUOTE_EXACT, exact));
    }

    private static FieldType highlightedText(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
