package org.briefingreader.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.BriefingInputException;

/**
 * One JSON value of a JSON-LD notes file with its path, read the way JSON-LD writes values: a property may hold one
 * value or an array of them, and properties nobody asked for are ignored (other tools add their own).
 *
 * <p>{@code {"start": "x"}} at {@code first.items[2].target.selector[1]}, read with {@code nonNegativeInt("start")},
 * gives {@code notes.jsonld: first.items[2].target.selector[1].start: expected a whole number of at least 0, found a
 * string}.
 */
final class JsonLdNode {
    private final JsonNode node;
    private final String path;
    private final Path file;

    JsonLdNode(JsonNode node, String path, Path file) {
        this.node = node;
        this.path = path;
        this.file = file;
    }

    String path() {
        return path;
    }

    boolean isObject() {
        return node.isObject();
    }

    boolean isString() {
        return node.isTextual();
    }

    /** The string this value is; a problem when it is something else. */
    String text() throws BriefingInputException {
        if (!node.isTextual()) {
            throw problem("expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    boolean has(String name) {
        return node.isObject() && node.has(name) && !node.get(name).isNull();
    }

    String string(String name) throws BriefingInputException {
        return required(name).text();
    }

    Optional<String> optionalString(String name) throws BriefingInputException {
        return has(name) ? Optional.of(string(name)) : Optional.empty();
    }

    int nonNegativeInt(String name) throws BriefingInputException {
        JsonLdNode value = required(name);
        if (!value.node.isIntegralNumber() || !value.node.canConvertToInt() || value.node.intValue() < 0) {
            throw value.problem("expected a whole number of at least 0, found " + describe(value.node)
                    + (value.node.isNumber() ? " " + value.node.asText() : ""));
        }
        return value.node.intValue();
    }

    /**
     * An {@code xsd:dateTime} with a time zone, as an instant. The model asks for UTC written "Z"; an offset such as
     * {@code +00:00} (which some tools write) names the same instant, so it is accepted. A time without a zone is not:
     * it would be a different instant on every machine.
     */
    Instant dateTime(String name) throws BriefingInputException {
        String text = string(name);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw at(name).problem("'" + text + "' is not a date and time with a time zone, such as"
                    + " \"2026-11-30T12:00:00Z\"");
        }
    }

    /** The value of {@code name}; a problem when it is missing or null. */
    JsonLdNode required(String name) throws BriefingInputException {
        if (!node.isObject()) {
            throw problem("expected an object, found " + describe(node));
        }
        JsonNode value = node.get(name);
        if (value == null) {
            throw at(name).problem("missing (required)");
        }
        if (value.isNull()) {
            throw at(name).problem("must not be null");
        }
        return new JsonLdNode(value, at(name).path, file);
    }

    /** The values of {@code name}: none when absent, the one value, or each element of an array (with its index). */
    List<JsonLdNode> values(String name) {
        List<JsonLdNode> values = new ArrayList<>();
        JsonNode value = node.isObject() ? node.get(name) : null;
        if (value == null || value.isNull()) {
            return values;
        }
        String where = at(name).path;
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                values.add(new JsonLdNode(value.get(i), where + "[" + i + "]", file));
            }
        } else {
            values.add(new JsonLdNode(value, where, file));
        }
        return values;
    }

    /** The strings of {@code name} (one or an array); a problem at the first value that is not a string. */
    List<String> strings(String name) throws BriefingInputException {
        List<String> strings = new ArrayList<>();
        for (JsonLdNode value : values(name)) {
            strings.add(value.text());
        }
        return strings;
    }

    /** The names of this object's properties, in file order. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The {@code type} values: the classes this resource says it has. */
    List<String> types() throws BriefingInputException {
        return strings("type");
    }

    boolean hasType(String type) throws BriefingInputException {
        return types().contains(type);
    }

    /** This object's {@code name} as a node that is not there (for problems about it). */
    JsonLdNode at(String name) {
        return new JsonLdNode(com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                path.isEmpty() ? name : path + "." + name, file);
    }

    BriefingInputException problem(String what) {
        return new BriefingInputException(file, path.isEmpty() ? what : path + ": " + what);
    }

    static String describe(JsonNode node) {
        return org.briefingreader.json.JsonNodes.describe(node);
    }
}
