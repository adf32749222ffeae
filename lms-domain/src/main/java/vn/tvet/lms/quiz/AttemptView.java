package vn.tvet.lms.quiz;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tvet.lms.classes.ActivitySettings;
import vn.tvet.lms.classes.ReviewOption;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.questions.Answer;
import vn.tvet.lms.questions.Marking;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuestionMarker;
import vn.tvet.lms.questions.QuestionType;
import vn.tvet.lms.questions.Response;

/**
 * An attempt as its learner's page may show it. While the attempt is open it holds the questions' text and choices
 * in the shown order and the answers saved, never which answer is right or any feedback; after submission it adds
 * what the class's review option allows.
 */
public record AttemptView(UUID id, int number, int stepIndex, String quizTitle, AttemptStatus status, Long secondsLeft,
        List<Shown> questions, Double score, double maxScore, ReviewOption review) implements Serializable {

    /** One question on the page; {@code review} is null while the attempt is open. */
    public record Shown(int slot, QuestionType type, String prompt, double points, List<String> choices, List<String> lefts,
            List<String> matches, Response saved, Review review) implements Serializable {
    }

    /** How a submitted answer was marked: the share earned (null while a teacher grades it), feedback, right answers. */
    public record Review(Double fraction, List<String> feedback, String generalFeedback, List<String> rightAnswers)
            implements Serializable {

        public boolean right() {
            return fraction != null && fraction >= 1 - 1e-9;
        }
    }

    public boolean open() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    static AttemptView of(QuizAttempt attempt, LessonStep step, ActivitySettings settings, List<QuizResponse> responses,
            Instant now) {
        AttemptSheet sheet = attempt.sheet();
        Map<Integer, QuizResponse> given = new HashMap<>();
        responses.forEach(r -> given.put(r.getSlot(), r));
        ReviewOption review = settings.review();
        List<Shown> shown = new ArrayList<>();
        for (int slot = 0; slot < sheet.slots().size(); slot++) {
            AttemptSheet.Slot s = sheet.slots().get(slot);
            Question question = s.question();
            List<String> choices = new ArrayList<>();
            List<String> matches = new ArrayList<>();
            if (question.type().hasChoices()) {
                s.order().forEach(i -> choices.add(question.answers().get(i).text()));
            } else if (question.type() == QuestionType.MATCHING) {
                s.order().forEach(i -> matches.add(question.matches().get(i)));
            }
            List<String> lefts = question.type() == QuestionType.MATCHING ? question.answers().stream().map(Answer::text).toList()
                    : List.of();
            QuizResponse response = given.get(slot);
            Response own = response == null ? Response.NONE : response.response();
            Review marked = attempt.isOpen() || review == ReviewOption.SCORE ? null
                    : review(question, own, response == null ? null : response.getFraction(), review);
            shown.add(new Shown(slot, question.type(), question.prompt(), question.points(), choices, lefts, matches,
                    sheet.toShown(slot, own), marked));
        }
        Long left = attempt.isOpen() && attempt.getDeadlineAt() != null
                ? Math.max(0, Duration.between(now, attempt.getDeadlineAt()).toSeconds()) : null;
        return new AttemptView(attempt.getId(), attempt.getNumber(), step.index(), step.content().title(), attempt.getStatus(),
                left, shown, attempt.isOpen() ? null : attempt.getScore(), attempt.getMaxScore(), review);
    }

    private static Review review(Question question, Response own, Double fraction, ReviewOption review) {
        Marking marking = QuestionMarker.mark(question, own);
        List<String> rights = review != ReviewOption.ANSWERS ? List.of() : rightAnswers(question);
        return new Review(fraction, marking.feedback(), question.feedback(), rights);
    }

    /** The answers that earn the full mark, as text (true/false as the words "true"/"false", for the page to word). */
    static List<String> rightAnswers(Question question) {
        return switch (question.type()) {
            case MATCHING -> question.answers().stream().map(a -> a.text() + " → " + a.match()).toList();
            case NUMERIC -> question.answers().stream().filter(a -> a.fraction() >= 1 - 1e-9)
                    .map(a -> a.text() + (a.tolerance() > 0 ? " ± " + a.tolerance() : "")).toList();
            case ESSAY -> List.of();
            default -> question.answers().stream().filter(Answer::right).map(Answer::text).toList();
        };
    }
}
