package vn.tvet.lms.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassEnrolment;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassTeaching;

/**
 * The learning record read back for people: a learner's latest teacher judgement of a practical task, and a
 * learner's timeline for the people who run the class. Both read the stored statements, never a second copy.
 */
@ApplicationScoped
public class LearnerRecords {

    static final int MAX_TIMELINE = 500;

    private ClassLearning learning;
    private ClassTeaching teaching;
    private LearningRecord record;

    LearnerRecords() {
        // for the CDI proxy
    }

    @Inject
    public LearnerRecords(ClassLearning learning, ClassTeaching teaching, LearningRecord record) {
        this.learning = learning;
        this.teaching = teaching;
        this.record = record;
    }

    /** The teacher's latest judgement of the learner's practical task at the step, if there is one. */
    @Transactional
    public java.util.Optional<Judgement> judgement(Viewer actor, long schoolId, long classId, int stepIndex) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        LessonStep step = studying.step(stepIndex);
        return record.latest(actor.personId(), studying.registration(), step.activityId(), List.of(Verb.PASSED, Verb.FAILED))
                .map(LearnerRecords::judgementIn);
    }

    private static Judgement judgementIn(LearningStatement statement) {
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(statement.getStatement()))
                .readObject();
        jakarta.json.JsonObject result = json.getJsonObject("result");
        jakarta.json.JsonObject instructor = json.getJsonObject("context").getJsonObject("instructor");
        return new Judgement(result != null && result.getBoolean("success", false),
                result == null ? null : result.getString("response", null),
                instructor == null ? null : instructor.getString("name", null), statement.getTimestamp());
    }

    /** A teacher's result for a practical task: achieved or not yet, their comment, who and when. */
    public record Judgement(boolean achieved, String comment, String teacher, java.time.Instant at) {
    }

    /**
     * One learner's timeline in the class for the people who run it: their statements, newest first (withdrawn
     * learners included: their record stays). Another class's or school's learner is not found.
     */
    @Transactional
    public List<TimelineEntry> timeline(Viewer actor, long schoolId, long classId, long learnerId, int limit) {
        ClassEnrolment enrolment = teaching.enrolments(actor, schoolId, classId).stream()
                .filter(e -> e.getLearner().getId() == learnerId).findFirst()
                .orElseThrow(() -> new ClassNotFoundException(classId));
        return record.timeline(learnerId, enrolment.getRegistration(), Math.min(Math.max(1, limit), MAX_TIMELINE)).stream()
                .map(LearnerRecords::entryOf).toList();
    }

    private static TimelineEntry entryOf(LearningStatement statement) {
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(statement.getStatement()))
                .readObject();
        Verb verb = java.util.Arrays.stream(Verb.values()).filter(v -> v.iri().equals(statement.getVerbId())).findFirst()
                .orElse(null);
        String activity = json.getJsonObject("object").getJsonObject("definition").getJsonObject("name")
                .getString("vi-VN", statement.getActivityId());
        jakarta.json.JsonObject result = json.getJsonObject("result");
        jakarta.json.JsonObject score = result == null ? null : result.getJsonObject("score");
        return new TimelineEntry(statement.getTimestamp(), verb, activity,
                score == null || !score.containsKey("raw") ? null : score.getJsonNumber("raw").doubleValue(),
                score == null || !score.containsKey("max") ? null : score.getJsonNumber("max").doubleValue(),
                result == null ? null : result.getString("response", null));
    }

    /** One line of a learner's timeline: when, what they did (null for a verb of another system), to what. */
    public record TimelineEntry(java.time.Instant at, Verb verb, String activity, Double score, Double maxScore,
            String response) {
    }
}
