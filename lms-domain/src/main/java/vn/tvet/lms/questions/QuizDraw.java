package vn.tvet.lms.questions;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.tvet.lms.questions.QuestionRuleException.Reason;

/**
 * Which questions a quiz asks, in order: fixed questions of the bank by key, and a number drawn at random from a
 * category for each attempt; whether each attempt shuffles the choices. A draft holds the rules only; publishing
 * freezes them with the {@code pool} of bank questions they can draw, so a published quiz never changes when the
 * bank does.
 */
public record QuizDraw(List<Rule> rules, boolean shuffleChoices, List<Question> pool) implements Serializable {

    /** Most questions one attempt asks. */
    public static final int MAX_DRAWN = 100;
    public static final QuizDraw NONE = new QuizDraw(List.of(), true, List.of());

    public QuizDraw {
        rules = List.copyOf(rules);
        pool = List.copyOf(pool);
    }

    /** One question by its key, or {@code count} questions at random from a category. */
    public record Rule(String key, String category, int count) implements Serializable {

        public static Rule fixed(String key) {
            return new Rule(key, null, 1);
        }

        public static Rule random(String category, int count) {
            if (count < 1 || count > MAX_DRAWN) {
                throw new QuestionRuleException(Reason.BAD_DRAW, count + " questions");
            }
            return new Rule(null, category == null ? Question.NO_CATEGORY : category.strip(), count);
        }

        public boolean isFixed() {
            return key != null;
        }
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** How many questions an attempt asks. */
    public int size() {
        return rules.stream().mapToInt(Rule::count).sum();
    }

    public QuizDraw with(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        QuizDraw draw = new QuizDraw(more, shuffleChoices, pool);
        if (draw.size() > MAX_DRAWN) {
            throw new QuestionRuleException(Reason.BAD_DRAW, draw.size() + " questions");
        }
        return draw;
    }

    public QuizDraw without(int ruleIndex) {
        List<Rule> fewer = new ArrayList<>(rules);
        fewer.remove(ruleIndex);
        return new QuizDraw(fewer, shuffleChoices, pool);
    }

    public QuizDraw shuffling(boolean shuffle) {
        return new QuizDraw(rules, shuffle, pool);
    }

    /** The rules with the bank questions they draw from; refused if a question is gone or a category too small. */
    public QuizDraw resolvedFrom(Collection<Question> bank) {
        Map<String, Question> byKey = new LinkedHashMap<>();
        bank.forEach(q -> byKey.put(q.key(), q));
        Map<String, Question> used = new LinkedHashMap<>();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.isFixed()) {
                Question question = byKey.get(rule.key());
                if (question == null) {
                    throw new QuestionRuleException(Reason.UNKNOWN_QUESTION, rule.key());
                }
                used.put(question.key(), question);
            } else {
                wanted.merge(rule.category(), rule.count(), Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> category : wanted.entrySet()) {
            List<Question> inCategory = bank.stream().filter(q -> q.category().equals(category.getKey())).toList();
            long spare = inCategory.stream().filter(q -> !used.containsKey(q.key())).count();
            if (spare < category.getValue()) {
                throw new QuestionRuleException(Reason.NOT_ENOUGH_QUESTIONS, category.getKey());
            }
            inCategory.forEach(q -> used.putIfAbsent(q.key(), q));
        }
        return new QuizDraw(rules, shuffleChoices, List.copyOf(used.values()));
    }

    /** The questions of one attempt: fixed ones where their rule stands, random ones drawn without repeats. */
    public List<Question> pick(RandomGenerator random) {
        Map<String, Question> byKey = new LinkedHashMap<>();
        pool.forEach(q -> byKey.put(q.key(), q));
        Set<String> taken = new HashSet<>();
        rules.stream().filter(Rule::isFixed).forEach(rule -> taken.add(rule.key()));
        List<Question> picked = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.isFixed()) {
                Question question = byKey.get(rule.key());
                if (question != null) {
                    picked.add(question);
                }
                continue;
            }
            List<Question> candidates = new ArrayList<>(pool.stream()
                    .filter(q -> q.category().equals(rule.category()) && !taken.contains(q.key())).toList());
            for (int i = 0; i < rule.count() && !candidates.isEmpty(); i++) {
                Question question = candidates.remove(random.nextInt(candidates.size()));
                taken.add(question.key());
                picked.add(question);
            }
        }
        return picked;
    }

    // --- JSON, in a draft (rules) and in a published version (rules and pool) -------------------------

    public JsonObject toJson() {
        JsonArrayBuilder ruleArray = Json.createArrayBuilder();
        for (Rule rule : rules) {
            JsonObjectBuilder r = Json.createObjectBuilder();
            if (rule.isFixed()) {
                r.add("key", rule.key());
            } else {
                r.add("category", rule.category()).add("count", rule.count());
            }
            ruleArray.add(r);
        }
        JsonArrayBuilder poolArray = Json.createArrayBuilder();
        pool.forEach(q -> poolArray.add(QuestionJson.toJson(q)));
        return Json.createObjectBuilder().add("shuffleChoices", shuffleChoices).add("rules", ruleArray).add("pool", poolArray)
                .build();
    }

    public static QuizDraw fromJson(JsonObject json) {
        List<Rule> rules = json.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .map(r -> r.containsKey("key") ? Rule.fixed(r.getString("key")) : new Rule(null, r.getString("category"),
                        r.getInt("count"))).toList();
        List<Question> pool = json.containsKey("pool") ? json.getJsonArray("pool").getValuesAs(JsonObject.class).stream()
                .map(QuestionJson::fromJson).toList() : List.of();
        return new QuizDraw(rules, json.getBoolean("shuffleChoices", true), pool);
    }

    public String write() {
        return toJson().toString();
    }

    public static QuizDraw read(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        }
    }
}
