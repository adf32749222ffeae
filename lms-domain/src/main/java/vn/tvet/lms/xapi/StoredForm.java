package vn.tvet.lms.xapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A statement as the LRS keeps and returns it (Data 2.3.1, 2.4): its id, "stored" and "authority" set by the LRS,
 * "version" 1.0.0 when none was sent, "timestamp" equal to "stored" when none was sent, and every contextActivities
 * value an array. Also the comparison the LRS uses for a resent id: differences the LRS itself could have made do not
 * count.
 */
final class StoredForm {

    private StoredForm() {
    }

    static JsonObject of(JsonObject statement, UUID id, Instant stored, JsonObject authority) {
        String storedText = DateTimeFormatter.ISO_INSTANT.format(stored);
        JsonObjectBuilder built = Json.createObjectBuilder(normalised(statement))
                .add("id", id.toString())
                .add("stored", storedText)
                .add("authority", authority);
        if (!statement.containsKey("version")) {
            built.add("version", "1.0.0");
        }
        if (!statement.containsKey("timestamp")) {
            built.add("timestamp", storedText);
        }
        return built.build();
    }

    /** Whether a statement sent again is the one stored, apart from what the LRS set itself. */
    static boolean sameStatement(JsonObject sent, JsonObject kept) {
        return comparable(normalised(sent), !sent.containsKey("timestamp")).equals(comparable(kept, !sent.containsKey("timestamp")));
    }

    /** Whether two statements as sent are the same statement (a signed one's payload and the one received). */
    static boolean equivalent(JsonObject one, JsonObject other) {
        boolean withoutTimestamp = !one.containsKey("timestamp") || !other.containsKey("timestamp");
        return comparable(normalised(one), withoutTimestamp).equals(comparable(normalised(other), withoutTimestamp));
    }

    private static JsonObject comparable(JsonObject statement, boolean withoutTimestamp) {
        JsonObjectBuilder built = Json.createObjectBuilder(statement).remove("id").remove("stored").remove("authority")
                .remove("version");
        if (withoutTimestamp) {
            built.remove("timestamp");
        }
        return built.build();
    }

    /**
     * The statement as the LRS returns it: an object without "objectType" is an Activity and says so (Data 2.4.4.s2),
     * and each contextActivities value is an array (Data 2.4.6.2.s4.b3).
     */
    private static JsonObject normalised(JsonObject statement) {
        JsonObjectBuilder built = Json.createObjectBuilder(statement);
        JsonObject object = statement.getJsonObject("object");
        if (!object.containsKey("objectType")) {
            built.add("object", Json.createObjectBuilder(object).add("objectType", "Activity"));
        }
        JsonValue context = statement.get("context");
        if (context != null && context.getValueType() == JsonValue.ValueType.OBJECT
                && context.asJsonObject().containsKey("contextActivities")) {
            JsonObjectBuilder kinds = Json.createObjectBuilder();
            context.asJsonObject().getJsonObject("contextActivities").forEach((kind, value) -> kinds.add(kind,
                    value instanceof JsonArray ? value : Json.createArrayBuilder().add(value).build()));
            built.add("context", Json.createObjectBuilder(context.asJsonObject()).add("contextActivities", kinds));
        }
        return built.build();
    }

    /** The instant a validated timestamp names; one without a zone is read as UTC. */
    static Instant instant(String timestamp, Instant fallback) {
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(timestamp).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException basicFormat) {
                return fallback;
            }
        }
    }
}
