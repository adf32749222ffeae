package vn.tvet.lms.cmi5;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The statements the LMS itself records under cmi5 (sections 9.3.1, 9.3.6, 9.3.7, 9.3.9): launched, abandoned and
 * waived about the AU, satisfied about a block or the course. Each carries the cmi5 category, the registration, the
 * session id and the publisher's id in the grouping.
 */
final class Cmi5Statements {

    static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    static final String BLOCK_TYPE = "https://w3id.org/xapi/cmi5/activitytype/block";
    static final String COURSE_TYPE = "https://w3id.org/xapi/cmi5/activitytype/course";
    private static final String EXTENSIONS = "https://w3id.org/xapi/cmi5/context/extensions/";

    private Cmi5Statements() {
    }

    /** Who a statement is about and where: the learner, the registration, the session. */
    record Subject(JsonObject actor, UUID registration, UUID sessionId) {
    }

    /** The activity a statement is about: the LMS's id, its type and title, and the publisher's id. */
    record Target(String id, String type, String title, String publisherId) {
    }

    static JsonObject launched(Subject subject, Target au, Instant at, String launchMode, String launchUrl, String moveOn,
            java.math.BigDecimal masteryScore, String launchParameters) {
        JsonObjectBuilder extensions = Json.createObjectBuilder().add(EXTENSIONS + "launchmode", launchMode)
                .add(EXTENSIONS + "launchurl", launchUrl).add(EXTENSIONS + "moveon", moveOn);
        if (masteryScore != null) {
            extensions.add(EXTENSIONS + "masteryscore", masteryScore);
        }
        if (launchParameters != null) {
            extensions.add(EXTENSIONS + "launchparameters", launchParameters);
        }
        return statement(subject, LAUNCHED, "launched", au, at, null, false, extensions);
    }

    static JsonObject abandoned(Subject subject, Target au, Instant at, Duration lasted) {
        return statement(subject, ABANDONED, "abandoned", au, at,
                Json.createObjectBuilder().add("duration", lasted.toString()), false, Json.createObjectBuilder());
    }

    static JsonObject waived(Subject subject, Target au, Instant at, String reason) {
        return statement(subject, WAIVED, "waived", au, at, Json.createObjectBuilder().add("success", true)
                .add("completion", true).add("extensions", Json.createObjectBuilder()
                        .add("https://w3id.org/xapi/cmi5/result/extensions/reason", reason)), true,
                Json.createObjectBuilder());
    }

    static JsonObject satisfied(Subject subject, Target blockOrCourse, Instant at) {
        return statement(subject, SATISFIED, "satisfied", blockOrCourse, at, null, false, Json.createObjectBuilder());
    }

    private static JsonObject statement(Subject subject, String verb, String verbName, Target target, Instant at,
            JsonObjectBuilder result, boolean moveOn, JsonObjectBuilder extensions) {
        JsonArrayBuilder categories = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", Cmi5Rules.CMI5_CATEGORY));
        if (moveOn) {
            categories.add(Json.createObjectBuilder().add("id", Cmi5Rules.MOVE_ON_CATEGORY));
        }
        JsonObjectBuilder definition = Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("vi-VN", target.title()));
        if (target.type() != null) {
            definition.add("type", target.type());
        }
        JsonObjectBuilder statement = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", subject.actor())
                .add("verb", Json.createObjectBuilder().add("id", verb)
                        .add("display", Json.createObjectBuilder().add("en-US", verbName)))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", target.id())
                        .add("definition", definition))
                .add("context", Json.createObjectBuilder()
                        .add("registration", subject.registration().toString())
                        .add("contextActivities", Json.createObjectBuilder().add("category", categories)
                                .add("grouping", Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("id", target.publisherId()))))
                        .add("extensions", extensions.add(Cmi5Rules.SESSION_ID, subject.sessionId().toString())))
                .add("timestamp", at.toString());
        if (result != null) {
            statement.add("result", result);
        }
        return statement.build();
    }
}
