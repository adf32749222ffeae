package vn.tvet.lms.xapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/**
 * The "ids" format of statement queries (Communication 2.1.3): Agents and Groups only by their identifier (Groups
 * with their members, also by identifier), Activities, Verbs and attachments' usage only by id; everything else as
 * stored. "exact" is the stored form; "canonical" keeps one language in each language map, the reader's best
 * (Communication 2.1.3.s4: the Accept-Language preferences, applied to each map on its own).
 */
final class StatementFormats {

    private static final Set<String> AGENT_KEYS = Set.of("objectType", "mbox", "mbox_sha1sum", "openid", "account");

    private StatementFormats() {
    }

    /** Every language map of the statement cut to the one entry the reader prefers. */
    static JsonObject canonical(JsonObject statement, java.util.List<String> languages) {
        return (JsonObject) oneLanguage(statement, languages, null);
    }

    private static final Set<String> LANGUAGE_MAPS = Set.of("display", "name", "description");

    private static jakarta.json.JsonValue oneLanguage(jakarta.json.JsonValue value, java.util.List<String> languages, String key) {
        if (value instanceof JsonObject object) {
            if (key != null && LANGUAGE_MAPS.contains(key) && !object.isEmpty()) {
                String chosen = preferred(object.keySet(), languages);
                return Json.createObjectBuilder().add(chosen, object.get(chosen)).build();
            }
            JsonObjectBuilder built = Json.createObjectBuilder();
            object.forEach((name, inner) -> built.add(name, "extensions".equals(name) ? inner : oneLanguage(inner, languages, name)));
            return built.build();
        }
        if (value instanceof jakarta.json.JsonArray array) {
            JsonArrayBuilder built = Json.createArrayBuilder();
            array.forEach(inner -> built.add(oneLanguage(inner, languages, null)));
            return built.build();
        }
        return value;
    }

    /** The map's tag that best fits the preferences: the same tag, then the same primary language, then the first. */
    static String preferred(Set<String> tags, java.util.List<String> languages) {
        for (String wanted : languages) {
            for (String tag : tags) {
                if (tag.equalsIgnoreCase(wanted)) {
                    return tag;
                }
            }
            String primary = wanted.split("-")[0];
            for (String tag : tags) {
                if (tag.split("-")[0].equalsIgnoreCase(primary) || "*".equals(wanted)) {
                    return tag;
                }
            }
        }
        return tags.iterator().next();
    }

    static JsonObject ids(JsonObject statement) {
        JsonObjectBuilder built = Json.createObjectBuilder(statement);
        built.add("actor", agent(statement.getJsonObject("actor")));
        built.add("verb", Json.createObjectBuilder().add("id", statement.getJsonObject("verb").getString("id")));
        built.add("object", object(statement.getJsonObject("object")));
        if (statement.containsKey("authority")) {
            built.add("authority", agent(statement.getJsonObject("authority")));
        }
        if (statement.containsKey("context")) {
            built.add("context", context(statement.getJsonObject("context")));
        }
        return built.build();
    }

    private static JsonObject object(JsonObject object) {
        String type = object.getString("objectType", "Activity");
        return switch (type) {
            case "Activity" -> Json.createObjectBuilder().add("objectType", "Activity").add("id", object.getString("id")).build();
            case "Agent", "Group" -> agent(object);
            case "SubStatement" -> {
                JsonObjectBuilder sub = Json.createObjectBuilder(object)
                        .add("actor", agent(object.getJsonObject("actor")))
                        .add("verb", Json.createObjectBuilder().add("id", object.getJsonObject("verb").getString("id")))
                        .add("object", object(object.getJsonObject("object")));
                if (object.containsKey("context")) {
                    sub.add("context", context(object.getJsonObject("context")));
                }
                yield sub.build();
            }
            default -> object;
        };
    }

    private static JsonObject agent(JsonObject agent) {
        JsonObjectBuilder built = Json.createObjectBuilder();
        agent.forEach((key, value) -> {
            if (AGENT_KEYS.contains(key)) {
                built.add(key, value);
            }
        });
        if (agent.containsKey("member")) {
            JsonArrayBuilder members = Json.createArrayBuilder();
            agent.getJsonArray("member").forEach(member -> members.add(agent(member.asJsonObject())));
            built.add("member", members);
        }
        return built.build();
    }

    private static JsonObject context(JsonObject context) {
        JsonObjectBuilder built = Json.createObjectBuilder(context);
        if (context.containsKey("instructor")) {
            built.add("instructor", agent(context.getJsonObject("instructor")));
        }
        if (context.containsKey("team")) {
            built.add("team", agent(context.getJsonObject("team")));
        }
        if (context.containsKey("contextActivities")) {
            JsonObjectBuilder kinds = Json.createObjectBuilder();
            context.getJsonObject("contextActivities").forEach((kind, list) -> {
                JsonArrayBuilder ids = Json.createArrayBuilder();
                list.asJsonArray().forEach(activity -> ids.add(Json.createObjectBuilder().add("objectType", "Activity")
                        .add("id", activity.asJsonObject().getString("id"))));
                kinds.add(kind, ids);
            });
            built.add("contextActivities", kinds);
        }
        return built.build();
    }
}
