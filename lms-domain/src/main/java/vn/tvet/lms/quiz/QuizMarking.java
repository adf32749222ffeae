package vn.tvet.lms.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.learning.ClassPlanning;
import vn.tvet.lms.learning.LearningEvent;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.quiz.QuizRuleException.Reason;

/**
 * The teachers' side of a class's quizzes: every attempt with its answers, marks and their history; grading essays
 * and changing a mark (with a reason, kept in the history); item analysis. Only the class's teachers and the
 * school's admins see any of it.
 */
@ApplicationScoped
public class QuizMarking {

    static final int MAX_REASON = 2000;

    private ClassPlanning planning;
    private ClassTeaching teaching;
    private QuizAttempts attempts;
    private AttemptGrader grader;
    private People people;
    private Clock clock;

    QuizMarking() {
        // for the CDI proxy
    }

    @Inject
    public QuizMarking(ClassPlanning planning, ClassTeaching teaching, QuizAttempts attempts, AttemptGrader grader,
            People people, Clock clock) {
        this.planning = planning;
        this.teaching = teaching;
        this.attempts = attempts;
        this.grader = grader;
        this.people = people;
        this.clock = clock;
    }

    /** Every attempt at the quiz in the class, by learner, with the learner's name. */
    @Transactional
    public List<AttemptRow> attempts(Viewer actor, long schoolId, long classId, int stepIndex) {
        LessonStep step = quizStep(actor, schoolId, classId, stepIndex);
        Map<Long, Person> learners = new HashMap<>();
        teaching.enrolments(actor, schoolId, classId).forEach(e -> learners.put(e.getLearner().getId(), e.getLearner()));
        return attempts.ofClass(classId, step.activityId()).stream()
                .map(a -> new AttemptRow(a.getId(), learners.get(a.getPersonId()), a.getNumber(), a.getStatus(), a.getScore(),
                        a.getMaxScore(), a.getSubmittedAt(), a.isAutoSubmitted()))
                .toList();
    }

    /** One attempt in full: every question with its right answers, the learner's answer, its mark and the history. */
    @Transactional
    public AttemptDetail attempt(Viewer actor, long schoolId, long classId, UUID attemptId) {
        planning.plan(actor, schoolId, classId);
        QuizAttempt attempt = ofClass(classId, attemptId, false);
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        Map<Integer, QuizResponse> given = new HashMap<>();
        attempts.responses(attemptId).forEach(r -> given.put(r.getSlot(), r));
        AttemptSheet sheet = attempt.sheet();
        List<MarkedAnswer> answers = new java.util.ArrayList<>();
        for (int slot = 0; slot < sheet.slots().size(); slot++) {
            Question question = sheet.slots().get(slot).question();
            QuizResponse response = given.get(slot);
            answers.add(new MarkedAnswer(slot, question, response == null ? null : response.response(),
                    response == null ? null : response.getFraction(), AttemptView.rightAnswers(question)));
        }
        return new AttemptDetail(attempt.getId(), people.get(attempt.getPersonId()), attempt.getNumber(), attempt.getStatus(),
                attempt.getScore(), attempt.getMaxScore(), attempt.getSubmittedAt(),
                AttemptGrader.step(schoolClass, attempt.getActivityId()).index(), answers, attempts.changes(attemptId));
    }

