package vn.tvet.lms.learning;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Writes a learning event as an xAPI 1.0.3 statement (the shape the LRS will also serve). */
final class StatementJson {

    static final String VERSION = "1.0.0";
    /** cmi5's result extension for how much of an activity is done, 0 to 100. */
    static final String PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress";

    private StatementJson() {
    }

    static String write(LearningEvent event, PublicAddress home, Instant stored) {
        JsonObjectBuilder statement = Json.createObjectBuilder()
                .add("id", event.id().toString())
                .add("actor", Json.createObjectBuilder()
                        .add("objectType", "Agent")
                        .add("name", event.fullName())
                        .add("account", Json.createObjectBuilder().add("homePage", home.url()).add("name", event.username())))
                .add("verb", Json.createObjectBuilder()
                        .add("id", event.verb().iri())
                        .add("display", Json.createObjectBuilder().add("en-US", event.verb().display())))
                .add("object", Json.createObjectBuilder()
                        .add("objectType", "Activity")
                        .add("id", event.activityId())
                        .add("definition", Json.createObjectBuilder()
                                .add("name", Json.createObjectBuilder().add("vi-VN", event.activityName()))));
        if (event.result() != null) {
            statement.add("result", result(event.result()));
        }
        JsonObjectBuilder context = Json.createObjectBuilder().add("platform", "TVET LMS").add("language", "vi-VN");
        if (event.registration() != null) {
            context.add("registration", event.registration().toString());
        }
        if (event.instructor() != null) {
            context.add("instructor", Json.createObjectBuilder()
                    .add("objectType", "Agent")
                    .add("name", event.instructor().fullName())
                    .add("account", Json.createObjectBuilder().add("homePage", home.url())
                            .add("name", event.instructor().username())));
        }
        if (event.parentActivityId() != null) {
            context.add("contextActivities", Json.createObjectBuilder()
                    .add("parent", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", event.parentActivityId()))));
        }
        return statement.add("context", context)
                .add("timestamp", DateTimeFormatter.ISO_INSTANT.format(event.timestamp()))
                .add("stored", DateTimeFormatter.ISO_INSTANT.format(stored))
                .add("authority", Json.createObjectBuilder()
                        .add("objectType", "Agent")
                        .add("name", "TVET LMS")
                        .add("account", Json.createObjectBuilder().add("homePage", home.url()).add("name", "tvet-lms")))
                .add("version", VERSION)
                .build().toString();
    }

    private static JsonObjectBuilder result(LearningEvent.Result result) {
        JsonObjectBuilder built = Json.createObjectBuilder();
        if (result.raw() != null || result.scaled() != null) {
            JsonObjectBuilder score = Json.createObjectBuilder();
            if (result.scaled() != null) {
                score.add("scaled", result.scaled());
            }
            if (result.raw() != null) {
                score.add("raw", result.raw());
            }
            if (result.min() != null) {
                score.add("min", result.min());
            }
            if (result.max() != null) {
                score.add("max", result.max());
            }
            built.add("score", score);
        }
        if (result.success() != null) {
            built.add("success", result.success());
        }
        if (result.completion() != null) {
            built.add("completion", result.completion());
        }
        if (result.response() != null) {
            built.add("response", result.response());
        }
        if (result.progress() != null) {
            built.add("extensions", Json.createObjectBuilder().add(PROGRESS_EXTENSION, result.progress()));
        }
        return built;
    }
}
