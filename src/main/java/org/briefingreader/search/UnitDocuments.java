package org.briefingreader.search;

import static org.briefingreader.search.IndexSchema.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.UnitType;

/**
 * Turns a briefing into its index documents: one per text unit in reading order, then one meta document.
 *
 * <p>A briefing with a caption, two bullets and a section "The History" with one paragraph gives: title (position
 * 0), {@code caption.1} (1), {@code summary.b1} (2), {@code summary.b2} (3), heading {@code the-history} (4),
 * {@code the-history.p1} (5), meta.
 */
final class UnitDocuments {
    /** Unit id of a briefing's title document. */
    static final String TITLE_UNIT_ID = "title";

    private final Briefing briefing;
    private final List<Document> documents = new ArrayList<>();

    private UnitDocuments(Briefing briefing) {
        this.briefing = briefing;
    }

    /** Every document of {@code briefing}, the meta document recording {@code stamp} last. */
    static List<Document> of(Briefing briefing, String stamp) {
        UnitDocuments docs = new UnitDocuments(briefing);
        docs.add(UnitType.TITLE, TITLE_UNIT_ID, briefing.title(), Optional.empty(), Optional.empty());
        for (Paragraph caption : briefing.captions()) {
            docs.add(UnitType.CAPTION, caption.id(), caption.text(), Optional.empty(), Optional.empty());
        }
        for (Paragraph bullet : briefing.summary()) {
            docs.add(UnitType.SUMMARY, bullet.id(), bullet.text(), Optional.empty(), Optional.of(SectionKind.SUMMARY));
        }
        for (Paragraph paragraph : briefing.lede()) {
            docs.add(UnitType.LEDE, paragraph.id(), paragraph.text(), Optional.empty(), Optional.empty());
        }
        for (Section section : briefing.sections()) {
            docs.add(UnitType.HEADING, section.id(), section.heading(), Optional.of(section), Optional.of(section.kind()));
            for (Paragraph paragraph : section.paragraphs()) {
                docs.add(UnitType.PARAGRAPH, paragraph.id(), paragraph.text(), Optional.of(section),
                        Optional.of(section.kind()));
            }
        }
        docs.documents.add(meta(briefing, stamp));
        return List.copyOf(docs.documents);
    }

    private void add(UnitType type, String unitId, String text, Optional<Section> section, Optional<SectionKind> kind) {
        Document doc = new Document();
        doc.add(new StringField(DOC_TYPE, TYPE_UNIT, Field.Store.NO));
        addBriefingId(doc, briefing.id());
        doc.add(new StoredField(BRIEFING_TITLE, briefing.title()));
        section.ifPresent(s -> {
            doc.add(new StoredField(SECTION_ID, s.id()));
            doc.add(new SortedDocValuesField(SECTION_ID, new BytesRef(s.id())));
            doc.add(new TextField(HEADING, s.heading(), Field.Store.YES));
            doc.add(new TextField(HEADING_EXACT, s.heading(), Field.Store.NO));
        });
        kind.ifPresent(k -> {
            doc.add(new StringField(KIND, k.label(), Field.Store.YES));
            doc.add(new SortedDocValuesField(KIND, new BytesRef(k.label())));
        });
        doc.add(new StoredField(UNIT_ID, unitId));
        doc.add(new StringField(UNIT_TYPE, type.label(), Field.Store.YES));
        int position = documents.size();
        doc.add(new StoredField(POSITION, position));
        briefing.source().ifPresent(source -> doc.add(new TextField(SOURCE, source, Field.Store.YES)));
        briefing.published().ifPresent(published -> {
            long millis = published.toInstant().toEpochMilli();
            doc.add(new LongPoint(PUBLISHED, millis));
            doc.add(new NumericDocValuesField(PUBLISHED, millis));
            doc.add(new StoredField(PUBLISHED, millis));
        });
        doc.add(new Field(TEXT, text, HIGHLIGHTED_TEXT));
        doc.add(new Field(TEXT_EXACT, text, HIGHLIGHTED_TEXT_UNSTORED));
        documents.add(doc);
    }

    private static Document meta(Briefing briefing, String stamp) {
        Document doc = new Document();
        doc.add(new StringField(DOC_TYPE, TYPE_META, Field.Store.NO));
        addBriefingId(doc, briefing.id());
        doc.add(new StoredField(STAMP, stamp));
        doc.add(new BinaryDocValuesField(STAMP, new BytesRef(stamp)));
        doc.add(new StoredField(CONTENT_HASH, briefing.contentHash()));
        return doc;
    }

    private static void addBriefingId(Document doc, String id) {
        doc.add(new StringField(BRIEFING_ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(BRIEFING_ID, new BytesRef(id)));
    }
}
