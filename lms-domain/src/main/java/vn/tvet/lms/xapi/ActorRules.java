package vn.tvet.lms.xapi;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/** Agents and Groups (Data 2.4.2): one inverse functional identifier, anonymous groups with members. */
final class ActorRules {

    private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP = Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid",
            "account");

    private ActorRules() {
    }

    /** An Agent or a Group; {@code typeRequired} where the specification asks for "objectType" (as an Object). */
    static void actor(JsonValue value, String path, boolean typeRequired) {
        JsonObject actor = Json.object(value, path);
        String type = actor.containsKey("objectType") ? Json.string(actor.get("objectType"), path + ".objectType") : null;
        if (type == null && typeRequired) {
            throw new StatementRejectedException(path + ".objectType", "is required for an Agent or Group used as the object");
        }
        if ("Group".equals(type)) {
            group(actor, path);
        } else if (type == null || "Agent".equals(type)) {
            agent(actor, path);
        } else {
            throw new StatementRejectedException(path + ".objectType", "must be \"Agent\" or \"Group\"");
        }
    }

    static void agent(JsonObject agent, String path) {
        Json.onlyKeys(agent, path, AGENT);
        if (agent.containsKey("objectType") && !"Agent".equals(Json.string(agent.get("objectType"), path + ".objectType"))) {
            throw new StatementRejectedException(path + ".objectType", "must be \"Agent\"");
        }
        if (agent.containsKey("name")) {
            Json.string(agent.get("name"), path + ".name");
        }
        if (identifiers(agent, path) != 1) {
            throw new StatementRejectedException(path, "an Agent has exactly one of mbox, mbox_sha1sum, openid, account");
        }
    }

    /** A Group: "objectType" required; an anonymous one lists its members, an identified one has one identifier. */
    static void group(JsonObject group, String path) {
        Json.onlyKeys(group, path, GROUP);
        if (!"Group".equals(Json.string(group.get("objectType"), path + ".objectType"))) {
            throw new StatementRejectedException(path + ".objectType", "must be \"Group\"");
        }
        if (group.containsKey("name")) {
            Json.string(group.get("name"), path + ".name");
        }
        int identifiers = identifiers(group, path);
        if (identifiers > 1) {
            throw new StatementRejectedException(path, "an identified Group has exactly one identifier");
        }
        if (identifiers == 0 && !group.containsKey("member")) {
            throw new StatementRejectedException(path + ".member", "an anonymous Group lists its members");
        }
        if (group.containsKey("member")) {
            var members = Json.array(group.get("member"), path + ".member");
            for (int i = 0; i < members.size(); i++) {
                // a member that says it is a Group is refused by the Agent rules (Data 2.4.2.2.s4.b2, s5.b2)
                String memberPath = path + ".member[" + i + "]";
                agent(Json.object(members.get(i), memberPath), memberPath);
            }
        }
    }

    /** How many identifiers the actor has, each checked for its format. */
    private static int identifiers(JsonObject actor, String path) {
        int count = 0;
        for (String key : IFIS) {
            if (!actor.containsKey(key)) {
                continue;
            }
            count++;
            JsonValue value = actor.get(key);
            switch (key) {
                case "mbox" -> Json.formatted(value, path + ".mbox", XapiFormats::mbox, "a mailto IRI (mailto:name@host)");
                case "mbox_sha1sum" -> Json.formatted(value, path + ".mbox_sha1sum", XapiFormats::sha1, "40 hex digits");
                case "openid" -> Json.formatted(value, path + ".openid", XapiFormats::iri, "an absolute URI");
                default -> account(value, path + ".account");
            }
        }
        return count;
    }

    private static void account(JsonValue value, String path) {
        JsonObject account = Json.object(value, path);
        Json.onlyKeys(account, path, Set.of("homePage", "name"));
        Json.required(account, path, "homePage");
        Json.required(account, path, "name");
        Json.formatted(account.get("homePage"), path + ".homePage", XapiFormats::iri, "an IRL");
        Json.string(account.get("name"), path + ".name");
    }
}
