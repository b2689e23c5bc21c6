package org.briefingreader.search;

import static org.briefingreader.search.IndexSchema.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Category;

/**
 * Turns one briefing's annotations into index documents: one per annotation, then one meta document recording the
 * stamp they were indexed from.
 *
 * <p>An annotation of {@code the-history.p1} with the note "check the 1956 date", tags "Treaty" and category
 * "evidence" gives a document with the note in {@code note}, the passage in {@code quote}, {@code tag:treaty},
 * {@code category:evidence}, and the place of its first unit as that unit's document has it (section
 * {@code the-history}, its heading and kind, position), plus the briefing's title, source and date. An orphan, an
 * annotation whose first unit the briefing no longer has, and every annotation of a briefing no longer in the
 * library get no place: they are found by their words, tags and category, and shown apart.
 */
final class AnnotationDocuments {
    private AnnotationDocuments() {
    }

    /** The documents of {@code annotations}, all of briefing {@code briefingId}, then the meta document. */
    static List<Document> of(String briefingId, Optional<Briefing> briefing, List<Annotation> annotations,
            String stamp) {
        Map<String, Integer> positions = new HashMap<>();
        List<UnitDocuments.Unit> units = briefing.map(UnitDocuments::units).orElse(List.of());
        for (int i = 0; i < units.size(); i++) {
            positions.put(units.get(i).id(), i);
        }
        if (!units.isEmpty()) {
            // The subtitle is a unit of the canonical text but not of the index: a passage there sits at the title.
            positions.put(CanonicalText.SUBTITLE, 0);
        }
        List<Document> documents = new ArrayList<>(annotations.size() + 1);
        for (Annotation annotation : annotations) {
            if (!annotation.briefingId().equals(briefingId)) {
                throw new IllegalArgumentException("annotation " + annotation.id() + " belongs to briefing '"
                        + annotation.briefingId() + "', not '" + briefingId + "'");
            }
            Optional<Integer> position = annotation.isOrphan() ? Optional.empty()
                    : annotation.target().unitIds().stream().findFirst().map(positions::get);
            documents.add(annotation(briefingId, briefing, annotation,
                    position.map(p -> placed(units.get(p), annotation.target().unitIds().get(0))), position));
        }
        documents.add(meta(briefingId, stamp));
        return List.copyOf(documents);
    }

    /** The unit an annotation is placed at, under its own id (the subtitle keeps its id, at the title's place). */
    private static UnitDocuments.Unit placed(UnitDocuments.Unit unit, String unitId) {
        return unitId.equals(unit.id()) ? unit
                : new UnitDocuments.Unit(unit.type(), unitId, unit.text(), unit.section(), unit.kind());
    }

    private static Document annotation(String briefingId, Optional<Briefing> briefing, Annotation annotation,
            Optional<UnitDocuments.Unit> unit, Optional<Integer> position) {
        Document doc = new Document();
        doc.add(new StringField(DOC_TYPE, TYPE_ANNOTATION, Field.Store.NO));
        addAnnotatedBriefing(doc, briefingId);
        doc.add(new StoredField(BRIEFING_TITLE, briefing.map(Briefing::title).orElse(briefingId)));
        doc.add(new StoredField(ANNOTATION_ID, annotation.id().toString()));
        if (unit.isPresent()) {
            UnitDocuments.addPlace(doc, unit.get(), position.get());
            // Indexed as on units (Lucene keeps one schema per field); searches that select by it select units.
            doc.add(new StringField(UNIT_TYPE, unit.get().type().label(), Field.Store.YES));
        }
        briefing.ifPresent(b -> UnitDocuments.addBriefingFields(doc, b));
        annotation.note().ifPresent(note -> {
            doc.add(new Field(NOTE, note, HIGHLIGHTED_TEXT));
            doc.add(new Field(NOTE_EXACT, note, HIGHLIGHTED_TEXT_UNSTORED));
        });
        String quote = annotation.target().quote().exact();
        doc.add(new Field(QUOTE, quote, HIGHLIGHTED_TEXT));
        doc.add(new Field(QUOTE_EXACT, quote, HIGHLIGHTED_TEXT_UNSTORED));
        for (String tag : annotation.tags()) {
            doc.add(new StringField(TAG, Category.keyOf(tag), Field.Store.NO));
            doc.add(new StoredField(TAG_NAME, tag));
        }
        annotation.category().ifPresent(category -> {
            doc.add(new StringField(CATEGORY, Category.keyOf(category), Field.Store.NO));
            doc.add(new StoredField(CATEGORY_NAME, category));
        });
        return doc;
    }

    private static Document meta(String briefingId, String stamp) {
        Document doc = new Document();
        doc.add(new StringField(DOC_TYPE, TYPE_ANNOTATION_META, Field.Store.NO));
        addAnnotatedBriefing(doc, briefingId);
        doc.add(new StoredField(STAMP, stamp));
        doc.add(new BinaryDocValuesField(STAMP, new BytesRef(stamp)));
        return doc;
    }

    private static void addAnnotatedBriefing(Document doc, String id) {
        doc.add(new StringField(ANNOTATED_BRIEFING, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ANNOTATED_BRIEFING, new BytesRef(id)));
    }
}
