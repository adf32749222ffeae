package vn.tvet.lms.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reading a statement's JSON by the rules of xAPI 1.0.3 Data 2.2: every property of the type the specification
 * gives it (no strings for numbers or booleans, no null outside extensions), no property it does not allow, keys
 * in the specification's exact case. Each failure names its path.
 */
final class Json {

    private Json() {
    }

    static JsonObject object(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new StatementRejectedException(path, "must be a JSON object");
        }
        return value.asJsonObject();
    }

    static JsonArray array(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new StatementRejectedException(path, "must be a JSON array");
        }
        return value.asJsonArray();
    }

    static String string(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            throw new StatementRejectedException(path, "must be a string");
        }
        return ((JsonString) value).getString();
    }

    static double number(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new StatementRejectedException(path, "must be a number");
        }
        return ((JsonNumber) value).doubleValue();
    }

    static void bool(JsonValue value, String path) {
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new StatementRejectedException(path, "must be true or false");
        }
    }

    /** A string of a given format (IRI, UUID…); the empty string never is one. */
    static String formatted(JsonValue value, String path, Predicate<String> format, String what) {
        String text = string(value, path);
        if (text.isEmpty() || !format.test(text)) {
            throw new StatementRejectedException(path, "must be " + what);
        }
        return text;
    }

    /** Refuses properties the specification does not define for this object (keys compare case-sensitively). */
    static void onlyKeys(JsonObject object, String path, Set<String> allowed) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                throw new StatementRejectedException(path + "." + key, "is not a property xAPI allows here");
            }
        }
    }

    static void required(JsonObject object, String path, String key) {
        if (!object.containsKey(key)) {
            throw new StatementRejectedException(path + "." + key, "is required");
        }
    }

    /** A language map: RFC 5646 tags to strings. */
    static void languageMap(JsonValue value, String path) {
        JsonObject map = object(value, path);
        map.forEach((tag, text) -> {
            if (!XapiFormats.languageTag(tag)) {
                throw new StatementRejectedException(path + "." + tag, "is not an RFC 5646 language tag");
            }
            string(text, path + "." + tag);
        });
    }

    /** Extensions: IRI keys; the values are anything, null included (Data 4.1). */
    static void extensions(JsonValue value, String path) {
        object(value, path).keySet().forEach(key -> {
            if (!XapiFormats.iri(key)) {
                throw new StatementRejectedException(path + "." + key, "extension keys must be IRIs");
            }
        });
    }
}
