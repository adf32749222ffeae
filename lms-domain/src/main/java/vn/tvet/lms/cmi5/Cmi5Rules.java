package vn.tvet.lms.cmi5;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tvet.lms.xapi.LrsForbiddenException;

/**
 * What an AU may send in its session (cmi5 sections 6.3, 7.1, 9): the LMS rejects a statement that breaks a rule
 * with 403 rather than storing and voiding it. "cmi5 defined" statements (the cmi5 category) are judged on verb
 * order within the session and the registration, object, result and context; "cmi5 allowed" ones must come between
 * initialized and terminated and carry the session. Every statement needs its id, a UTC timestamp and the session id.
 */
public final class Cmi5Rules {

    public static final String CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String MOVE_ON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    /** The verbs an AU may use in cmi5 defined statements, by IRI, with the short names sessions keep. */
    static final Map<String, String> AU_VERBS = Map.of(
            "http://adlnet.gov/expapi/verbs/initialized", "initialized",
            "http://adlnet.gov/expapi/verbs/completed", "completed",
            "http://adlnet.gov/expapi/verbs/passed", "passed",
            "http://adlnet.gov/expapi/verbs/failed", "failed",
            "http://adlnet.gov/expapi/verbs/terminated", "terminated");

    private Cmi5Rules() {
    }

    /**
     * What the rules look at: the session (its id, registration, AU activity and publisher ids, launch mode, mastery
     * score, the defined verbs sent in it) and the defined verbs of the AU's other sessions in the registration.
     */
    public record Facts(String sessionId, String activityId, String publisherId, String launchMode,
            BigDecimal masteryScore, List<String> sessionVerbs, Set<String> registrationVerbs) {
    }

    /**
     * Checks a statement the AU sends; returns the short name of its cmi5 defined verb, or null for an allowed one.
     *
     * @throws LrsForbiddenException naming the rule it breaks
     */
    public static String check(Facts facts, JsonObject statement) {
        String verb = statement.getJsonObject("verb").getString("id");
        if (VOIDED.equals(verb)) {
            throw refused("6.3", "an AU may not void statements");
        }
        if (!statement.containsKey("id")) {
            throw refused("9.1", "the AU assigns every statement's id");
        }
        checkTimestamp(statement);
        JsonObject context = statement.getJsonObject("context");
        if (context == null) {
            throw refused("9.6", "the statement has no context");
        }
        JsonObject extensions = objectOr(context, "extensions");
        if (!(extensions.get(SESSION_ID) instanceof jakarta.json.JsonString session)
                || !session.getString().equals(facts.sessionId())) {
            throw refused("9.6.3.1", "the context does not carry this session's id");
        }
        Set<String> categories = ids(objectOr(context, "contextActivities").get("category"));
        boolean moveOnCategory = categories.contains(MOVE_ON_CATEGORY);
        List<String> sent = facts.sessionVerbs();
        if (sent.contains("terminated")) {
            throw refused("9.3.8", "the session was terminated");
        }
        if (!categories.contains(CMI5_CATEGORY)) {
            if (moveOnCategory) {
                throw refused("9.6.2.2", "only passed, failed and completed carry the moveOn category");
            }
            if (!sent.contains("initialized")) {
                throw refused("7.1.3", "allowed statements come after initialized");
            }
            return null;
        }
        String name = AU_VERBS.get(verb);
        if (name == null) {
            throw refused("9.3", "an AU's cmi5 defined statements use initialized, completed, passed, failed or terminated");
        }
        if (!facts.activityId().equals(statement.getJsonObject("object").getString("id", null))) {
            throw refused("9.4", "the object is not the AU's activity id from the launch");
        }
        if (!ids(objectOr(context, "contextActivities").get("grouping")).contains(facts.publisherId())) {
            throw refused("9.6.2.3", "the grouping lacks the AU's publisher id from the context template");
        }
        if (!name.equals("initialized") && !sent.contains("initialized")) {
            throw refused("9.3.2", "initialized is the session's first statement");
        }
        if (sent.contains(name)) {
            throw refused("9.3", name + " was sent already in this session");
        }
        checkResult(facts, name, statement, extensions, moveOnCategory);
        return name;
    }

