package org.briefingreader.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Category;

/**
 * Reads notes from a W3C Web Annotation JSON-LD file: the {@link JsonLdNotesExporter}'s collections, and annotations
 * written by other tools (docs/export-jsonld.md, "Importing notes").
 *
 * <p>A file holding one annotation of another tool,
 * <pre>{@code
 * {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation",
 *  "created": "2026-01-05T10:00:00Z", "bodyValue": "Check this",
 *  "target": {"source": "briefing-reader://briefing/japan-russia-2018-05-25",
 *             "selector": {"type": "TextQuoteSelector", "exact": "Time is running out"}}}
 * }</pre>
 * gives one annotation: id derived from {@code http://example.org/anno1}, note "Check this", motivation
 * {@code commenting} (implied by the note), quote "Time is running out" with empty prefix and suffix, a placeholder
 * position, no unit ids and {@code anchoredTo} {@value #UNKNOWN_VERSION}, so the library places it again by its quote.
 *
 * <p>Strict about what an annotation needs (an id, one target with a briefing source and a {@code TextQuoteSelector})
 * and about the types of the values it reads; tolerant of properties it does not know. A body kept elsewhere (an IRI)
 * becomes a note linking to it; a missing {@code created} time is the {@code modified} time, or else the time of
 * reading.
 * Every problem is a {@link BriefingInputException} naming the file and the JSON path of the value (with line and
 * column for JSON syntax errors): {@code notes.jsonld: first.items[1].target.source: 'http://example.org/page1' is
 * not a briefing ...}.
 */
public final class JsonLdNotesReader {
    /**
     * The {@code anchoredTo} of an annotation whose file did not say which version of the briefing its position refers
     * to: no content hash equals it, so the library places the annotation again (by its quote) when it reads it.
     */
    public static final String UNKNOWN_VERSION = "";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Clock clock;

    /** A reader that dates annotations without any time in their file at the moment they are read. */
    public JsonLdNotesReader() {
        this(Clock.systemUTC());
    }

    /** @param clock the time of reading: the creation time of an annotation whose file gives none */
    public JsonLdNotesReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The notes in {@code file} (UTF-8, or UTF-16/32 with a byte order mark). */
    public ImportedNotes read(Path file) throws IOException, BriefingInputException {
        return read(Files.readAllBytes(file), file);
    }

    /** The notes in {@code json}, read from {@code file} (named in errors). */
    public ImportedNotes read(byte[] json, Path file) throws BriefingInputException {
        JsonLdNode root = new JsonLdNode(parse(json, file), "", file);
        if (!root.isObject()) {
            throw root.problem("expected a JSON object ({ ... }) at the top level");
        }
        Optional<String> prefix = checkContext(root);
        JsonLdAnnotationReader reader = new JsonLdAnnotationReader(prefix);
        Instant now = clock.instant();
        List<Annotation> annotations = new ArrayList<>();
        Map<UUID, String> seen = new HashMap<>();
        Map<String, Category> categories = new LinkedHashMap<>();
        for (JsonLdNode item : items(root)) {
            Annotation annotation = reader.read(item, categories, now);
            String before = seen.putIfAbsent(annotation.id(), item.path());
            if (before != null) {
                throw item.problem("annotation " + annotation.id() + " appears twice (first at "
                        + (before.isEmpty() ? "the top level" : before) + ")");
            }
            annotations.add(annotation);
        }
        return new ImportedNotes(annotations, List.copyOf(categories.values()));
    }

    private static JsonNode parse(byte[] json, Path file) throws BriefingInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage())
                    .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new BriefingInputException(file, line, column, "not valid JSON: " + message, e);
        } catch (IOException e) {
            throw new BriefingInputException(file, "cannot read the JSON: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BriefingInputException(file, "no JSON value in the file (" + json.length + " bytes)");
        }
        return root;
    }

    /**
     * Checks that the file is W3C Web Annotation JSON-LD and returns the prefix it binds our namespace to, if any
     * (files of other tools have none: then none of our extension properties is read).
     */
    private static Optional<String> checkContext(JsonLdNode root) throws BriefingInputException {
        List<JsonLdNode> contexts = root.values("@context");
        boolean anno = false;
        Optional<String> prefix = Optional.empty();
        for (JsonLdNode context : contexts) {
            if (context.isString()) {
                String iri = context.text();
                anno |= iri.equals(JsonLdVocabulary.ANNO_CONTEXT) || iri.equals(JsonLdVocabulary.ANNO_CONTEXT_HTTPS);
            } else if (context.isObject() && prefix.isEmpty()) {
                prefix = boundPrefix(context);
            }
        }
        if (!anno) {
            throw root.at("@context").problem((contexts.isEmpty() ? "missing" : "does not name "
                    + JsonLdVocabulary.ANNO_CONTEXT) + ": not W3C Web Annotation JSON-LD");
        }
        return prefix;
    }

    private static Optional<String> boundPrefix(JsonLdNode context) throws BriefingInputException {
        for (String name : context.fieldNames()) {
            // Term definitions may be objects, or null (which unbinds a term): only a plain string binds a prefix.
            List<JsonLdNode> value = context.values(name);
            if (value.size() == 1 && value.get(0).isString()
                    && value.get(0).text().equals(JsonLdVocabulary.NAMESPACE)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The annotations of a collection (its embedded first page), of a page, or the document itself. */
    private static List<JsonLdNode> items(JsonLdNode root) throws BriefingInputException {
        if (root.hasType("Annotation")) {
            return List.of(root);
        }
        if (root.hasType("AnnotationPage")) {
            return pageItems(root);
        }
        if (!root.hasType("AnnotationCollection")) {
            List<String> types = root.types();
            throw root.at("type").problem("expected AnnotationCollection, AnnotationPage or Annotation, found "
                    + (types.isEmpty() ? "none" : String.join(", ", types)));
        }
        Optional<Integer> total = root.has("total") ? Optional.of(root.nonNegativeInt("total")) : Optional.empty();
        List<JsonLdNode> items = new ArrayList<>();
        List<JsonLdNode> first = root.values("first");
        if (first.size() > 1) {
            throw root.at("first").problem("a collection has one first page, found " + first.size());
        }
        if (first.size() == 1) {
            JsonLdNode page = first.get(0);
            if (!page.isObject()) {
                throw page.problem("the first page is not in this file (only a link to it), so its annotations"
                        + " cannot be read; export the collection with its pages embedded");
            }
            if (!page.hasType("AnnotationPage")) {
                throw page.at("type").problem("expected AnnotationPage, found " + String.join(", ", page.types()));
            }
            items = pageItems(page);
        }
        if (total.isPresent() && total.get() != items.size()) {
            throw root.at("total").problem("says " + total.get() + " annotations, but the file holds "
                    + items.size());
        }
        return items;
    }

    private static List<JsonLdNode> pageItems(JsonLdNode page) throws BriefingInputException {
        if (page.has("next")) {
            throw page.at("next").problem("the collection continues in another page that is not in this file");
        }
        List<JsonLdNode> items = page.values("items");
        for (JsonLdNode item : items) {
            if (!item.isObject()) {
                throw item.problem("an annotation given only as a link cannot be read; it must be in the file");
            }
        }
        return items;
    }
}
