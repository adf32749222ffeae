package vn.tvet.lms.notification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;

/** The values a notification's text is worded with, kept as a JSON array of strings. */
final class NoticeParameters {

    private NoticeParameters() {
    }

    static String write(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v == null ? "" : v));
        return array.build().toString();
    }

    static List<String> read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
