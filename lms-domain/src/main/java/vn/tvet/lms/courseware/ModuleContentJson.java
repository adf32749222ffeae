package vn.tvet.lms.courseware;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The frozen form of a published version: plain JSON, readable without this code if ever needed. */
final class ModuleContentJson {

    private ModuleContentJson() {
    }

    static String write(ModuleContent content) {
        JsonArrayBuilder outcomes = Json.createArrayBuilder();
        for (ModuleContent.Outcome outcome : content.outcomes()) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            new TreeSet<>(outcome.competencyIds()).forEach(ids::add);
            outcomes.add(Json.createObjectBuilder().add("code", outcome.code()).add("statement", outcome.statement())
                    .add("competencies", ids));
        }
        JsonArrayBuilder lessons = Json.createArrayBuilder();
        for (ModuleContent.Lesson lesson : content.lessons()) {
            JsonArrayBuilder activities = Json.createArrayBuilder();
            for (ModuleContent.Activity activity : lesson.activities()) {
                JsonObjectBuilder a = Json.createObjectBuilder().add("kind", activity.kind().name()).add("title", activity.title());
                optional(a, "resource", activity.resourceId());
                optional(a, "body", activity.body());
                optional(a, "criteria", activity.criteria());
                JsonArrayBuilder questions = Json.createArrayBuilder();
                activity.questions().forEach(q -> questions.add(Json.createObjectBuilder().add("prompt", q.prompt())
                        .add("choices", q.choices()).add("correct", q.correctChoice())));
                if (!activity.draw().isEmpty()) {
                    a.add("draw", activity.draw().toJson());
                }
                activities.add(a.add("questions", questions));
            }
            lessons.add(Json.createObjectBuilder().add("title", lesson.title()).add("activities", activities));
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("code", content.code()).add("title", content.title());
        optional(root, "summary", content.summary());
        return root.add("outcomes", outcomes).add("lessons", lessons).build().toString();
    }

    static ModuleContent read(String json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        }
        List<ModuleContent.Outcome> outcomes = new ArrayList<>();
        for (JsonObject o : root.getJsonArray("outcomes").getValuesAs(JsonObject.class)) {
            Set<Long> ids = new TreeSet<>();
            o.getJsonArray("competencies").getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> ids.add(n.longValue()));
            outcomes.add(new ModuleContent.Outcome(o.getString("code"), o.getString("statement"), ids));
        }
        List<ModuleContent.Lesson> lessons = new ArrayList<>();
        for (JsonObject l : root.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
            List<ModuleContent.Activity> activities = new ArrayList<>();
            for (JsonObject a : l.getJsonArray("activities").getValuesAs(JsonObject.class)) {
                List<QuizQuestion> questions = a.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                        .map(q -> new QuizQuestion(q.getString("prompt"), q.getString("choices"), q.getInt("correct"))).toList();
                activities.add(new ModuleContent.Activity(ActivityKind.valueOf(a.getString("kind")), a.getString("title"),
                        a.containsKey("resource") ? a.getJsonNumber("resource").longValue() : null,
                        a.getString("body", null), a.getString("criteria", null), questions,
                        a.containsKey("draw") ? vn.tvet.lms.questions.QuizDraw.fromJson(a.getJsonObject("draw")) : null));
            }
            lessons.add(new ModuleContent.Lesson(l.getString("title"), activities));
        }
        return new ModuleContent(root.getString("code"), root.getString("title"), root.getString("summary", null), outcomes,
                lessons);
    }

    /** Absent values are left out rather than written as null. */
    private static void optional(JsonObjectBuilder builder, String name, Object value) {
        if (value instanceof Long number) {
            builder.add(name, number);
        } else if (value != null) {
            builder.add(name, value.toString());
        }
    }
}