    /**
     * Grades one answer of a submitted attempt with {@code points} of the question's: an essay's first grade, or a
     * change of any mark, which needs a reason. The history keeps both; the learning record gets the new score
     * once nothing waits for a grade.
     */
    @Transactional
    public void grade(Viewer actor, long schoolId, long classId, UUID attemptId, int slot, double points, String reason) {
        planning.plan(actor, schoolId, classId);
        QuizAttempt attempt = ofClass(classId, attemptId, true);
        if (attempt.isOpen()) {
            throw new QuizRuleException(Reason.BAD_MARK, "attempt still open");
        }
        AttemptSheet sheet = attempt.sheet();
        if (slot < 0 || slot >= sheet.slots().size()) {
            throw new AttemptNotFoundException(attemptId + " slot " + slot);
        }
        Question question = sheet.slots().get(slot).question();
        if (Double.isNaN(points) || points < 0 || points > question.points() + 1e-9) {
            throw new QuizRuleException(Reason.BAD_MARK, points + " of " + question.points());
        }
        QuizResponse response = attempts.responses(attemptId).stream().filter(r -> r.getSlot() == slot).findFirst()
                .orElseThrow(() -> new AttemptNotFoundException(attemptId + " slot " + slot));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (response.getFraction() != null && why == null) {
            throw new QuizRuleException(Reason.REASON_REQUIRED, attemptId + " slot " + slot);
        }
        if (why != null && why.length() > MAX_REASON) {
            throw new QuizRuleException(Reason.BAD_MARK, "reason of " + why.length() + " characters");
        }
        double fraction = points / question.points();
        Person teacher = people.get(actor.personId());
        QuizMarkChange change = new QuizMarkChange(attemptId, slot, response.getFraction(), fraction, why, teacher,
                clock.instant());
        attempts.add(change);
        response.grade(fraction);
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        grader.settle(attempt, schoolClass, people.get(attempt.getPersonId()),
                AttemptGrader.step(schoolClass, attempt.getActivityId()), "graded:" + change.getId(),
                new LearningEvent.Instructor(teacher.getFullName(), teacher.getUsername()));
    }

    /** Facility and discrimination of each question asked, over the class's graded attempts. */
    @Transactional
    public List<ItemAnalysis.Item> analysis(Viewer actor, long schoolId, long classId, int stepIndex) {
        LessonStep step = quizStep(actor, schoolId, classId, stepIndex);
        List<QuizAttempt> graded = attempts.ofClass(classId, step.activityId()).stream()
                .filter(a -> a.getStatus() == AttemptStatus.GRADED).toList();
        Map<UUID, List<QuizResponse>> responses = new HashMap<>();
        attempts.responses(graded.stream().map(QuizAttempt::getId).toList())
                .forEach(r -> responses.computeIfAbsent(r.getAttemptId(), k -> new java.util.ArrayList<>()).add(r));
        Map<String, String> labels = new LinkedHashMap<>();
        List<ItemAnalysis.Scored> scored = new java.util.ArrayList<>();
        for (QuizAttempt attempt : graded) {
            AttemptSheet sheet = attempt.sheet();
            Map<String, Double> shares = new LinkedHashMap<>();
            Map<String, Double> points = new LinkedHashMap<>();
            for (QuizResponse response : responses.getOrDefault(attempt.getId(), List.of())) {
                Question question = sheet.slots().get(response.getSlot()).question();
                labels.putIfAbsent(question.key(), question.label());
                shares.put(question.key(), response.getFraction() == null ? 0 : response.getFraction());
                points.put(question.key(), question.points());
            }
            scored.add(new ItemAnalysis.Scored(shares, points));
        }
        return ItemAnalysis.of(scored, labels);
    }

    private LessonStep quizStep(Viewer actor, long schoolId, long classId, int stepIndex) {
        List<LessonStep> steps = planning.plan(actor, schoolId, classId);
        if (stepIndex < 0 || stepIndex >= steps.size()) {
            throw new vn.tvet.lms.classes.ClassNotFoundException(classId);
        }
        LessonStep step = steps.get(stepIndex);
        if (step.content().kind() != ActivityKind.QUIZ) {
            throw new QuizRuleException(Reason.NOT_A_QUIZ, "step " + stepIndex);
        }
        return step;
    }

    private QuizAttempt ofClass(long classId, UUID attemptId, boolean forChange) {
        return (forChange ? attempts.locked(attemptId) : attempts.find(attemptId)).filter(a -> a.getClassId() == classId)
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }

    /** An attempt in the teachers' list. */
    public record AttemptRow(UUID id, Person learner, int number, AttemptStatus status, Double score, double maxScore,
            java.time.Instant submittedAt, boolean autoSubmitted) implements java.io.Serializable {
    }

    /** A question of an attempt for its teachers: the learner's answer (own numbering), its mark, the right answers. */
    public record MarkedAnswer(int slot, Question question, vn.tvet.lms.questions.Response response, Double fraction,
            List<String> rightAnswers) implements java.io.Serializable {
    }

    /** An attempt in full for its teachers. */
    public record AttemptDetail(UUID id, Person learner, int number, AttemptStatus status, Double score, double maxScore,
            java.time.Instant submittedAt, int stepIndex, List<MarkedAnswer> answers, List<QuizMarkChange> history) {
    }
}
