package org.briefingreader.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;

/**
 * The briefing JSON format (schema version 1), shared by the JSON importer and the library store.
 *
 * <p>{@code write} gives pretty-printed UTF-8 with {@code "schemaVersion": 1} first, fields in a fixed order,
 * absent optionals omitted, empty lists as {@code []} and a trailing newline:
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "id": "japan-russia-2018-05-25",
 *   "title": "Japan Wants Closer Relations With Russia",
 *   "published": "2018-05-25T08:30:00Z[GMT]",
 *   "readTime": "PT7M",
 *   ...
 * }
 * }</pre>
 * {@code read} gives back an equal {@link Briefing} (zone id included) or a one-line error such as
 * {@code notes.json:3:14: unexpected character ('}'): ...}. docs/briefing-format.md describes the format for
 * users; {@value #SCHEMA_RESOURCE} is its JSON Schema.
 */
public final class BriefingJson {
    /** The format version written and the only one read; any change to the fields raises it. */
    public static final int SCHEMA_VERSION = 1;
    /** Class-path location of the JSON Schema (draft 2020-12) of this format. */
    public static final String SCHEMA_RESOURCE = "/org/briefingreader/json/briefing.schema.json";

    static final String SCHEMA_VERSION_FIELD = "schemaVersion";

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());
    private static final ObjectReader READER = MAPPER.readerFor(Briefing.class);

    private BriefingJson() {
    }

    /** The briefing as a UTF-8 document ending in a newline. */
    public static byte[] write(Briefing briefing) {
        return writeString(briefing).getBytes(StandardCharsets.UTF_8);
    }

    /** The briefing as a document ending in a newline; line ends are always {@code \n}. */
    public static String writeString(Briefing briefing) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put(SCHEMA_VERSION_FIELD, SCHEMA_VERSION);
        document.setAll((ObjectNode) MAPPER.valueToTree(briefing));
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and lists always serialises", e);
        }
    }

    /**
     * Reads a document from bytes (UTF-8, BOM allowed); a missing {@code contentHash} becomes the hash of
     * {@code json}, a missing {@code originalFileName} the name of {@code file}.
     *
     * @param file the file the bytes came from, named in errors and used for derived fields
     */
    public static Briefing read(byte[] json, Path file) throws BriefingInputException {
        return read(() -> MAPPER.createParser(json), file, sha256(json));
    }

    /**
     * Reads a document already decoded to text (as {@code SourceLoader} gives it).
     *
     * @param fileHash the {@code sha256:} hash of the file's bytes, used when the document has no
     *                 {@code contentHash}
     */
    public static Briefing read(String json, Path file, String fileHash) throws BriefingInputException {
        return read(() -> MAPPER.createParser(json), file, fileHash);
    }

    /** {@code sha256:<hex>} of the bytes, the same form {@code SourceLoader} gives. */
    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static Briefing read(ParserSource source, Path file, String fileHash) throws BriefingInputException {
        // Two passes over an in-memory document: the first checks syntax and version, so binding never reports
        // a field error for a file that is really from a newer release.
        try (JsonParser p = source.open()) {
            VersionScan.check(p, file);
        } catch (JsonProcessingException e) {
            throw JsonProblems.syntax(file, e);
        } catch (IOException e) {
            throw new BriefingInputException(file, "cannot read the JSON: " + e.getMessage(), e);
        }
        Path name = file.getFileName();
        try (JsonParser p = source.open()) {
            try {
                return READER
                        .withAttribute(RecordCompletion.FILE_NAME, name == null ? file.toString() : name.toString())
                        .withAttribute(RecordCompletion.CONTENT_HASH, fileHash)
                        .readValue(p);
            } catch (JsonMappingException e) {
                // Translated before the parser closes: the message names the token it stopped at.
                throw JsonProblems.binding(file, e);
            }
        } catch (JsonProcessingException e) {
            throw JsonProblems.syntax(file, e);
        } catch (IOException e) {
            throw new BriefingInputException(file, "cannot read the JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectMapper createMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                // Registered last so its readers replace the lenient java.time ones.
                .addModule(new BriefingModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // "2018-05-25T08:30:00Z[GMT]": the zone id must survive, records compare zones in equals.
                .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // Jackson turns 5 or true into "5" / "true" for a string field; in a hand-written file that is a slip.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // Explicit "\n" rather than the platform's line separator: the same briefing gives the same bytes everywhere.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
