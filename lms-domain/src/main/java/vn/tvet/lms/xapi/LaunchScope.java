package vn.tvet.lms.xapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * What content launched from a lesson may do with its launch token: write statements whose actor is that learner
 * (their account on this application) in that registration, read that registration's statements, and keep state
 * and the learner's profile documents; nothing else of the school. Refusals are 403.
 */
public record LaunchScope(long personId, String homePage, String username, String activityId, UUID registration,
        Long session) {

    /** A launch of content that is no cmi5 assignable unit: no session rules. */
    public LaunchScope(long personId, String homePage, String username, String activityId, UUID registration) {
        this(personId, homePage, username, activityId, registration, null);
    }

    /** The learner as an xAPI Agent: their account on this application. */
    public JsonObject agent() {
        return Json.createObjectBuilder().add("objectType", "Agent")
                .add("account", Json.createObjectBuilder().add("homePage", homePage).add("name", username)).build();
    }

    /** A statement may be written only about this learner, in this registration. */
    void checkWrite(JsonObject statement) {
        JsonObject actor = statement.getJsonObject("actor");
        boolean learner = !"Group".equals(actor.getString("objectType", "Agent")) && actor.containsKey("account")
                && DocumentPlace.identity(actor).equals(DocumentPlace.identity(agent()));
        JsonObject context = statement.getJsonObject("context");
        boolean registered = context != null && registration.toString().equalsIgnoreCase(context.getString("registration", ""));
        if (!learner || !registered) {
            throw new LrsForbiddenException("write statements about another learner or registration");
        }
    }

    /** The query narrowed to this registration; one asking for another registration is refused. */
    StatementQuery narrow(StatementQuery query) {
        if (query.registration() != null && !query.registration().equals(registration)) {
            throw new LrsForbiddenException("read another registration");
        }
        return query.withRegistration(registration);
    }

    /** Whether a statement of this registration (null: none) may be read. */
    boolean reads(UUID statementRegistration) {
        return registration.equals(statementRegistration);
    }

    /** State of this learner (in this registration when one is named) and their profile; activity profiles read-only. */
    void checkDocument(DocumentPlace place, boolean write) {
        String learner = DocumentPlace.identity(agent());
        boolean allowed = switch (place.kind()) {
            case STATE -> learner.equals(place.agent()) && (place.registration() == null
                    || place.registration().equals(registration));
            case AGENT_PROFILE -> learner.equals(place.agent());
            case ACTIVITY_PROFILE -> !write;
        };
        if (!allowed) {
            throw new LrsForbiddenException((write ? "write" : "read") + " documents of another learner or registration");
        }
    }
}
