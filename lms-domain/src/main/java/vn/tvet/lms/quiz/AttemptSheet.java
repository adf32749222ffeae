package vn.tvet.lms.quiz;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuestionJson;
import vn.tvet.lms.questions.QuestionType;
import vn.tvet.lms.questions.QuizDraw;
import vn.tvet.lms.questions.Response;

/**
 * The questions of one attempt as drawn when it started, each with the order its choices (or, for matching, its
 * right-hand items) are shown in. The learner's page speaks in shown positions; marking in the question's own, so
 * a shuffled sheet is marked like any other.
 */
public record AttemptSheet(List<Slot> slots) implements Serializable {

    public AttemptSheet {
        slots = List.copyOf(slots);
    }

    /** A question and the shown order: position on the page → number in the question. */
    public record Slot(Question question, List<Integer> order) implements Serializable {

        public Slot {
            order = List.copyOf(order);
        }
    }

    /** A new sheet: the draw's questions, choices shuffled if it says so (true/false never), matches always. */
    static AttemptSheet draw(QuizDraw draw, RandomGenerator random) {
        List<Slot> slots = new ArrayList<>();
        for (Question question : draw.pick(random)) {
            int size = question.type() == QuestionType.MATCHING ? question.matches().size()
                    : question.type().hasChoices() ? question.answers().size() : 0;
            List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
            boolean shuffle = question.type() == QuestionType.MATCHING
                    || question.type().hasChoices() && question.type() != QuestionType.TRUE_FALSE && draw.shuffleChoices();
            if (shuffle) {
                for (int i = order.size() - 1; i > 0; i--) {
                    java.util.Collections.swap(order, i, random.nextInt(i + 1));
                }
            }
            slots.add(new Slot(question, order));
        }
        return new AttemptSheet(slots);
    }

    public double maxScore() {
        return slots.stream().mapToDouble(s -> s.question().points()).sum();
    }

    /** The response in the question's own numbering; positions that name nothing are dropped. */
    Response toQuestion(int slot, Response shown) {
        List<Integer> order = slots.get(slot).order();
        if (slots.get(slot).question().type().typed()) {
            return Response.typed(shown.text());
        }
        List<Integer> mapped = shown.chosen().stream().map(p -> p >= 0 && p < order.size() ? order.get(p) : -1).toList();
        return Response.picked(slots.get(slot).question().type() == QuestionType.MATCHING ? mapped
                : mapped.stream().filter(c -> c >= 0).distinct().toList());
    }

    /** The response in shown positions, to put back on the page. */
    Response toShown(int slot, Response own) {
        List<Integer> order = slots.get(slot).order();
        if (slots.get(slot).question().type().typed()) {
            return own;
        }
        return Response.picked(own.chosen().stream().map(c -> c < 0 ? -1 : order.indexOf(c)).toList());
    }

    String write() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Slot slot : slots) {
            JsonArrayBuilder order = Json.createArrayBuilder();
            slot.order().forEach(order::add);
            array.add(Json.createObjectBuilder().add("question", QuestionJson.toJson(slot.question())).add("order", order));
        }
        return array.build().toString();
    }

    static AttemptSheet read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return new AttemptSheet(reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(s -> new Slot(QuestionJson.fromJson(s.getJsonObject("question")),
                            s.getJsonArray("order").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList()))
                    .toList());
        }
    }

    static String write(Response response) {
        JsonArrayBuilder chosen = Json.createArrayBuilder();
        response.chosen().forEach(chosen::add);
        var json = Json.createObjectBuilder().add("chosen", chosen);
        if (response.text() != null) {
            json.add("text", response.text());
        }
        return json.build().toString();
    }

    static Response readResponse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return new Response(object.getJsonArray("chosen").getValuesAs(JsonNumber.class).stream()
                    .map(JsonNumber::intValue).toList(), object.getString("text", null));
        }
    }
}
