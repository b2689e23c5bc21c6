package org.briefingreader.export;

import static org.briefingreader.export.JsonLdVocabulary.term;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationTarget;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.NotesExporter;

/**
 * Writes notes as one W3C Web Annotation {@code AnnotationCollection} in JSON-LD, its annotations embedded in a single
 * {@code AnnotationPage} (docs/export-jsonld.md).
 *
 * <p>A commented highlight of the seed becomes (abridged):
 * <pre>{@code
 * {"@context": ["http://www.w3.org/ns/anno.jsonld", {"br": "https://briefing-reader.example/ns#", ...}],
 *  "id": "urn:uuid:...", "type": "AnnotationCollection", "label": "Briefing Reader notes: the library", "total": 1,
 *  "first": {"id": "urn:uuid:...", "type": "AnnotationPage", "startIndex": 0, "items": [
 *    {"id": "urn:uuid:5f0c...", "type": "Annotation", "motivation": "commenting",
 *     "created": "2026-11-29T08:00:00Z", ...
 *     "body": [{"type": "TextualBody", "value": "Compare the 2016 deals.", "format": "text/markdown",
 *               "purpose": "commenting"}],
 *     "target": {"type": "SpecificResource",
 *                "source": {"id": "briefing-reader://briefing/japan-russia-2018-05-25", ...},
 *                "selector": [{"type": "TextQuoteSelector", ...}, {"type": "TextPositionSelector", ...}],
 *                "br:units": ["tokyos-unambitious-plan.p1"], "br:anchoredTo": "sha256:...",
 *                "br:anchoring": "anchored"}}
 *  ]}}
 * }</pre>
 * The same notes give the same bytes: keys in a fixed order, two-space indents, {@code \n} line ends, UTF-8 (emoji
 * as their own bytes, not escapes), a final newline. {@link JsonLdNotesReader} reads it back.
 */
public final class JsonLdNotesExporter implements NotesExporter {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    @Override
    public String format() {
        return "jsonld";
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public void write(ExportedNotes notes, OutputStream out) throws IOException {
        Map<String, String> colours = new HashMap<>();
        for (Category category : notes.categories()) {
            colours.put(category.key(), category.colour());
        }
        UUID collection = collectionId(notes);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            writeContext(g);
            g.writeStringField("id", JsonLdVocabulary.annotationIri(collection));
            g.writeStringField("type", "AnnotationCollection");
            g.writeStringField("label", "Briefing Reader notes: " + notes.scope());
            g.writeNumberField("total", notes.size());
            g.writeObjectFieldStart("generator");
            g.writeStringField("id", JsonLdVocabulary.GENERATOR_IRI);
            g.writeStringField("type", "Software");
            g.writeStringField("name", JsonLdVocabulary.GENERATOR_NAME);
            g.writeEndObject();
            g.writeStringField("generated", notes.exported().toString());
            // A page must hold at least one annotation, so an empty collection has none (W3C: "first" is required
            // only when the total is above 0).
            if (notes.size() > 0) {
                writePage(g, notes, collection, colours);
            }
            g.writeEndObject();
            g.flush();
        }
        out.write('\n');
    }

