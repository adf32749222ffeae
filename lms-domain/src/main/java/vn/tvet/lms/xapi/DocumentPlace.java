package vn.tvet.lms.xapi;

import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * Where documents of a resource live: the kind, and the activity, agent and registration that scope them (empty
 * strings and null where the kind has none). The agent is kept as its identifier in one canonical text, so the same
 * agent sent with properties in another order is the same place.
 */
public record DocumentPlace(XapiDocumentKind kind, String activityId, String agent, UUID registration) {

    public static DocumentPlace state(String activityId, JsonObject agent, UUID registration) {
        return new DocumentPlace(XapiDocumentKind.STATE, activityId, identity(agent), registration);
    }

    public static DocumentPlace activityProfile(String activityId) {
        return new DocumentPlace(XapiDocumentKind.ACTIVITY_PROFILE, activityId, "", null);
    }

    public static DocumentPlace agentProfile(JsonObject agent) {
        return new DocumentPlace(XapiDocumentKind.AGENT_PROFILE, "", identity(agent), null);
    }

    /** The agent's inverse functional identifier as text ("mbox:mailto:…", "account:home|name", …). */
    static String identity(JsonObject agent) {
        if (agent.containsKey("mbox")) {
            return "mbox:" + agent.getString("mbox");
        }
        if (agent.containsKey("mbox_sha1sum")) {
            return "mbox_sha1sum:" + agent.getString("mbox_sha1sum");
        }
        if (agent.containsKey("openid")) {
            return "openid:" + agent.getString("openid");
        }
        JsonObject account = agent.getJsonObject("account");
        return "account:" + account.getString("homePage") + "|" + account.getString("name");
    }
}
