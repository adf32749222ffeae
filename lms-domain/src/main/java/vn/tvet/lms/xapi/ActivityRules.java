package vn.tvet.lms.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Activities and their definitions (Data 2.4.4.1), interaction activities included. */
final class ActivityRules {

    private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    /** Which interaction component lists each interaction type may carry (Data 2.4.4.1.s15, table 2). */
    private static final Map<String, Set<String>> LISTS_BY_TYPE = Map.of(
            "true-false", Set.of(), "choice", Set.of("choices"), "fill-in", Set.of(), "long-fill-in", Set.of(),
            "matching", Set.of("source", "target"), "performance", Set.of("steps"), "sequencing", Set.of("choices"),
            "likert", Set.of("scale"), "numeric", Set.of(), "other", Set.of());

    private ActivityRules() {
    }

    static void activity(JsonValue value, String path) {
        JsonObject activity = Json.object(value, path);
        Json.onlyKeys(activity, path, ACTIVITY);
        if (activity.containsKey("objectType")
                && !"Activity".equals(Json.string(activity.get("objectType"), path + ".objectType"))) {
            throw new StatementRejectedException(path + ".objectType", "must be \"Activity\"");
        }
        Json.required(activity, path, "id");
        Json.formatted(activity.get("id"), path + ".id", XapiFormats::iri, "an IRI");
        if (activity.containsKey("definition")) {
            definition(activity.get("definition"), path + ".definition");
        }
    }

    private static void definition(JsonValue value, String path) {
        JsonObject definition = Json.object(value, path);
        Json.onlyKeys(definition, path, DEFINITION);
        if (definition.containsKey("name")) {
            Json.languageMap(definition.get("name"), path + ".name");
        }
        if (definition.containsKey("description")) {
            Json.languageMap(definition.get("description"), path + ".description");
        }
        if (definition.containsKey("type")) {
            Json.formatted(definition.get("type"), path + ".type", XapiFormats::iri, "an IRI");
        }
        if (definition.containsKey("moreInfo")) {
            Json.formatted(definition.get("moreInfo"), path + ".moreInfo", XapiFormats::iri, "an IRL");
        }
        if (definition.containsKey("extensions")) {
            Json.extensions(definition.get("extensions"), path + ".extensions");
        }
        interaction(definition, path);
    }

    /** An interaction's type, its correct responses (strings), and only the component lists its type has. */
    private static void interaction(JsonObject definition, String path) {
        boolean anyInteractionPart = definition.containsKey("correctResponsesPattern")
                || COMPONENT_LISTS.stream().anyMatch(definition::containsKey);
        if (!definition.containsKey("interactionType")) {
            if (anyInteractionPart) {
                throw new StatementRejectedException(path + ".interactionType", "an interaction activity needs its type");
            }
            return;
        }
        String type = Json.string(definition.get("interactionType"), path + ".interactionType");
        Set<String> lists = LISTS_BY_TYPE.get(type);
        if (lists == null) {
            throw new StatementRejectedException(path + ".interactionType", "must be one of " + LISTS_BY_TYPE.keySet());
        }
        if (definition.containsKey("correctResponsesPattern")) {
            JsonArray patterns = Json.array(definition.get("correctResponsesPattern"), path + ".correctResponsesPattern");
            for (int i = 0; i < patterns.size(); i++) {
                Json.string(patterns.get(i), path + ".correctResponsesPattern[" + i + "]");
            }
        }
        for (String list : COMPONENT_LISTS) {
            if (!definition.containsKey(list)) {
                continue;
            }
            if (!lists.contains(list)) {
                throw new StatementRejectedException(path + "." + list, "is not a component list of a " + type + " interaction");
            }
            components(definition.get(list), path + "." + list);
        }
    }

    private static void components(JsonValue value, String path) {
        JsonArray components = Json.array(value, path);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            String at = path + "[" + i + "]";
            JsonObject component = Json.object(components.get(i), at);
            Json.onlyKeys(component, at, Set.of("id", "description"));
            Json.required(component, at, "id");
            String id = Json.string(component.get("id"), at + ".id");
            if (id.isEmpty() || !ids.add(id)) {
                throw new StatementRejectedException(at + ".id", "component ids are distinct and not empty");
            }
            if (component.containsKey("description")) {
                Json.languageMap(component.get("description"), at + ".description");
            }
        }
    }
}
