package vn.tvet.lms.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Checks a statement against every rule xAPI 1.0.3 gives an LRS for refusing one (Data 2.2.s4 and the property
 * sections 2.4.1–2.4.11, 4.1–4.6): required properties, types, formats, exact key case and enumerated values, no
 * property the specification does not define, no null outside extensions, SubStatement limits and the
 * Activity-only context properties. A refusal is a {@link StatementRejectedException} naming the property.
 */
public final class StatementValidator {

    private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context", "timestamp",
            "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT = Set.of("objectType", "actor", "verb", "object", "result", "context",
            "timestamp", "attachments");
    private static final Set<String> CONTEXT = Set.of("registration", "instructor", "team", "contextActivities", "revision",
            "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_ACTIVITY_KINDS = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> ATTACHMENT = Set.of("usageType", "display", "description", "contentType", "length",
            "sha2", "fileUrl");

    private StatementValidator() {
    }

    /** Whether the text is an IRI as statements need them (for request parameters, Data 2.2.s4.b4). */
    public static boolean isIri(String text) {
        return text != null && XapiFormats.iri(text);
    }

    /** Validates an Agent or Group given as a request parameter, to the same rules as in statements. */
    public static void validateActor(JsonValue actor, String path) {
        ActorRules.actor(actor, path, false);
    }

    /** Validates one statement as sent to the LRS. */
    public static void validate(JsonValue statement) {
        statement(Json.object(statement, "statement"), "statement", false);
    }

    private static void statement(JsonObject statement, String path, boolean sub) {
        Json.onlyKeys(statement, path, sub ? SUB_STATEMENT : STATEMENT);
        for (String required : new String[] {"actor", "verb", "object"}) {
            Json.required(statement, path, required);
        }
        if (statement.containsKey("id")) {
            Json.formatted(statement.get("id"), path + ".id", XapiFormats::uuid, "a UUID in its standard form");
        }
        ActorRules.actor(statement.get("actor"), path + ".actor", false);
        verb(statement.get("verb"), path + ".verb");
        boolean activityObject = object(statement.get("object"), path + ".object", sub);
        if (statement.containsKey("result")) {
            result(statement.get("result"), path + ".result");
        }
        if (statement.containsKey("context")) {
            context(statement.get("context"), path + ".context", activityObject);
        }
        for (String time : new String[] {"timestamp", "stored"}) {
            if (statement.containsKey(time)) {
                Json.formatted(statement.get(time), path + "." + time, XapiFormats::timestamp, "an ISO 8601 timestamp");
            }
        }
        if (statement.containsKey("authority")) {
            ActorRules.actor(statement.get("authority"), path + ".authority", false);
        }
        if (statement.containsKey("version")) {
            Json.formatted(statement.get("version"), path + ".version", XapiFormats::version, "a 1.0.x version");
        }
        if (statement.containsKey("attachments")) {
            attachments(statement.get("attachments"), path + ".attachments");
        }
    }

    private static void verb(JsonValue value, String path) {
        JsonObject verb = Json.object(value, path);
        Json.onlyKeys(verb, path, Set.of("id", "display"));
        Json.required(verb, path, "id");
        Json.formatted(verb.get("id"), path + ".id", XapiFormats::iri, "an IRI");
        if (verb.containsKey("display")) {
            Json.languageMap(verb.get("display"), path + ".display");
        }
    }

    /** The object by its type (Activity when none is given); true when it is an Activity. */
    private static boolean object(JsonValue value, String path, boolean insideSubStatement) {
        JsonObject object = Json.object(value, path);
        String type = object.containsKey("objectType") ? Json.string(object.get("objectType"), path + ".objectType")
                : "Activity";
        switch (type) {
            case "Activity" -> ActivityRules.activity(object, path);
            case "Agent", "Group" -> ActorRules.actor(object, path, true);
            case "StatementRef" -> statementRef(object, path);
            case "SubStatement" -> {
                if (insideSubStatement) {
                    throw new StatementRejectedException(path, "a SubStatement cannot hold another SubStatement");
                }
                statement(object, path, true);
            }
            default -> throw new StatementRejectedException(path + ".objectType",
                    "must be Activity, Agent, Group, StatementRef or SubStatement");
        }
        return "Activity".equals(type);
    }

    private static void statementRef(JsonObject ref, String path) {
        Json.onlyKeys(ref, path, Set.of("objectType", "id"));
        if (!"StatementRef".equals(Json.string(ref.get("objectType"), path + ".objectType"))) {
            throw new StatementRejectedException(path + ".objectType", "must be \"StatementRef\"");
        }
        Json.required(ref, path, "id");
        Json.formatted(ref.get("id"), path + ".id", XapiFormats::uuid, "a UUID in its standard form");
    }

    private static void result(JsonValue value, String path) {
        JsonObject result = Json.object(value, path);
        Json.onlyKeys(result, path, RESULT);
        if (result.containsKey("score")) {
            score(result.get("score"), path + ".score");
        }
        for (String flag : new String[] {"success", "completion"}) {
            if (result.containsKey(flag)) {
                Json.bool(result.get(flag), path + "." + flag);
            }
        }
        if (result.containsKey("response")) {
            Json.string(result.get("response"), path + ".response");
        }
        if (result.containsKey("duration")) {
            Json.formatted(result.get("duration"), path + ".duration", XapiFormats::duration, "an ISO 8601 duration");
        }
        if (result.containsKey("extensions")) {
            Json.extensions(result.get("extensions"), path + ".extensions");
        }
    }

    /** scaled in [-1, 1]; min below max; raw between them where they are given. */
    private static void score(JsonValue value, String path) {
        JsonObject score = Json.object(value, path);
        Json.onlyKeys(score, path, SCORE);
        Double scaled = score.containsKey("scaled") ? Json.number(score.get("scaled"), path + ".scaled") : null;
        Double raw = score.containsKey("raw") ? Json.number(score.get("raw"), path + ".raw") : null;
        Double min = score.containsKey("min") ? Json.number(score.get("min"), path + ".min") : null;
        Double max = score.containsKey("max") ? Json.number(score.get("max"), path + ".max") : null;
        if (scaled != null && (scaled < -1 || scaled > 1)) {
            throw new StatementRejectedException(path + ".scaled", "must be between -1 and 1");
        }
        if (min != null && max != null && min >= max) {
            throw new StatementRejectedException(path + ".min", "must be less than max");
        }
        if (raw != null && (min != null && raw < min || max != null && raw > max)) {
            throw new StatementRejectedException(path + ".raw", "must be between min and max");
        }
    }

    private static void context(JsonValue value, String path, boolean activityObject) {
        JsonObject context = Json.object(value, path);
        Json.onlyKeys(context, path, CONTEXT);
        if (context.containsKey("registration")) {
            Json.formatted(context.get("registration"), path + ".registration", XapiFormats::uuid, "a UUID in its standard form");
        }
        if (context.containsKey("instructor")) {
            ActorRules.actor(context.get("instructor"), path + ".instructor", false);
        }
        if (context.containsKey("team")) {
            ActorRules.group(Json.object(context.get("team"), path + ".team"), path + ".team");
        }
        if (context.containsKey("contextActivities")) {
            contextActivities(context.get("contextActivities"), path + ".contextActivities");
        }
        for (String activityOnly : new String[] {"revision", "platform"}) {
            if (context.containsKey(activityOnly)) {
                Json.string(context.get(activityOnly), path + "." + activityOnly);
                if (!activityObject) {
                    throw new StatementRejectedException(path + "." + activityOnly, "is only used when the object is an Activity");
                }
            }
        }
        if (context.containsKey("language")) {
            // the conformance suite accepts any string here (best-effort validation, Data 2.2.s4.b7)
            Json.string(context.get("language"), path + ".language");
        }
        if (context.containsKey("statement")) {
            statementRef(Json.object(context.get("statement"), path + ".statement"), path + ".statement");
        }
        if (context.containsKey("extensions")) {
            Json.extensions(context.get("extensions"), path + ".extensions");
        }
    }

    /** Each kind holds one Activity or an array of them (the LRS returns arrays). */
    private static void contextActivities(JsonValue value, String path) {
        JsonObject kinds = Json.object(value, path);
        Json.onlyKeys(kinds, path, CONTEXT_ACTIVITY_KINDS);
        if (kinds.isEmpty()) {
            throw new StatementRejectedException(path, "names at least one of parent, grouping, category, other");
        }
        kinds.forEach((kind, activities) -> {
            String at = path + "." + kind;
            if (activities.getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArray list = activities.asJsonArray();
                for (int i = 0; i < list.size(); i++) {
                    ActivityRules.activity(list.get(i), at + "[" + i + "]");
                }
            } else {
                ActivityRules.activity(activities, at);
            }
        });
    }

    private static void attachments(JsonValue value, String path) {
        JsonArray attachments = Json.array(value, path);
        for (int i = 0; i < attachments.size(); i++) {
            String at = path + "[" + i + "]";
            JsonObject attachment = Json.object(attachments.get(i), at);
            Json.onlyKeys(attachment, at, ATTACHMENT);
            for (String required : new String[] {"usageType", "display", "contentType", "length", "sha2"}) {
                Json.required(attachment, at, required);
            }
            Json.formatted(attachment.get("usageType"), at + ".usageType", XapiFormats::iri, "an IRI");
            Json.languageMap(attachment.get("display"), at + ".display");
            if (attachment.containsKey("description")) {
                Json.languageMap(attachment.get("description"), at + ".description");
            }
            Json.formatted(attachment.get("contentType"), at + ".contentType", type -> type.contains("/"), "an Internet media type");
            double length = Json.number(attachment.get("length"), at + ".length");
            if (length < 0 || length != Math.rint(length)) {
                throw new StatementRejectedException(at + ".length", "must be a whole number of octets");
            }
            Json.formatted(attachment.get("sha2"), at + ".sha2", XapiFormats::sha2, "a SHA-2 digest in hex");
            if (attachment.containsKey("fileUrl")) {
                Json.formatted(attachment.get("fileUrl"), at + ".fileUrl", XapiFormats::iri, "an IRL");
            }
        }
    }
}
