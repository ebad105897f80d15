package org.rehabscribe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Typed access to JSON fields with errors that name the field's path. Absent and JSON
 * {@code null} are the same for optional fields, as in the contract ("minutes" may be null).
 */
final class Json {
    private Json() {}

    static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new FormatException(path(path, field) + ": missing or not an object");
        }
        return n;
    }

    static String text(JsonNode parent, String field, String path) {
        String s = optText(parent, field, path);
        if (s == null) {
            throw new FormatException(path(path, field) + ": missing");
        }
        return s;
    }

    static String optText(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new FormatException(path(path, field) + ": not a string");
        }
        return n.asText();
    }

    static int integer(JsonNode parent, String field, String path) {
        Integer i = optInteger(parent, field, path);
        if (i == null) {
            throw new FormatException(path(path, field) + ": missing");
        }
        return i;
    }

    static Integer optInteger(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new FormatException(path(path, field) + ": not an integer (" + n + ")");
        }
        return n.intValue();
    }

    static double number(JsonNode parent, String field, String path) {
        Double d = optNumber(parent, field, path);
        if (d == null) {
            throw new FormatException(path(path, field) + ": missing");
        }
        return d;
    }

    static Double optNumber(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw new FormatException(path(path, field) + ": not a number (" + n + ")");
        }
        return n.doubleValue();
    }

    static boolean bool(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isBoolean()) {
            throw new FormatException(path(path, field) + ": missing or not true/false");
        }
        return n.booleanValue();
    }

    /** Each element of the array {@code field} read by {@code read(element, elementPath)}; absent is empty. */
    static <T> List<T> list(JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> read) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new FormatException(path(path, field) + ": not an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(read.apply(n.get(i), path(path, field) + "[" + i + "]"));
        }
        return out;
    }

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }
}
