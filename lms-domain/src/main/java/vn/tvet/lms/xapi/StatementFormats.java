package vn.tvet.lms.xapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/**
 * The "ids" format of statement queries (Communication 2.1.3): Agents and Groups only by their identifier (Groups
 * with their members, also by identifier), Activities, Verbs and attachments' usage only by id; everything else as
 * stored. "exact" is the stored form; "canonical" is served as "exact" (the stored language maps, all of them).
 */
final class StatementFormats {

    private static final Set<String> AGENT_KEYS = Set.of("objectType", "mbox", "mbox_sha1sum", "openid", "account");

    private StatementFormats() {
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