    private static void checkResult(Facts facts, String name, JsonObject statement, JsonObject extensions,
            boolean moveOnCategory) {
        JsonObject result = objectOr(statement, "result");
        boolean judged = name.equals("passed") || name.equals("failed");
        boolean completion = result.containsKey("completion");
        boolean success = result.containsKey("success");
        if (judged || name.equals("completed")) {
            if (!"Normal".equals(facts.launchMode())) {
                throw refused("10.0", "in " + facts.launchMode() + " mode an AU records no completion or success");
            }
            if (!moveOnCategory) {
                throw refused("9.6.2.2", name + " carries the moveOn category");
            }
            if (!result.containsKey("duration")) {
                throw refused("9.5.4.1", name + " reports its duration");
            }
        } else if (moveOnCategory) {
            throw refused("9.6.2.2", "only passed, failed and completed carry the moveOn category");
        }
        if (name.equals("terminated") && !result.containsKey("duration")) {
            throw refused("9.5.4.1", "terminated reports the session's duration");
        }
        if (!judged && result.containsKey("score")) {
            throw refused("9.5.1", "only passed and failed carry a score");
        }
        if (name.equals("completed")) {
            if (!completion || result.get("completion") != JsonValue.TRUE) {
                throw refused("9.5.3", "completed has result.completion true");
            }
            if (success) {
                throw refused("9.5.2", "completed carries no result.success");
            }
            if (facts.registrationVerbs().contains("completed")) {
                throw refused("9.3", "completed is sent once per registration");
            }
        } else if (judged) {
            if (!success || result.get("success") != (name.equals("passed") ? JsonValue.TRUE : JsonValue.FALSE)) {
                throw refused("9.5.2", name + " has result.success " + name.equals("passed"));
            }
            if (completion) {
                throw refused("9.5.3", name + " carries no result.completion");
            }
            if (facts.sessionVerbs().contains("passed") || facts.sessionVerbs().contains("failed")) {
                throw refused("9.3", "one of passed and failed per session");
            }
            if (facts.registrationVerbs().contains("passed")) {
                throw refused("9.3", name.equals("passed") ? "passed is sent once per registration"
                        : "failed cannot follow passed in a registration");
            }
            checkScore(facts, name, result, extensions);
        } else if (completion || success) {
            throw refused("9.5.2", name + " carries no result.completion or result.success");
        }
    }

    private static void checkScore(Facts facts, String name, JsonObject result, JsonObject extensions) {
        BigDecimal mastery = facts.masteryScore();
        if (mastery != null) {
            if (!(extensions.get(MASTERY_SCORE) instanceof JsonNumber given)
                    || given.bigDecimalValue().compareTo(mastery) != 0) {
                throw refused("9.6.3.2", name + " carries the masteryScore of the launch data");
            }
        }
        JsonObject score = objectOr(result, "score");
        if (score.containsKey("raw") && (!score.containsKey("min") || !score.containsKey("max"))) {
            throw refused("9.5.1", "a raw score comes with min and max");
        }
        if (mastery != null && score.get("scaled") instanceof JsonNumber scaled) {
            boolean reached = scaled.bigDecimalValue().compareTo(mastery) >= 0;
            if (name.equals("passed") != reached) {
                throw refused(name.equals("passed") ? "9.3.4" : "9.3.5", name + " with a scaled score "
                        + (reached ? "at or above" : "below") + " the mastery score");
            }
        }
    }

    private static void checkTimestamp(JsonObject statement) {
        String timestamp = statement.getString("timestamp", null);
        if (timestamp == null) {
            throw refused("9.7", "every statement has a timestamp");
        }
        try {
            if (OffsetDateTime.parse(timestamp).getOffset().getTotalSeconds() != 0) {
                throw refused("9.7", "timestamps are in UTC");
            }
        } catch (DateTimeParseException e) {
            throw refused("9.7", "the timestamp is not ISO 8601");
        }
    }

    private static JsonObject objectOr(JsonObject parent, String name) {
        return parent.get(name) instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static Set<String> ids(JsonValue activities) {
        Set<String> ids = new HashSet<>();
        if (activities instanceof JsonArray array) {
            array.forEach(each -> {
                if (each instanceof JsonObject activity && activity.containsKey("id")) {
                    ids.add(activity.getString("id"));
                }
            });
        } else if (activities instanceof JsonObject activity && activity.containsKey("id")) {
            ids.add(activity.getString("id"));
        }
        return ids;
    }

    private static LrsForbiddenException refused(String section, String rule) {
        return new LrsForbiddenException("send this under cmi5 " + section + ": " + rule);
    }
}
