package vn.tvet.lms.questions;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** A question as plain JSON: how a bank row and a published version keep it, readable without this code. */
public final class QuestionJson {

    private QuestionJson() {
    }

    public static JsonObject toJson(Question question) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (Answer answer : question.answers()) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("text", answer.text()).add("fraction", answer.fraction());
            if (answer.match() != null) {
                a.add("match", answer.match());
            }
            if (answer.tolerance() != 0) {
                a.add("tolerance", answer.tolerance());
            }
            if (answer.feedback() != null) {
                a.add("feedback", answer.feedback());
            }
            answers.add(a);
        }
        JsonObjectBuilder q = Json.createObjectBuilder().add("key", question.key()).add("type", question.type().name())
                .add("category", question.category()).add("prompt", question.prompt()).add("answers", answers)
                .add("caseSensitive", question.caseSensitive()).add("diacriticsSensitive", question.diacriticsSensitive())
                .add("points", question.points());
        if (question.name() != null) {
            q.add("name", question.name());
        }
        if (question.feedback() != null) {
            q.add("feedback", question.feedback());
        }
        if (question.imageId() != null) {
            q.add("image", question.imageId());
        }
        return q.build();
    }

    public static Question fromJson(JsonObject q) {
        List<Answer> answers = q.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .map(a -> new Answer(a.getString("text"), a.getString("match", null), a.getJsonNumber("fraction").doubleValue(),
                        a.containsKey("tolerance") ? a.getJsonNumber("tolerance").doubleValue() : 0, a.getString("feedback", null)))
                .toList();
        return new Question(q.getString("key"), QuestionType.valueOf(q.getString("type")), q.getString("category", ""),
                q.getString("name", null), q.getString("prompt"), q.getString("feedback", null), answers,
                q.getBoolean("caseSensitive", false), q.getBoolean("diacriticsSensitive", false),
                q.getJsonNumber("points").doubleValue(),
                q.containsKey("image") && q.get("image").getValueType() == JsonValue.ValueType.NUMBER
                        ? q.getJsonNumber("image").longValue() : null);
    }

    public static String write(Question question) {
        return toJson(question).toString();
    }

    public static Question read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        }
    }
}
