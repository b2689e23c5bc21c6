package org.briefingreader.library;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.domain.state.ReadingPosition;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.domain.state.WindowPlacement;

/**
 * The JSON form of {@link ReaderState}, version {@value #SCHEMA_VERSION}.
 *
 * <p>{@code {"schemaVersion":1,"window":{"x":10,"y":20,"width":1200,"height":800,"maximized":false},
 * "dividers":[0.25],"theme":"dark","fontSize":18,"fontFamily":"Serif","lastBriefing":"b1","recent":["b1"],
 * "positions":[{"briefing":"b1","unit":"p3"}]}} -> the state with those values. A missing field takes its default
 * (an older or hand-written file); an unknown field is ignored (settings are not precious, and a later version may
 * add fields); a value of the wrong type or out of range refuses the whole file, since half-applied settings
 * would be harder to explain than defaults.
 */
final class ReaderStateJson {
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Why a file cannot be used, in one line without the file name. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private ReaderStateJson() {
    }

    /** UTF-8, pretty-printed, with a final newline. */
    static byte[] write(ReaderState state) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        state.window().ifPresent(w -> root.putObject("window").put("x", w.x()).put("y", w.y())
                .put("width", w.width()).put("height", w.height()).put("maximized", w.maximized()));
        ArrayNode dividers = root.putArray("dividers");
        state.dividers().forEach(dividers::add);
        root.put("theme", state.theme().name().toLowerCase(Locale.ROOT));
        root.put("fontSize", state.fontSize());
        root.put("fontFamily", state.fontFamily());
        state.lastBriefing().ifPresent(id -> root.put("lastBriefing", id));
        ArrayNode recent = root.putArray("recent");
        state.recent().forEach(recent::add);
        ArrayNode positions = root.putArray("positions");
        state.positions().forEach(p -> positions.addObject().put("briefing", p.briefingId()).put("unit", p.unitId()));
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    /** Reads a file's bytes; {@link Unusable} says in one line why they make no state. */
    static ReaderState read(byte[] bytes) throws Unusable {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new Unusable("not valid JSON at " + where(e.getLocation()) + ": "
                    + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new Unusable("not readable as JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new Unusable("the file is empty");
        }
        if (!root.isObject()) {
            throw new Unusable("expected an object, found " + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        JsonNode version = root.path("schemaVersion");
        if (!version.isInt()) {
            throw new Unusable("schemaVersion is missing or not a whole number");
        }
        if (version.intValue() > SCHEMA_VERSION) {
            throw new Unusable("schemaVersion " + version.intValue() + " is newer than this version reads ("
                    + SCHEMA_VERSION + ")");
        }
        if (version.intValue() < 1) {
            throw new Unusable("schemaVersion " + version.intValue() + " does not exist");
        }
        try {
            return state(root);
        } catch (IllegalArgumentException e) {
            throw new Unusable(e.getMessage());
        }
    }

    private static ReaderState state(JsonNode root) throws Unusable {
        ReaderState defaults = ReaderState.defaults();
        Optional<WindowPlacement> window = Optional.empty();
        if (present(root, "window")) {
            JsonNode w = object(root, "window");
            window = Optional.of(new WindowPlacement(number(w, "window.x"), number(w, "window.y"),
                    number(w, "window.width"), number(w, "window.height"), bool(w, "window.maximized")));
        }
        List<Double> dividers = new ArrayList<>();
        for (JsonNode d : array(root, "dividers")) {
            dividers.add(numberValue(d, "dividers[]"));
        }
        Theme theme = present(root, "theme") ? theme(text(root, "theme")) : defaults.theme();
        double fontSize = present(root, "fontSize") ? number(root, "fontSize") : defaults.fontSize();
        String fontFamily = present(root, "fontFamily") ? text(root, "fontFamily") : defaults.fontFamily();
        Optional<String> last = present(root, "lastBriefing") ? Optional.of(text(root, "lastBriefing"))
                : Optional.empty();
        List<String> recent = new ArrayList<>();
        for (JsonNode r : array(root, "recent")) {
            recent.add(textValue(r, "recent[]"));
        }
        List<ReadingPosition> positions = new ArrayList<>();
        for (JsonNode p : array(root, "positions")) {
            if (!p.isObject()) {
                throw new Unusable("positions[] must hold objects");
            }
            positions.add(new ReadingPosition(text(p, "briefing"), text(p, "unit")));
        }
        return new ReaderState(window, dividers, theme, fontSize, last, recent, positions, fontFamily);
    }

    private static boolean present(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    private static JsonNode object(JsonNode node, String field) throws Unusable {
        JsonNode value = node.get(field);
        if (!value.isObject()) {
            throw new Unusable(field + " must be an object");
        }
        return value;
    }

    /** A missing or null list is empty. */
    private static Iterable<JsonNode> array(JsonNode node, String field) throws Unusable {
        if (!present(node, field)) {
            return List.of();
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            throw new Unusable(field + " must be a list");
        }
        return value;
    }

    private static double number(JsonNode node, String path) throws Unusable {
        return numberValue(node.path(path.substring(path.lastIndexOf('.') + 1)), path);
    }

    private static double numberValue(JsonNode value, String path) throws Unusable {
        if (!value.isNumber()) {
            throw new Unusable(path + " must be a number");
        }
        return value.doubleValue();
    }

    private static boolean bool(JsonNode node, String path) throws Unusable {
        JsonNode value = node.path(path.substring(path.lastIndexOf('.') + 1));
        if (value.isMissingNode()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new Unusable(path + " must be true or false");
        }
        return value.booleanValue();
    }

    private static String text(JsonNode node, String field) throws Unusable {
        return textValue(node.path(field), field);
    }

    private static String textValue(JsonNode value, String path) throws Unusable {
        if (!value.isTextual()) {
            throw new Unusable(path + " must be a string");
        }
        return value.textValue();
    }

    private static Theme theme(String name) throws Unusable {
        for (Theme theme : Theme.values()) {
            if (theme.name().equalsIgnoreCase(name)) {
                return theme;
            }
        }
        throw new Unusable("theme must be light, dark or system, was '" + name + "'");
    }

    private static String where(JsonLocation location) {
        return location == null ? "an unknown place"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
