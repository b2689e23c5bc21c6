package org.briefingreader.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.briefingreader.domain.BriefingInputException;

/**
 * One JSON object of a library file, read field by field with its path for errors, refusing properties it was not
 * asked for.
 *
 * <p>{@code {"start": "x"}} read with {@code integer("start")} at {@code annotations[2].target.selector[1]} gives
 * {@code a.json: annotations[2].target.selector[1].start: expected a whole number, found a string}. A property not
 * among the known names makes the constructor throw {@link RefusedFileException}, before any value is read: a newer
 * version may have written it, and the file must not be rewritten without it.
 */
final class StrictJsonObject {
    private final JsonNode node;
    private final String path;
    private final Path file;

    /**
     * @param known every property this object may have
     * @throws RefusedFileException when it has another
     */
    StrictJsonObject(JsonNode node, String path, Path file, Set<String> known) throws BriefingInputException {
        this.node = node;
        this.path = path;
        this.file = file;
        if (!node.isObject()) {
            throw problem(path, "expected an object, found " + describe(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new RefusedFileException(file, at(name) + ": unknown property (known here: "
                        + String.join(", ", new TreeSet<>(known)) + "), perhaps written by a newer Briefing Reader");
            }
        }
    }

    /** The element as an object with these known properties. */
    StrictJsonObject element(Element element, Set<String> known) throws BriefingInputException {
        return new StrictJsonObject(element.node(), element.path(), file, known);
    }

    String string(String name) throws BriefingInputException {
        JsonNode value = required(name);
        if (!value.isTextual()) {
            throw problem(at(name), "expected a string, found " + describe(value));
        }
        return value.textValue();
    }

    Optional<String> optionalString(String name) throws BriefingInputException {
        return node.has(name) ? Optional.of(string(name)) : Optional.empty();
    }

    int integer(String name) throws BriefingInputException {
        JsonNode value = required(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw problem(at(name), "expected a whole number, found " + describe(value));
        }
        return value.intValue();
    }

    Instant instant(String name) throws BriefingInputException {
        String text = string(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(at(name), "'" + text + "' is not an ISO-8601 instant such as \"2026-11-30T12:00:00Z\"");
        }
    }

    StrictJsonObject object(String name, Set<String> known) throws BriefingInputException {
        return new StrictJsonObject(required(name), at(name), file, known);
    }

    /** The elements of an array, each with its path ({@code selector[1]}). */
    List<Element> array(String name) throws BriefingInputException {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw problem(at(name), "expected a list, found " + describe(value));
        }
        List<Element> elements = new ArrayList<>();
        Iterator<JsonNode> it = ((ArrayNode) value).elements();
        for (int i = 0; it.hasNext(); i++) {
            elements.add(new Element(it.next(), at(name) + "[" + i + "]"));
        }
        return elements;
    }

    List<String> strings(String name) throws BriefingInputException {
        List<String> strings = new ArrayList<>();
        for (Element element : array(name)) {
            if (!element.node().isTextual()) {
                throw problem(element.path(), "expected a string, found " + describe(element.node()));
            }
            strings.add(element.node().textValue());
        }
        return strings;
    }

    /** One element of an array and where it sits. */
    record Element(JsonNode node, String path) {
    }

    /** A problem at {@code name} of this object ({@code target.source: ...}); the whole object when empty. */
    BriefingInputException problemAt(String name, String what) {
        return problem(name.isEmpty() ? path : at(name), what);
    }

    BriefingInputException problem(String where, String what) {
        return new BriefingInputException(file, where.isEmpty() ? what : where + ": " + what);
    }

    String path() {
        return path;
    }

    private JsonNode required(String name) throws BriefingInputException {
        JsonNode value = node.get(name);
        if (value == null) {
            throw problem(at(name), "missing (required)");
        }
        if (value.isNull()) {
            throw problem(at(name), "must not be null");
        }
        return value;
    }

    private String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String describe(JsonNode node) {
        return org.briefingreader.json.JsonNodes.describe(node);
    }
}
