package org.briefingreader.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Words for JSON values in error messages, shared by every strict JSON reader (annotations, notes files). */
public final class JsonNodes {
    private JsonNodes() {
    }

    /** A value as a user would name it: "an object", "a list", "a string", "a number", "true/false", "null". */
    public static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        return node.isNull() ? "null" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
