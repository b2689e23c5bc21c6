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

    /** One text unit: what it is, its id and text, its section and kind; its position is its index in the list. */
    record Unit(UnitType type, String id, String text, Optional<Section> section, Optional<SectionKind> kind) {
    }

    private UnitDocuments() {
    }

    /** Every document of {@code briefing}, the meta document recording {@code stamp} last. */
    static List<Document> of(Briefing briefing, String stamp) {
        List<Unit> units = units(briefing);
        List<Document> documents = new ArrayList<>(units.size() + 1);
        for (Unit unit : units) {
            documents.add(unit(briefing, unit, documents.size()));
        }
        documents.add(meta(briefing, stamp));
        return List.copyOf(documents);
    }

    /** The briefing's units in reading order, as they are indexed: a unit's position is its index here. */
    static List<Unit> units(Briefing briefing) {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(UnitType.TITLE, TITLE_UNIT_ID, briefing.title(), Optional.empty(), Optional.empty()));
        for (Paragraph caption : briefing.captions()) {
            units.add(new Unit(UnitType.CAPTION, caption.id(), caption.text(), Optional.empty(), Optional.empty()));
        }
        for (Paragraph bullet : briefing.summary()) {
            units.add(new Unit(UnitType.SUMMARY, bullet.id(), bullet.text(), Optional.empty(),
                    Optional.of(SectionKind.SUMMARY)));
        }
        for (Paragraph paragraph : briefing.lede()) {
            units.add(new Unit(UnitType.LEDE, paragraph.id(), paragraph.text(), Optional.empty(), Optional.empty()));
        }
        for (Section section : briefing.sections()) {
            units.add(new Unit(UnitType.HEADING, section.id(), section.heading(), Optional.of(section),
                    Optional.of(section.kind())));
            for (Paragraph paragraph : section.paragraphs()) {
                units.add(new Unit(UnitType.PARAGRAPH, paragraph.id(), paragraph.text(), Optional.of(section),
                        Optional.of(section.kind())));
            }
        }
        return units;
    }

    private static Document unit(Briefing briefing, Unit unit, int position) {
        Document doc = new Document();
        doc.add(new StringField(DOC_TYPE, TYPE_UNIT, Field.Store.NO));
        addBriefingId(doc, briefing.id());
        doc.add(new StoredField(BRIEFING_TITLE, briefing.title()));
        addPlace(doc, unit, position);
        doc.add(new StringField(UNIT_TYPE, unit.type().label(), Field.Store.YES));
        addBriefingFields(doc, briefing);
        doc.add(new Field(TEXT, unit.text(), HIGHLIGHTED_TEXT));
        doc.add(new Field(TEXT_EXACT, unit.text(), HIGHLIGHTED_TEXT_UNSTORED));
        return doc;
    }

    /** Where a unit is: section (id, heading), kind, unit id and position; shared with annotation documents. */
    static void addPlace(Document doc, Unit unit, int position) {
        unit.section().ifPresent(s -> {
            doc.add(new StoredField(SECTION_ID, s.id()));
            doc.add(new SortedDocValuesField(SECTION_ID, new BytesRef(s.id())));
            doc.add(new TextField(HEADING, s.heading(), Field.Store.YES));
            doc.add(new TextField(HEADING_EXACT, s.heading(), Field.Store.NO));
        });
        unit.kind().ifPresent(k -> {
            doc.add(new StringField(KIND, k.label(), Field.Store.YES));
            doc.add(new SortedDocValuesField(KIND, new BytesRef(k.label())));
        });
        doc.add(new StoredField(UNIT_ID, unit.id()));
        doc.add(new StoredField(POSITION, position));
    }

    /** The publisher and the publication time, for {@code source:} and the date scopes. */
    static void addBriefingFields(Document doc, Briefing briefing) {
        briefing.source().ifPresent(source -> doc.add(new TextField(SOURCE, source, Field.Store.YES)));
        briefing.published().ifPresent(published -> {
            long millis = published.toInstant().toEpochMilli();
            doc.add(new LongPoint(PUBLISHED, millis));
            doc.add(new NumericDocValuesField(PUBLISHED, millis));
            doc.add(new StoredField(PUBLISHED, millis));
        });
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
