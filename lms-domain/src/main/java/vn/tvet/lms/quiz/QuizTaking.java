package vn.tvet.lms.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ActivitySettings;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuestionType;
import vn.tvet.lms.questions.Response;
import vn.tvet.lms.quiz.QuizRuleException.Reason;

/**
 * A learner takes a quiz of their class: starts an attempt (a second start finds the open one), answers question by
 * question (each answer saved as it is given, so a lost connection loses nothing), and submits, or the server
 * submits at the deadline. Only the learner's own attempts in their own class exist for them; the page gets the
 * questions without their answers until the attempt is submitted.
 */
@ApplicationScoped
public class QuizTaking {

    /** Longest text answer kept. */
    public static final int MAX_TEXT = 20_000;

    private ClassLearning learning;
    private QuizAttempts attempts;
    private AttemptGrader grader;
    private People people;
    private Clock clock;

    QuizTaking() {
        // for the CDI proxy
    }

    @Inject
    public QuizTaking(ClassLearning learning, QuizAttempts attempts, AttemptGrader grader, People people, Clock clock) {
        this.learning = learning;
        this.attempts = attempts;
        this.grader = grader;
        this.people = people;
        this.clock = clock;
    }

    /** The quiz as the learner meets it: its settings, their attempts so far, their grade, and whether they may start. */
    @Transactional
    public QuizOverview overview(Viewer actor, long schoolId, long classId, int stepIndex) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        LessonStep step = quizStep(studying, stepIndex);
        ActivitySettings settings = studying.schoolClass().settingsOf(step.activityId());
        List<QuizAttempt> mine = attempts.of(studying.registration(), step.activityId());
        for (QuizAttempt attempt : mine) {
            if (attempt.isOpen() && attempt.isOverdue(clock.instant())) {
                grader.submit(attempts.locked(attempt.getId()).orElseThrow(), true);
            }
        }
        List<Double> shares = mine.stream().map(QuizAttempt::share).filter(java.util.Objects::nonNull).toList();
        return new QuizOverview(step, settings, step.content().quiz().size(), mine.stream().map(AttemptSummary::of).toList(),
                settings.gradingMethod().of(shares), blocker(settings, step, mine),
                studying.enrolment().timeLimitFor(settings.timeLimitMinutes()), studying.enrolment().getExtraTimePercent());
    }

    /** Starts an attempt, or returns the open one; refused while locked, before it opens, after it closes or out of attempts. */
    @Transactional
    public UUID start(Viewer actor, long schoolId, long classId, int stepIndex) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        LessonStep step = quizStep(studying, stepIndex);
        java.util.Optional<QuizAttempt> open = attempts.open(studying.registration(), step.activityId());
        if (open.isPresent() && !open.get().isOverdue(clock.instant())) {
            return open.get().getId();
        }
        open.ifPresent(overdue -> grader.submit(attempts.locked(overdue.getId()).orElseThrow(), true));
        ActivitySettings settings = studying.schoolClass().settingsOf(step.activityId());
        List<QuizAttempt> mine = attempts.of(studying.registration(), step.activityId());
        Reason blocker = blocker(settings, step, mine);
        if (blocker != null) {
            throw new QuizRuleException(blocker, step.activityId());
        }
        Instant now = clock.instant();
        Integer minutes = studying.enrolment().timeLimitFor(settings.timeLimitMinutes());
        Instant deadline = minutes == null ? null : now.plus(Duration.ofMinutes(minutes));
        if (settings.closesAt() != null && (deadline == null || settings.closesAt().isBefore(deadline))) {
            deadline = settings.closesAt();
        }
        AttemptSheet sheet = AttemptSheet.draw(step.content().quiz(), ThreadLocalRandom.current());
        UUID id = UUID.randomUUID();
        attempts.startIfNoneOpen(id, classId, actor.personId(), studying.registration(), step.activityId(),
                mine.stream().mapToInt(QuizAttempt::getNumber).max().orElse(0) + 1, sheet, now, deadline);
        QuizAttempt started = attempts.open(studying.registration(), step.activityId()).orElseThrow();
        if (started.getId().equals(id)) {
            grader.started(started, studying.schoolClass(), people.get(actor.personId()), step);
        }
        return started.getId();
    }

    /**
     * The attempt for the page: while open, its questions without answers or feedback, the answers saved and the
     * seconds left on the server's clock; once submitted, what the class's review option shows. An open attempt
     * past its deadline is submitted first.
     */
    @Transactional
    public AttemptView view(Viewer actor, long schoolId, long classId, UUID attemptId) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        QuizAttempt attempt = mine(studying, attemptId, false);
        if (attempt.isOpen() && attempt.isOverdue(clock.instant())) {
            attempt = mine(studying, attemptId, true);
            grader.submit(attempt, true);
        }
        LessonStep step = AttemptGrader.step(studying.schoolClass(), attempt.getActivityId());
        return AttemptView.of(attempt, step, studying.schoolClass().settingsOf(step.activityId()),
                attempts.responses(attempt.getId()), clock.instant());
    }

    /**
     * Saves the answer to one question, given in the positions the page showed. Refused once submitted; after the
     * deadline the attempt is submitted as it was and the answer refused.
     */
    @Transactional(dontRollbackOn = QuizRuleException.class)
    public void save(Viewer actor, long schoolId, long classId, UUID attemptId, int slot, Response shown) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        QuizAttempt attempt = mine(studying, attemptId, true);
        if (!attempt.isOpen()) {
            throw new QuizRuleException(Reason.ALREADY_SUBMITTED, attemptId.toString());
        }
        if (attempt.isOverdue(clock.instant())) {
            grader.submit(attempt, true);
            throw new QuizRuleException(Reason.TIME_UP, attemptId.toString());
        }
        AttemptSheet sheet = attempt.sheet();
        if (slot < 0 || slot >= sheet.slots().size()) {
            throw new AttemptNotFoundException(attemptId + " slot " + slot);
        }
        attempts.save(attemptId, slot, checked(sheet.slots().get(slot), sheet.toQuestion(slot, shown)), clock.instant());
    }

    /** Submits the attempt and marks it; submitting again changes nothing. */
    @Transactional
    public AttemptView submit(Viewer actor, long schoolId, long classId, UUID attemptId) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        QuizAttempt attempt = mine(studying, attemptId, true);
        if (attempt.isOpen()) {
            grader.submit(attempt, attempt.isOverdue(clock.instant()));
        }
        LessonStep step = AttemptGrader.step(studying.schoolClass(), attempt.getActivityId());
        return AttemptView.of(attempt, step, studying.schoolClass().settingsOf(step.activityId()),
                attempts.responses(attempt.getId()), clock.instant());
    }

    /** Submits every open attempt whose deadline has passed, as it stands; for the server's schedule. */
    @Transactional
    public int submitOverdue(int atMost) {
        int submitted = 0;
        for (UUID id : attempts.overdue(clock.instant(), atMost)) {
            QuizAttempt attempt = attempts.locked(id).orElseThrow();
            if (attempt.isOpen()) {
                grader.submit(attempt, true);
                submitted++;
            }
        }
        return submitted;
    }

    private static Response checked(AttemptSheet.Slot slot, Response response) {
        Question question = slot.question();
        int limit = question.type() == QuestionType.ESSAY ? MAX_TEXT : Question.MAX_TEXT;
        if (response.text() != null && response.text().length() > limit
                || response.chosen().size() > Question.MAX_ANSWERS
                || question.type() == QuestionType.SINGLE_CHOICE && response.chosen().size() > 1
                || question.type() == QuestionType.TRUE_FALSE && response.chosen().size() > 1) {
            throw new QuizRuleException(Reason.BAD_RESPONSE, question.key());
        }
        return response;
    }

    private Reason blocker(ActivitySettings settings, LessonStep step, List<QuizAttempt> mine) {
        Instant now = clock.instant();
        if (settings.opensAt() != null && now.isBefore(settings.opensAt())) {
            return Reason.NOT_OPEN_YET;
        }
        if (settings.closesAt() != null && !now.isBefore(settings.closesAt())) {
            return Reason.CLOSED;
        }
        long used = mine.stream().filter(a -> !a.isOpen()).count();
        if (settings.maxAttempts() != null && used >= settings.maxAttempts()) {
            return Reason.NO_ATTEMPTS_LEFT;
        }
        return null;
    }

    private static LessonStep quizStep(ClassLearning.Studying studying, int stepIndex) {
        LessonStep step = studying.step(stepIndex);
        if (step.content().kind() != ActivityKind.QUIZ) {
            throw new QuizRuleException(Reason.NOT_A_QUIZ, "step " + stepIndex);
        }
        if (step.locked()) {
            throw new ClassRuleException(ClassRuleException.Reason.LOCKED, step.activityId());
        }
        return step;
    }

    /** The learner's own attempt in this class (locked for a change), or not found. */
    private QuizAttempt mine(ClassLearning.Studying studying, UUID attemptId, boolean forChange) {
        return (forChange ? attempts.locked(attemptId) : attempts.find(attemptId))
                .filter(a -> a.getRegistration().equals(studying.registration()))
                .filter(a -> a.getClassId() == studying.schoolClass().getId())
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }

    /** One earlier attempt as the quiz's page lists it. */
    public record AttemptSummary(UUID id, int number, AttemptStatus status, Double share, Instant startedAt,
            Instant submittedAt, boolean autoSubmitted) implements java.io.Serializable {

        static AttemptSummary of(QuizAttempt attempt) {
            return new AttemptSummary(attempt.getId(), attempt.getNumber(), attempt.getStatus(), attempt.share(),
                    attempt.getStartedAt(), attempt.getSubmittedAt(), attempt.isAutoSubmitted());
        }

        public boolean open() {
            return submittedAt == null;
        }
    }

    /** A quiz for its learner: the step, the settings, how many questions, attempts, grade, and what stops a start. */
    /** {@code timeLimitMinutes} is the learner's own limit: the quiz's with their extra time. */
    public record QuizOverview(LessonStep step, ActivitySettings settings, int questions, List<AttemptSummary> attempts,
            Double grade, Reason startBlocker, Integer timeLimitMinutes, int extraTimePercent) {

        public AttemptSummary open() {
            return attempts.stream().filter(AttemptSummary::open).findFirst().orElse(null);
        }

        public Integer attemptsLeft() {
            return settings.maxAttempts() == null ? null
                    : (int) Math.max(0, settings.maxAttempts() - attempts.stream().filter(a -> !a.open()).count());
        }
    }
}
