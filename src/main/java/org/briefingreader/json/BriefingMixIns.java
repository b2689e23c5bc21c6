package org.briefingreader.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Jackson annotations for the domain records, kept here so {@code domain} stays free of Jackson.
 *
 * <p>Each nested class is attached to its record with {@code ObjectMapper.addMixIn}; its annotations act as if
 * written on the record.
 */
final class BriefingMixIns {
    private BriefingMixIns() {
    }

    /**
     * Fixes the field order so files diff cleanly, omits absent optionals and lets the document-level fields
     * ({@code schemaVersion}, an editor's {@code $schema}) pass; every other unknown field is an error.
     */
    @JsonPropertyOrder({"id", "title", "subtitle", "source", "published", "readTime", "byline", "captions",
            "summary", "lede", "sections", "originalFileName", "contentHash", "copyright"})
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonIgnoreProperties({BriefingJson.SCHEMA_VERSION_FIELD, "$schema"})
    abstract static class BriefingMixIn {
    }

    @JsonPropertyOrder({"id", "heading", "kind", "paragraphs"})
    abstract static class SectionMixIn {
    }

    @JsonPropertyOrder({"id", "text", "list"})
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class ParagraphMixIn {
    }

    /** List marks travel as {@code "bullet"} or {@code "numbered"}. */
    abstract static class ListMarkMixIn {
        @JsonValue
        abstract String label();
    }

    /** Kinds travel as their lower-case label ({@code "outlook"}), the same word users type in queries. */
    abstract static class SectionKindMixIn {
        @JsonValue
        abstract String label();
    }
}