    private static void writeContext(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("@context");
        g.writeString(JsonLdVocabulary.ANNO_CONTEXT);
        g.writeStartObject();
        g.writeStringField(JsonLdVocabulary.PREFIX, JsonLdVocabulary.NAMESPACE);
        // Unit ids are in reading order: an ordered list, not a set, for a JSON-LD processor too.
        g.writeObjectFieldStart(term(JsonLdVocabulary.UNITS));
        g.writeStringField("@id", term(JsonLdVocabulary.UNITS));
        g.writeStringField("@container", "@list");
        g.writeEndObject();
        g.writeObjectFieldStart(term(JsonLdVocabulary.PUBLISHED));
        g.writeStringField("@id", term(JsonLdVocabulary.PUBLISHED));
        g.writeStringField("@type", "xsd:dateTime");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writePage(JsonGenerator g, ExportedNotes notes, UUID collection, Map<String, String> colours)
            throws IOException {
        g.writeObjectFieldStart("first");
        g.writeStringField("id", JsonLdVocabulary.annotationIri(pageId(collection)));
        g.writeStringField("type", "AnnotationPage");
        g.writeStringField("partOf", JsonLdVocabulary.annotationIri(collection));
        g.writeNumberField("startIndex", 0);
        g.writeArrayFieldStart("items");
        for (BriefingNotes group : notes.briefings()) {
            for (Annotation annotation : group.annotations()) {
                writeAnnotation(g, annotation, group.briefing(), colours);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeAnnotation(JsonGenerator g, Annotation a, Optional<Briefing> briefing,
            Map<String, String> colours) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", JsonLdVocabulary.annotationIri(a.id()));
        g.writeStringField("type", "Annotation");
        g.writeStringField("motivation", a.motivation().label());
        g.writeStringField("created", a.created().toString());
        g.writeStringField("modified", a.modified().toString());
        // A bare highlight has no body at all: the model says the relationship is then omitted, not empty.
        if (a.note().isPresent() || !a.tags().isEmpty() || a.category().isPresent()) {
            g.writeArrayFieldStart("body");
            if (a.note().isPresent()) {
                writeTextualBody(g, a.note().get(), "commenting", Optional.of(JsonLdVocabulary.MARKDOWN),
                        Optional.empty());
            }
            for (String tag : a.tags()) {
                writeTextualBody(g, tag, "tagging", Optional.empty(), Optional.empty());
            }
            if (a.category().isPresent()) {
                String name = a.category().get();
                writeTextualBody(g, name, "classifying", Optional.empty(),
                        Optional.ofNullable(colours.get(Category.keyOf(name))));
            }
            g.writeEndArray();
        }
        writeTarget(g, a, briefing);
        g.writeStringField(term(JsonLdVocabulary.LINK), ExportedNotes.link(a));
        g.writeEndObject();
    }

    private static void writeTextualBody(JsonGenerator g, String value, String purpose, Optional<String> format,
            Optional<String> colour) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "TextualBody");
        g.writeStringField("value", value);
        if (format.isPresent()) {
            g.writeStringField("format", format.get());
        }
        g.writeStringField("purpose", purpose);
        if (colour.isPresent()) {
            g.writeStringField(term(JsonLdVocabulary.COLOUR), colour.get());
        }
        g.writeEndObject();
    }

    private static void writeTarget(JsonGenerator g, Annotation a, Optional<Briefing> briefing) throws IOException {
        AnnotationTarget target = a.target();
        g.writeObjectFieldStart("target");
        g.writeStringField("type", "SpecificResource");
        g.writeObjectFieldStart("source");
        g.writeStringField("id", JsonLdVocabulary.briefingIri(target.briefingId()));
        g.writeStringField("type", "Text");
        if (briefing.isPresent()) {
            Briefing b = briefing.get();
            g.writeStringField(term(JsonLdVocabulary.TITLE), b.title());
            if (b.source().isPresent()) {
                g.writeStringField(term(JsonLdVocabulary.PUBLISHER), b.source().get());
            }
            if (b.published().isPresent()) {
                g.writeStringField(term(JsonLdVocabulary.PUBLISHED),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(b.published().get()));
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("selector");
        g.writeStartObject();
        g.writeStringField("type", "TextQuoteSelector");
        g.writeStringField("exact", target.quote().exact());
        g.writeStringField("prefix", target.quote().prefix());
        g.writeStringField("suffix", target.quote().suffix());
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", "TextPositionSelector");
        g.writeNumberField("start", target.position().start());
        g.writeNumberField("end", target.position().end());
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart(term(JsonLdVocabulary.UNITS));
        for (String unit : target.unitIds()) {
            g.writeString(unit);
        }
        g.writeEndArray();
        g.writeStringField(term(JsonLdVocabulary.ANCHORED_TO), a.anchoredTo());
        g.writeStringField(term(JsonLdVocabulary.ANCHORING), a.anchoring().name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
    }

    /**
     * The collection's id: derived from what it holds (time, scope, annotation ids), so the same export gives the
     * same file and two different exports never share an id.
     */
    static UUID collectionId(ExportedNotes notes) {
        StringBuilder name = new StringBuilder("briefing-reader notes\n").append(notes.exported()).append('\n')
                .append(notes.scope());
        for (BriefingNotes group : notes.briefings()) {
            for (Annotation annotation : group.annotations()) {
                name.append('\n').append(annotation.id());
            }
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static UUID pageId(UUID collection) {
        return UUID.nameUUIDFromBytes((collection + "\npage 1").getBytes(StandardCharsets.UTF_8));
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // "\n" rather than the platform's line separator: the same notes give the same bytes everywhere.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
