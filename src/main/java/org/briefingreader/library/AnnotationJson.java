package org.briefingreader.library;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationChange;
import org.briefingreader.domain.annotation.UndoStacks;
import org.briefingreader.domain.annotation.Category;

/**
 * The library's annotation files (schema version 1): one per briefing, W3C Web Annotation shaped, and the
 * categories file.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "briefing": "japan-russia-2018-05-25",
 *   "annotations": [
 *     {
 *       "id": "urn:uuid:5f0c...",
 *       "created": "2026-11-30T12:00:00.123Z",
 *       "modified": "2026-11-30T12:05:00Z",
 *       "motivation": "commenting",
 *       "target": {
 *         "source": "japan-russia-2018-05-25",
 *         "units": ["lede.p1"],
 *         "selector": [
 *           {"type": "TextQuoteSelector", "exact": "...", "prefix": "...", "suffix": "..."},
 *           {"type": "TextPositionSelector", "start": 120, "end": 164}
 *         ]
 *       },
 *       "note": "Markdown",            (absent when there is none)
 *       "tags": ["energy"],
 *       "category": "evidence",        (absent when there is none)
 *       "anchoredTo": "sha256:...",
 *       "anchoring": "anchored"        (or "orphan")
 *     }
 *   ]
 * }
 * }</pre>
 * and {@code {"schemaVersion": 1, "categories": [{"name": "evidence", "colour": "#5fb37c"}]}}. Reading is strict: a
 * newer {@code schemaVersion} or an unknown property is a {@link RefusedFileException}; anything else wrong is a
 * {@link BriefingInputException} naming the file and the path to the value, and means the file is damaged.
 */
final class AnnotationJson {
    /** The format version written and the only one read. */
    static final int SCHEMA_VERSION = 1;

    private static final String VERSION = "schemaVersion";
    private static final String EOL = "\n";
    /** Where an element of the "annotations" list starts: two levels in. */
    private static final String ELEMENT_EOL = EOL + "    ";
    private static final Set<String> ANNOTATION_FILE = Set.of(VERSION, "briefing", "annotations");
    private static final Set<String> CATEGORY_FILE = Set.of(VERSION, "categories");
    private static final Set<String> CATEGORY = Set.of("name", "colour");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Emoji and other characters beyond U+FFFF as their four UTF-8 bytes, not "\uD83D\uDDFE": readable.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private AnnotationJson() {
    }

