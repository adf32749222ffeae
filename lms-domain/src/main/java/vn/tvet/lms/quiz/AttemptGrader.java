package vn.tvet.lms.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.classes.ActivitySettings;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.ActivityIds;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LearningEvent;
import vn.tvet.lms.learning.LearningRecord;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.learning.ModuleCompletions;
import vn.tvet.lms.learning.Verb;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.notification.Notifications;
import vn.tvet.lms.questions.Marking;
import vn.tvet.lms.questions.QuestionMarker;
import vn.tvet.lms.questions.Response;

/**
 * Marks submitted attempts and writes their outcome to the learning record: each answer (answered), then, once
 * nothing waits for a teacher, the attempt's score and whether the learner's grade for the quiz (by the class's
 * grading method) passes. Statement ids come from the attempt and the grading round, so a repeated request adds
 * nothing and a later regrade adds its own statements. Callers have checked who acts.
 */
@ApplicationScoped
class AttemptGrader {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private QuizAttempts attempts;
    private LearningRecord record;
    private Clock clock;
    private Notifications notifications;
    private ModuleCompletions modules;

    AttemptGrader() {
        // for the CDI proxy
    }

    @Inject
    AttemptGrader(QuizAttempts attempts, LearningRecord record, Clock clock, Notifications notifications,
            ModuleCompletions modules) {
        this.modules = modules;
        this.notifications = notifications;
        this.attempts = attempts;
        this.record = record;
        this.clock = clock;
    }

    /** Submits the open attempt as it stands and marks what can be marked automatically. */
    void submit(QuizAttempt attempt, boolean automatically) {
        attempt.submit(clock.instant(), automatically);
        AttemptSheet sheet = attempt.sheet();
        Map<Integer, QuizResponse> given = new HashMap<>();
        attempts.responses(attempt.getId()).forEach(r -> given.put(r.getSlot(), r));
        SchoolClass schoolClass = em.find(SchoolClass.class, attempt.getClassId());
        Person learner = em.find(Person.class, attempt.getPersonId());
        LessonStep step = step(schoolClass, attempt.getActivityId());
        for (int slot = 0; slot < sheet.slots().size(); slot++) {
            QuizResponse response = given.get(slot);
            if (response == null) {
                response = new QuizResponse(attempt.getId(), slot, Response.NONE, clock.instant());
                attempts.add(response);
            }
            AttemptSheet.Slot question = sheet.slots().get(slot);
            Marking marking = QuestionMarker.mark(question.question(), response.response());
            response.grade(marking.fraction());
            write(attempt, schoolClass, learner, question.question().key(), Verb.ANSWERED, marking.fraction() == null ? null
                    : new LearningEvent.Result(marking.fraction(), marking.fraction() * question.question().points(), 0.0,
                            question.question().points(), marking.right(), true, null), "answered:" + slot,
                    question.question().label(), null);
        }
        settle(attempt, schoolClass, learner, step, "submitted", null);
    }

    /**
     * Adds up the attempt's marks; once every answer is marked, records its score and, by the grading method over
     * the learner's graded attempts, passed or failed. {@code round} names this grading for the statement ids.
     */
    void settle(QuizAttempt attempt, SchoolClass schoolClass, Person learner, LessonStep step, String round,
            LearningEvent.Instructor instructor) {
        AttemptSheet sheet = attempt.sheet();
        List<QuizResponse> responses = attempts.responses(attempt.getId());
        boolean complete = responses.size() == sheet.slots().size() && responses.stream().allMatch(r -> r.getFraction() != null);
        double total = responses.stream().filter(r -> r.getFraction() != null)
                .mapToDouble(r -> r.getFraction() * sheet.slots().get(r.getSlot()).question().points()).sum();
        attempt.mark(total, complete);
        if (!complete) {
            return;
        }
        ActivitySettings settings = schoolClass.settingsOf(attempt.getActivityId());
        double passShare = settings.passPercent() == null ? ClassLearning.PASS_SHARE : settings.passPercent() / 100.0;
        List<Double> shares = attempts.of(attempt.getRegistration(), attempt.getActivityId()).stream()
                .map(QuizAttempt::share).filter(java.util.Objects::nonNull).toList();
        Double grade = settings.gradingMethod().of(shares);
        boolean attemptPassed = attempt.share() >= passShare - 1e-9;
        boolean gradePassed = grade != null && grade >= passShare - 1e-9;
        write(attempt, schoolClass, learner, null, Verb.SCORED,
                LearningEvent.Result.scored(total, attempt.getMaxScore(), attemptPassed), "scored:" + round, step.content().title(),
                instructor);
        write(attempt, schoolClass, learner, null, gradePassed ? Verb.PASSED : Verb.FAILED,
                LearningEvent.Result.scored(grade * attempt.getMaxScore(), attempt.getMaxScore(), gradePassed),
                (gradePassed ? "passed:" : "failed:") + round, step.content().title(), instructor);
        modules.settle(learner, schoolClass, attempt.getRegistration());
        if (instructor != null) {
            notifications.notify(learner.getId(), NotificationKind.QUIZ_GRADED, "graded:" + attempt.getId() + ":" + round,
                    "/learning/attempt.xhtml?class=" + schoolClass.getId() + "&attempt=" + attempt.getId(),
                    List.of(step.content().title(), schoolClass.getName(), String.valueOf(Math.round(attempt.share() * 100))));
        }
    }

    static LessonStep step(SchoolClass schoolClass, String activityId) {
        return ClassLearning.steps(schoolClass, Set.of()).stream().filter(s -> s.activityId().equals(activityId)).findFirst()
                .orElseThrow(() -> new AttemptNotFoundException(activityId));
    }

    /** The IRI of a question as asked in a quiz: the quiz's IRI with the question's key. */
    static String questionIri(String quizActivityId, String key) {
        return quizActivityId + ":question:" + key;
    }

    private void write(QuizAttempt attempt, SchoolClass schoolClass, Person learner, String questionKey, Verb verb,
            LearningEvent.Result result, String purpose, String name, LearningEvent.Instructor instructor) {
        UUID id = UUID.nameUUIDFromBytes((attempt.getId() + "|" + purpose).getBytes(StandardCharsets.UTF_8));
        String activity = questionKey == null ? attempt.getActivityId() : questionIri(attempt.getActivityId(), questionKey);
        record.record(new LearningEvent(id, schoolClass.getSchool().getId(), learner.getId(), learner.getFullName(),
                learner.getUsername(), verb, activity, name, attempt.getRegistration(),
                ActivityIds.ofVersion(schoolClass.getVersion().getId()), result, clock.instant(), instructor));
    }

    /** Records that the learner began the attempt. */
    void started(QuizAttempt attempt, SchoolClass schoolClass, Person learner, LessonStep step) {
        write(attempt, schoolClass, learner, null, Verb.ATTEMPTED, null, "attempted", step.content().title(), null);
    }
}
