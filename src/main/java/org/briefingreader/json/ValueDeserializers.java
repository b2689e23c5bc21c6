package org.briefingreader.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.SectionKind;

/**
 * Strict readers for the scalar values whose JSON form is a string with rules: kind, published, readTime.
 *
 * <p>They replace Jackson's defaults because those accept numbers too (a hand-written {@code "readTime": 7}
 * would silently become seven seconds) and their errors name Java types rather than what to write.
 */
final class ValueDeserializers {
    static final String KNOWN_KINDS = Arrays.stream(SectionKind.values())
            .map(SectionKind::label)
            .collect(Collectors.joining(", "));

    private ValueDeserializers() {
    }

    /** {@code "outlook"} gives {@code OUTLOOK} (case-insensitive); {@code "foo"} is an error listing the kinds. */
    static final class KindDeserializer extends StdScalarDeserializer<SectionKind> {
        private static final long serialVersionUID = 1L;

        KindDeserializer() {
            super(SectionKind.class);
        }

        @Override
        public SectionKind deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String label = requireString(p, "a kind such as \"outlook\" (known: " + KNOWN_KINDS + ")");
            return SectionKind.fromLabel(label).orElseThrow(() -> new InputProblem(p,
                    "unknown kind '" + label + "' (known: " + KNOWN_KINDS + ")"));
        }
    }

    /** {@code "bullet"} or {@code "numbered"} (case-insensitive); anything else is an error naming both. */
    static final class ListMarkDeserializer extends StdScalarDeserializer<ListMark> {
        private static final long serialVersionUID = 1L;
        private static final String KNOWN = "bullet, numbered";

        ListMarkDeserializer() {
            super(ListMark.class);
        }

        @Override
        public ListMark deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String label = requireString(p, "a list mark (known: " + KNOWN + ")");
            return Arrays.stream(ListMark.values())
                    .filter(m -> m.label().equalsIgnoreCase(label.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InputProblem(p, "unknown list mark '" + label + "' (known: " + KNOWN + ")"));
        }
    }

    /**
     * {@code "2018-05-25T04:30:00-04:00[America/New_York]"} gives that time in that zone; the zone id in
     * brackets is kept, so the value read equals the value written.
     */
    static final class PublishedDeserializer extends StdScalarDeserializer<ZonedDateTime> {
        private static final long serialVersionUID = 1L;
        private static final String EXPECTED = "an ISO-8601 date-time with offset, optionally with a zone id,"
                + " e.g. \"2018-05-25T08:30:00Z[GMT]\" or \"2018-05-25T04:30:00-04:00\"";

        PublishedDeserializer() {
            super(ZonedDateTime.class);
        }

        @Override
        public ZonedDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = requireString(p, EXPECTED);
            try {
                return ZonedDateTime.parse(text.strip(), DateTimeFormatter.ISO_ZONED_DATE_TIME);
            } catch (DateTimeParseException e) {
                throw new InputProblem(p, "'" + text + "' is not " + EXPECTED);
            }
        }
    }

    /** {@code "PT7M"} gives seven minutes; a bare number is refused because its unit would be a guess. */
    static final class ReadTimeDeserializer extends StdScalarDeserializer<Duration> {
        private static final long serialVersionUID = 1L;
        private static final String EXPECTED = "an ISO-8601 duration such as \"PT7M\" (7 minutes)";

        ReadTimeDeserializer() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = requireString(p, EXPECTED);
            try {
                return Duration.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new InputProblem(p, "'" + text + "' is not " + EXPECTED);
            }
        }
    }

    private static String requireString(JsonParser p, String expected) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new InputProblem(p, "expected " + expected + ", found " + JsonProblems.describe(p.currentToken()));
        }
        return p.getText();
    }
}
