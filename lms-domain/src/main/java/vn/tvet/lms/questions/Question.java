package vn.tvet.lms.questions;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import vn.tvet.lms.courseware.RichText;
import vn.tvet.lms.questions.QuestionRuleException.Reason;

/**
 * A question of a bank. {@code key} identifies it for good (attempts and published versions refer to it by key);
 * {@code prompt} and {@code feedback} are sanitised HTML, answers plain text. Which answers mean what depends on
 * the type: see {@link Answer}. {@link #checked} is the only way a question enters a bank.
 */
public record Question(String key, QuestionType type, String category, String name, String prompt, String feedback,
        List<Answer> answers, boolean caseSensitive, boolean diacriticsSensitive, double points, Long imageId)
        implements Serializable {

    public static final int MAX_ANSWERS = 12;
    public static final int MAX_PROMPT = 20_000;
    public static final int MAX_TEXT = 1000;
    /** Where a question without a category is filed. */
    public static final String NO_CATEGORY = "";
    /** True/false questions keep their two answers under these texts, in this order. */
    public static final String TRUE = "true";
    public static final String FALSE = "false";

    public Question {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        category = category == null ? NO_CATEGORY : category.strip();
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** A true/false question whose right answer is {@code truth}. */
    public static Question trueFalse(String key, String category, String name, String prompt, String feedback,
            boolean truth, String feedbackIfTrue, String feedbackIfFalse) {
        return new Question(key, QuestionType.TRUE_FALSE, category, name, prompt, feedback,
                List.of(Answer.choice(TRUE, truth ? 1 : 0, feedbackIfTrue), Answer.choice(FALSE, truth ? 0 : 1, feedbackIfFalse)),
                false, false, 1, null);
    }

    /** The question with its HTML sanitised and texts trimmed, or the rule it breaks. */
    public Question checked() {
        refuseIf(prompt == null || prompt.length() > MAX_PROMPT, Reason.NO_PROMPT, "prompt length");
        String safePrompt = RichText.sanitize(prompt);
        refuseIf(!RichText.hasText(safePrompt), Reason.NO_PROMPT, "empty prompt");
        refuseIf(feedback != null && feedback.length() > MAX_PROMPT, Reason.TOO_LONG, "feedback");
        String safeFeedback = feedback == null ? null : RichText.sanitize(feedback);
        refuseIf(points <= 0 || points > 100 || Double.isNaN(points), Reason.BAD_POINTS, String.valueOf(points));
        refuseIf(category.length() > 200 || (name != null && name.length() > 255), Reason.TOO_LONG, "name or category");
        List<Answer> trimmed = answers.stream().map(a -> new Answer(a.text().strip(), a.match() == null ? null : a.match().strip(),
                a.fraction(), a.tolerance(), a.feedback() == null ? null : a.feedback().strip())).toList();
        for (Answer answer : trimmed) {
            refuseIf(answer.text().length() > MAX_TEXT || (answer.match() != null && answer.match().length() > MAX_TEXT)
                    || (answer.feedback() != null && answer.feedback().length() > MAX_TEXT), Reason.TOO_LONG, "answer");
            refuseIf(answer.fraction() > 1 + 1e-9 || answer.fraction() < -1 - 1e-9, Reason.NO_RIGHT_ANSWER, "fraction");
        }
        checkAnswers(trimmed);
        String shortName = name == null || name.isBlank() ? null : name.strip();
        return new Question(key, type, category, shortName, safePrompt, safeFeedback == null || !RichText.hasText(safeFeedback)
                ? null : safeFeedback, trimmed, caseSensitive, diacriticsSensitive, points, imageId);
    }

    private void checkAnswers(List<Answer> list) {
        double best = list.stream().mapToDouble(Answer::fraction).max().orElse(0);
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                refuseIf(list.size() < 2 || list.size() > MAX_ANSWERS, Reason.ANSWER_COUNT, list.size() + " choices");
                refuseIf(list.stream().anyMatch(a -> a.text().isEmpty()), Reason.ANSWER_COUNT, "empty choice");
                if (type == QuestionType.SINGLE_CHOICE) {
                    refuseIf(Math.abs(best - 1) > 1e-6, Reason.NO_RIGHT_ANSWER, "best " + best);
                } else {
                    double total = list.stream().mapToDouble(Answer::fraction).filter(f -> f > 0).sum();
                    refuseIf(Math.abs(total - 1) > 0.011, Reason.NO_RIGHT_ANSWER, "right choices add up to " + total);
                }
            }
            case TRUE_FALSE -> refuseIf(list.size() != 2 || !TRUE.equals(list.get(0).text()) || !FALSE.equals(list.get(1).text())
                    || Math.abs(best - 1) > 1e-6, Reason.ANSWER_COUNT, "true/false answers");
            case SHORT_ANSWER, NUMERIC -> {
                refuseIf(list.isEmpty() || list.size() > MAX_ANSWERS || list.stream().anyMatch(a -> a.text().isEmpty()),
                        Reason.ANSWER_COUNT, list.size() + " answers");
                refuseIf(Math.abs(best - 1) > 1e-6, Reason.NO_RIGHT_ANSWER, "best " + best);
                if (type == QuestionType.NUMERIC) {
                    for (Answer answer : list) {
                        refuseIf(QuestionMarker.number(answer.text()) == null || answer.tolerance() < 0
                                || Double.isNaN(answer.tolerance()), Reason.NOT_A_NUMBER, answer.text());
                    }
                }
            }
            case MATCHING -> {
                refuseIf(list.size() < 2 || list.size() > MAX_ANSWERS, Reason.ANSWER_COUNT, list.size() + " pairs");
                refuseIf(list.stream().anyMatch(a -> a.text().isEmpty() || a.match() == null || a.match().isEmpty()),
                        Reason.BAD_PAIR, "pair");
            }
            case ESSAY -> refuseIf(!list.isEmpty(), Reason.ANSWER_COUNT, "an essay has no answers");
            default -> throw new IllegalStateException(type.name());
        }
    }

    /** The distinct right-hand items of a matching question, in the order written. */
    public List<String> matches() {
        return answers.stream().map(Answer::match).filter(Objects::nonNull).distinct().toList();
    }

    /** The name to list the question under: its own, or the start of its text. */
    public String label() {
        if (name != null) {
            return name;
        }
        String text = prompt == null ? "" : prompt.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#34;", "\"")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static void refuseIf(boolean broken, Reason reason, String detail) {
        if (broken) {
            throw new QuestionRuleException(reason, detail);
        }
    }
}
