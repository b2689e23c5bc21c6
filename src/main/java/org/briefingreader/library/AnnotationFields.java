package org.briefingreader.library;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationTarget;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.TextPositionSelector;
import org.briefingreader.domain.annotation.TextQuoteSelector;

/**
 * One annotation of an {@link AnnotationJson} file, written and read field by field in the W3C shape: {@code id} as
 * {@code urn:uuid:...}, the target's {@code source} and its two selectors.
 */
final class AnnotationFields {
    private static final String URN = "urn:uuid:";
    private static final String QUOTE = "TextQuoteSelector";
    private static final String POSITION = "TextPositionSelector";
    private static final Set<String> ANNOTATION = Set.of("id", "created", "modified", "motivation", "target", "note",
            "tags", "category", "anchoredTo", "anchoring");
    private static final Set<String> TARGET = Set.of("source", "units", "selector");
    private static final Set<String> SELECTOR_TYPE = Set.of("type", "exact", "prefix", "suffix", "start", "end");
    private static final Set<String> QUOTE_FIELDS = Set.of("type", "exact", "prefix", "suffix");
    private static final Set<String> POSITION_FIELDS = Set.of("type", "start", "end");
    private static final String MOTIVATIONS = Arrays.stream(Motivation.values()).map(Motivation::label)
            .collect(Collectors.joining(", "));

    private AnnotationFields() {
    }

    static void write(JsonGenerator g, Annotation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", URN + a.id());
        g.writeStringField("created", a.created().toString());
        g.writeStringField("modified", a.modified().toString());
        g.writeStringField("motivation", a.motivation().label());
        writeTarget(g, a.target());
        if (a.note().isPresent()) {
            g.writeStringField("note", a.note().get());
        }
        writeStrings(g, "tags", a.tags());
        if (a.category().isPresent()) {
            g.writeStringField("category", a.category().get());
        }
        g.writeStringField("anchoredTo", a.anchoredTo());
        g.writeStringField("anchoring", a.anchoring().name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
    }

    private static void writeTarget(JsonGenerator g, AnnotationTarget target) throws IOException {
        g.writeObjectFieldStart("target");
        g.writeStringField("source", target.briefingId());
        writeStrings(g, "units", target.unitIds());
        g.writeArrayFieldStart("selector");
        g.writeStartObject();
        g.writeStringField("type", QUOTE);
        g.writeStringField("exact", target.quote().exact());
        g.writeStringField("prefix", target.quote().prefix());
        g.writeStringField("suffix", target.quote().suffix());
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", POSITION);
        g.writeNumberField("start", target.position().start());
        g.writeNumberField("end", target.position().end());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    /** The annotation at {@code element} of {@code document}, which must target {@code briefingId}. */
    static Annotation read(StrictJsonObject document, StrictJsonObject.Element element, String briefingId)
            throws BriefingInputException {
        StrictJsonObject o = document.element(element, ANNOTATION);
        UUID id = id(o);
        Instant created = o.instant("created");
        Instant modified = o.instant("modified");
        String motivationLabel = o.string("motivation");
        Motivation motivation = Motivation.fromLabel(motivationLabel).orElseThrow(() -> o.problemAt("motivation",
                "unknown motivation '" + motivationLabel + "' (known: " + MOTIVATIONS + ")"));
        AnnotationTarget target = target(o.object("target", TARGET), briefingId);
        Optional<String> note = o.optionalString("note");
        List<String> tags = o.strings("tags");
        Optional<String> category = o.optionalString("category");
        String anchoredTo = o.string("anchoredTo");
        Anchoring anchoring = anchoring(o);
        try {
            return new Annotation(id, created, modified, motivation, target, note, tags, category, anchoredTo,
                    anchoring);
        } catch (IllegalArgumentException e) {
            throw o.problemAt("", e.getMessage());
        }
    }

    private static UUID id(StrictJsonObject o) throws BriefingInputException {
        String text = o.string("id");
        if (text.startsWith(URN)) {
            try {
                UUID id = UUID.fromString(text.substring(URN.length()));
                // UUID.fromString accepts short groups ("1-1-1-1-1"); only the canonical form is ours.
                if (id.toString().equalsIgnoreCase(text.substring(URN.length()))) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw o.problemAt("id", "'" + text + "' is not an id such as \"urn:uuid:5f0c2b1e-8d7a-4c3e-9b1a-2f6d7e8c9a0b\"");
    }

    private static Anchoring anchoring(StrictJsonObject o) throws BriefingInputException {
        String text = o.string("anchoring");
        for (Anchoring anchoring : Anchoring.values()) {
            if (anchoring.name().toLowerCase(Locale.ROOT).equals(text)) {
                return anchoring;
            }
        }
        throw o.problemAt("anchoring", "expected \"anchored\" or \"orphan\", found '" + text + "'");
    }

    private static AnnotationTarget target(StrictJsonObject t, String briefingId) throws BriefingInputException {
        String source = t.string("source");
        if (!source.equals(briefingId)) {
            throw t.problemAt("source", "is '" + source + "', but the file holds briefing '" + briefingId + "'");
        }
        List<String> units = t.strings("units");
        TextQuoteSelector quote = null;
        TextPositionSelector position = null;
        for (StrictJsonObject.Element element : t.array("selector")) {
            String type = t.element(element, SELECTOR_TYPE).string("type");
            try {
                if (type.equals(QUOTE) && quote == null) {
                    StrictJsonObject s = t.element(element, QUOTE_FIELDS);
                    quote = new TextQuoteSelector(s.string("exact"), s.string("prefix"), s.string("suffix"));
                } else if (type.equals(POSITION) && position == null) {
                    StrictJsonObject s = t.element(element, POSITION_FIELDS);
                    position = new TextPositionSelector(s.integer("start"), s.integer("end"));
                } else {
                    throw t.problem(element.path(), "expected one " + QUOTE + " and one " + POSITION + ", found "
                            + (type.equals(QUOTE) || type.equals(POSITION) ? "a second " : "type ") + type);
                }
            } catch (IllegalArgumentException e) {
                throw t.problem(element.path(), e.getMessage());
            }
        }
        if (quote == null || position == null) {
            throw t.problemAt("selector", "expected one " + QUOTE + " and one " + POSITION);
        }
        try {
            return new AnnotationTarget(source, units, quote, position);
        } catch (IllegalArgumentException e) {
            throw t.problemAt("", e.getMessage());
        }
    }
}