    /** One briefing's file, UTF-8, pretty-printed with {@code \n} line ends and a final newline. */
    static byte[] writeAnnotations(String briefingId, List<Annotation> annotations) {
        List<byte[]> fragments = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            fragments.add(fragment(annotation));
        }
        return assemble(briefingId, fragments);
    }

    /**
     * One annotation's JSON as it sits in its file's list (indented four spaces, no separator): a file is its
     * fragments joined, so a save that changes one annotation need not write the others' JSON again.
     */
    static byte[] fragment(Annotation annotation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter(ELEMENT_EOL));
            AnnotationFields.write(g, annotation);
        } catch (JsonProcessingException e) {
            throw unwritable(e);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /** The file of {@code briefingId} whose list holds these {@link #fragment}s. */
    static byte[] assemble(String briefingId, List<byte[]> fragments) {
        int size = 128 + briefingId.length();
        for (byte[] fragment : fragments) {
            size += fragment.length + ELEMENT_EOL.length() + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        // An id is [a-z0-9-] (Ids), so it needs no escaping; quoteAsUTF8 keeps that true whatever it gets.
        out.writeBytes(("{" + EOL + "  \"" + VERSION + "\": " + SCHEMA_VERSION + "," + EOL + "  \"briefing\": \"")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(briefingId));
        out.writeBytes(("\"," + EOL + "  \"annotations\": [").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < fragments.size(); i++) {
            out.writeBytes(((i == 0 ? "" : ",") + ELEMENT_EOL).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(fragments.get(i));
        }
        out.writeBytes(((fragments.isEmpty() ? "" : EOL + "  ") + "]" + EOL + "}" + EOL).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * The annotations of briefing {@code briefingId} from its file's bytes, in file order.
     *
     * @throws RefusedFileException  when the file is from a newer version
     * @throws BriefingInputException when the file is damaged
     */
    static List<Annotation> readAnnotations(byte[] json, Path file, String briefingId) throws BriefingInputException {
        StrictJsonObject document = document(json, file, ANNOTATION_FILE);
        String briefing = document.string("briefing");
        if (!briefing.equals(briefingId)) {
            throw document.problemAt("briefing", "is '" + briefing + "', but the file name says '" + briefingId + "'");
        }
        List<Annotation> annotations = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (StrictJsonObject.Element element : document.array("annotations")) {
            Annotation annotation = AnnotationFields.read(document, element, briefingId);
            if (!ids.add(annotation.id())) {
                throw document.problem(element.path(), "annotation " + annotation.id() + " appears twice");
            }
            annotations.add(annotation);
        }
        return annotations;
    }

    static byte[] writeCategories(List<Category> categories) {
        return write(256 + 64 * categories.size(), g -> {
            g.writeArrayFieldStart("categories");
            for (Category category : categories) {
                g.writeStartObject();
                g.writeStringField("name", category.name());
                g.writeStringField("colour", category.colour());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** The categories in the file's order; names repeated (ignoring case) mean a damaged file. */
    static List<Category> readCategories(byte[] json, Path file) throws BriefingInputException {
        StrictJsonObject document = document(json, file, CATEGORY_FILE);
        List<Category> categories = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (StrictJsonObject.Element element : document.array("categories")) {
            StrictJsonObject o = document.element(element, CATEGORY);
            Category category;
            try {
                category = new Category(o.string("name"), o.string("colour"));
            } catch (IllegalArgumentException e) {
                throw o.problemAt("", e.getMessage());
            }
            if (!keys.add(category.key())) {
                throw o.problemAt("name", "category '" + category.name() + "' appears twice");
            }
            categories.add(category);
        }
        return categories;
    }

    private static final Set<String> HISTORY_FILE = Set.of(VERSION, "undo", "redo");
    private static final Set<String> CHANGE = Set.of("id", "before", "after");
    private static final Set<String> LISTING = Set.of(VERSION, "annotations");

    /** Annotations of any briefings as one document ({@code briefing notes --json}): the stored shape. */
    static byte[] writeListing(List<Annotation> annotations) {
        return write(1024 + 1024 * annotations.size(), g -> {
            g.writeArrayFieldStart("annotations");
            for (Annotation annotation : annotations) {
                AnnotationFields.write(g, annotation);
            }
            g.writeEndArray();
        });
    }

    /** The undo history: each change with the annotation before and after it, either absent. */
    static byte[] writeHistory(UndoStacks stacks) {
        return write(4096, g -> {
            writeChanges(g, "undo", stacks.undo());
            writeChanges(g, "redo", stacks.redo());
        });
    }

    private static void writeChanges(JsonGenerator g, String name, List<AnnotationChange> changes) throws IOException {
        g.writeArrayFieldStart(name);
        for (AnnotationChange change : changes) {
            g.writeStartObject();
            g.writeStringField("id", change.id().toString());
            if (change.before().isPresent()) {
                g.writeFieldName("before");
                AnnotationFields.write(g, change.before().get());
            }
            if (change.after().isPresent()) {
                g.writeFieldName("after");
                AnnotationFields.write(g, change.after().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static UndoStacks readHistory(byte[] json, Path file) throws BriefingInputException {
        StrictJsonObject document = document(json, file, HISTORY_FILE);
        return new UndoStacks(readChanges(document, "undo"), readChanges(document, "redo"));
    }

    private static List<AnnotationChange> readChanges(StrictJsonObject document, String name)
            throws BriefingInputException {
        List<AnnotationChange> changes = new ArrayList<>();
        for (StrictJsonObject.Element element : document.array(name)) {
            StrictJsonObject change = document.element(element, CHANGE);
            java.util.Optional<Annotation> before = side(change, element, "before");
            java.util.Optional<Annotation> after = side(change, element, "after");
            try {
                changes.add(new AnnotationChange(java.util.UUID.fromString(change.string("id")), before, after));
            } catch (IllegalArgumentException e) {
                throw change.problemAt("", e.getMessage());
            }
        }
        return changes;
    }

    private static java.util.Optional<Annotation> side(StrictJsonObject change, StrictJsonObject.Element element,
            String name) throws BriefingInputException {
        JsonNode node = element.node().get(name);
        if (node == null) {
            return java.util.Optional.empty();
        }
        String briefingId = node.path("target").path("source").asText("");
        return java.util.Optional.of(AnnotationFields.read(change,
                new StrictJsonObject.Element(node, element.path() + "." + name), briefingId));
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] write(int sizeHint, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter(EOL));
            g.writeStartObject();
            g.writeNumberField(VERSION, SCHEMA_VERSION);
            body.write(g);
            g.writeEndObject();
        } catch (JsonProcessingException e) {
            throw unwritable(e);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** A lone surrogate in a note: the text cannot be UTF-8, the caller passed something broken. */
    private static IllegalArgumentException unwritable(JsonProcessingException e) {
        return new IllegalArgumentException("cannot write the annotations as UTF-8: " + e.getOriginalMessage(), e);
    }

    /** Parses the document and checks its version before any field is read. */
    private static StrictJsonObject document(byte[] json, Path file, Set<String> known) throws BriefingInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntax(file, e);
        } catch (IOException e) {
            throw new BriefingInputException(file, "cannot read the JSON: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BriefingInputException(file, "no JSON value in the file (" + json.length + " bytes)");
        }
        if (!root.isObject()) {
            throw new BriefingInputException(file, "expected a JSON object ({ ... }) at the top level, found "
                    + StrictJsonObject.describe(root));
        }
        JsonNode version = root.get(VERSION);
        if (version == null || !version.isIntegralNumber()) {
            throw new BriefingInputException(file, (version == null ? "missing schemaVersion"
                    : "schemaVersion must be a whole number") + " (this version reads " + SCHEMA_VERSION + ")");
        }
        if (version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(SCHEMA_VERSION)) > 0) {
            throw new RefusedFileException(file, "schemaVersion " + version.asText() + " is newer than this version reads ("
                    + SCHEMA_VERSION + "): written by a newer Briefing Reader");
        }
        if (version.intValue() != SCHEMA_VERSION) {
            throw new BriefingInputException(file, "schemaVersion " + version.asText() + " was never written (this version"
                    + " reads " + SCHEMA_VERSION + ")");
        }
        return new StrictJsonObject(root, "", file, known);
    }

    private static BriefingInputException syntax(Path file, JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage())
                .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return new BriefingInputException(file, line, column, "not valid JSON: " + message, e);
    }

    /** @param eol what starts each line: a newline, then the indentation of the level written at */
    private static DefaultPrettyPrinter prettyPrinter(String eol) {
        // "\n" rather than the platform's line separator: the same annotations give the same bytes everywhere.
        DefaultIndenter indenter = new DefaultIndenter("  ", eol);
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
