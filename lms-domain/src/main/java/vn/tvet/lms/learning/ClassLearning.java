package vn.tvet.lms.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ActivitySettings;
import vn.tvet.lms.classes.ClassEnrolment;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.Classes;
import vn.tvet.lms.classes.CompletionRule;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.ActivityIds;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.courseware.ModuleContent;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.notification.Notifications;

/**
 * A learner works through their class: the steps of the class's module version with what they have completed,
 * reading a page or an item, answering a quiz. Each event goes into the learning record once (statement ids are
 * derived from the attempt, so a resent request adds nothing); progress is read back from the record. Only a
 * learner in the class records in it; everyone else is told the class does not exist.
 */
@ApplicationScoped
public class ClassLearning {

    /** A quiz is passed from this share of its marks unless the class's teachers set their own percentage. */
    public static final double PASS_SHARE = 0.5;
    static final int MAX_COMMENT = 2000;
    /** Due dates are calendar days in Vietnam. */
    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    /** How many of a class's next due activities the learning page lists. */
    static final int UPCOMING = 3;

    private Classes classes;
    private ClassTeaching teaching;
    private LearningRecord record;
    private People people;
    private Clock clock;
    private Notifications notifications;
    private ModuleCompletions modules;
    private EnrolmentProgress progress;

    ClassLearning() {
        // for the CDI proxy
    }

    @Inject
    public ClassLearning(Classes classes, ClassTeaching teaching, LearningRecord record, People people, Clock clock,
            Notifications notifications, ModuleCompletions modules, EnrolmentProgress progress) {
        this.progress = progress;
        this.modules = modules;
        this.notifications = notifications;
        this.classes = classes;
        this.teaching = teaching;
        this.record = record;
        this.people = people;
        this.clock = clock;
    }

    /** The class as the learner studies it: its steps with their completion, and the step to continue from. */
    @Transactional
    public Studying studying(Viewer actor, long schoolId, long classId) {
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        ClassEnrolment enrolment = learnerIn(actor, classId);
        Set<String> done = progress.done(actor.personId(), enrolment.getRegistration());
        List<LessonStep> steps = steps(schoolClass, done);
        return new Studying(schoolClass, enrolment, steps,
                modules.completed(schoolClass, actor.personId(), enrolment.getRegistration()));
    }

    /**
     * Records that the learner opened the step (once per step: a second visit adds nothing); opening completes a
     * step whose rule is {@link CompletionRule#VIEWED}.
     */
    @Transactional
    public void viewed(Viewer actor, long schoolId, long classId, int stepIndex) {
        Studying studying = studying(actor, schoolId, classId);
        LessonStep step = studying.step(stepIndex);
        if (!step.locked()) {
            write(actor, studying, step, Verb.VIEWED, null, idFor(studying.registration(), step, "viewed"));
            if (step.completion() == CompletionRule.VIEWED) {
                complete(actor, studying, step);
            }
        }
    }

    /**
     * Marks a step done on the learner's say, where its rule allows that; quizzes complete by being passed,
     * practical tasks by the teacher's marking, videos by being watched, packages through their runtime.
     */
    @Transactional
    public boolean markDone(Viewer actor, long schoolId, long classId, int stepIndex) {
        Studying studying = studying(actor, schoolId, classId);
        LessonStep step = opened(studying.step(stepIndex));
        if (!step.completion().learnerMayMarkDone()) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "step " + stepIndex);
        }
        return complete(actor, studying, step);
    }

    /**
     * Records how much of a video or audio item the learner has played (0 to 100, counted by the player from the
     * parts actually played, not from where the slider is). One statement per tenth, so replays and resent reports
     * add nothing; reaching the step's share completes it when its rule is {@link CompletionRule#WATCHED}.
     */
    @Transactional
    public boolean progressed(Viewer actor, long schoolId, long classId, int stepIndex, int percent) {
        Studying studying = studying(actor, schoolId, classId);
        LessonStep step = opened(studying.step(stepIndex));
        if (step.content().kind() != ActivityKind.RESOURCE || percent < 0 || percent > 100) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "progress " + percent + " on step "
                    + stepIndex);
        }
        int tenth = percent / 10 * 10;
        write(actor, studying, step, Verb.PROGRESSED, LearningEvent.Result.progressed(tenth),
                idFor(studying.registration(), step, "progressed:" + tenth));
        return step.completion() == CompletionRule.WATCHED && percent >= step.watchPercent() && complete(actor, studying, step);
    }

    /**
     * The step's package reported every SCO completed or passed (through the SCORM runtime): completes the step when
     * its rule is the package's, or one the learner could meet by marking it done.
     */
    @Transactional
    public boolean packageCompleted(Viewer actor, long schoolId, long classId, int stepIndex) {
        Studying studying = studying(actor, schoolId, classId);
        LessonStep step = studying.step(stepIndex);
        CompletionRule rule = step.completion();
        return (rule == CompletionRule.PACKAGE || rule.learnerMayMarkDone()) && complete(actor, studying, step);
    }

    /** Writes the step's completion (once) and the module's, if that completes it. */
    private boolean complete(Viewer actor, Studying studying, LessonStep step) {
        boolean written = write(actor, studying, step, Verb.COMPLETED, LearningEvent.Result.completed(),
                idFor(studying.registration(), step, "completed"));
        if (written) {
            modules.settle(people.get(actor.personId()), studying.schoolClass(), studying.registration());
        }
        return written;
    }

    /** Each of the learner's classes now with how much of it they have completed. */
    @Transactional
    public List<ClassProgress> myProgress(Viewer actor) {
        List<ClassProgress> mine = new ArrayList<>();
        for (ClassEnrolment enrolment : teaching.myClasses(actor)) {
            SchoolClass schoolClass = enrolment.getSchoolClass();
            List<LessonStep> steps = steps(schoolClass, progress.done(actor.personId(), enrolment.getRegistration()));
            List<LessonStep> dueSoon = steps.stream().filter(step -> !step.completed() && step.dueOn() != null)
                    .sorted(java.util.Comparator.comparing(LessonStep::dueOn)).limit(UPCOMING).toList();
            mine.add(new ClassProgress(schoolClass, (int) steps.stream().filter(LessonStep::completed).count(),
                    steps.size(), next(steps), dueSoon,
                    modules.completed(schoolClass, actor.personId(), enrolment.getRegistration())));
        }
        return mine;
    }

    /** For the people who run the class: each learner in it with the steps they have completed. */
    @Transactional
    public ClassGrid grid(Viewer actor, long schoolId, long classId) {
        List<ClassEnrolment> enrolments = teaching.enrolments(actor, schoolId, classId).stream()
                .filter(ClassEnrolment::isActive).toList();
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        Map<UUID, Set<String>> done = progress.done(enrolments);
        Map<UUID, Map<String, Double>> grades = progress.grades(enrolments);
        List<LessonStep> steps = steps(schoolClass, Set.of());
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(VIETNAM));
        List<ClassGrid.Row> rows = enrolments.stream().map(e -> {
            Set<String> completed = schoolClass.withCarried(done.getOrDefault(e.getRegistration(), Set.of()));
            long overdue = steps.stream().filter(s -> s.dueOn() != null && today.isAfter(s.dueOn())
                    && !completed.contains(s.activityId())).count();
            boolean moduleDone = ModuleCompletions.completes(schoolClass, steps(schoolClass, completed),
                    grades.getOrDefault(e.getRegistration(), Map.of()));
            return new ClassGrid.Row(e.getLearner(), steps.stream().map(s -> completed.contains(s.activityId())).toList(),
                    (int) overdue, moduleDone);
        }).toList();
        return new ClassGrid(steps, rows);
    }

    /** The step, if its prerequisite is completed; a locked step is refused. */
    private static LessonStep opened(LessonStep step) {
        if (step.locked()) {
            throw new ClassRuleException(ClassRuleException.Reason.LOCKED, step.activityId());
        }
        return step;
    }

    private ClassEnrolment learnerIn(Viewer actor, long classId) {
        if (!actor.signedIn()) {
            throw new ClassNotFoundException(classId);
        }
        return classes.activeEnrolment(classId, actor.personId()).orElseThrow(() -> new ClassNotFoundException(classId));
    }

    private boolean write(Viewer actor, Studying studying, LessonStep step, Verb verb, LearningEvent.Result result,
            UUID statementId) {
        return write(people.get(actor.personId()), studying.schoolClass(), studying.registration(), step, verb, result,
                statementId, null);
    }

    private boolean write(Person learner, SchoolClass schoolClass, UUID registration, LessonStep step, Verb verb,
            LearningEvent.Result result, UUID statementId, LearningEvent.Instructor instructor) {
        return record.record(new LearningEvent(statementId, schoolClass.getSchool().getId(), learner.getId(),
                learner.getFullName(), learner.getUsername(), verb, step.activityId(), step.content().title(),
                registration, ActivityIds.ofVersion(schoolClass.getVersion().getId()), result, clock.instant(),
                instructor));
    }

    /**
     * A teacher of the class marks a learner's practical task: achieved (passed, which completes it) or not yet
     * (failed), with a comment the learner reads. {@code markingId} comes from the form that was filled in, so a
     * resent form records nothing twice; marking again later is a new judgement.
     */
    @Transactional
    public void markTask(Viewer actor, long schoolId, long classId, long learnerId, int stepIndex, boolean achieved,
            String comment, UUID markingId) {
        List<ClassEnrolment> enrolments = teaching.enrolments(actor, schoolId, classId);
        ClassEnrolment enrolment = enrolments.stream()
                .filter(e -> e.isActive() && e.getLearner().getId() == learnerId).findFirst()
                .orElseThrow(() -> new ClassNotFoundException(classId));
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        List<LessonStep> steps = steps(schoolClass, Set.of());
        if (stepIndex < 0 || stepIndex >= steps.size()) {
            throw new ClassNotFoundException(classId);
        }
        LessonStep step = steps.get(stepIndex);
        if (step.content().kind() != ActivityKind.PRACTICAL_TASK) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "step " + stepIndex + " is no task");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > MAX_COMMENT) {
            throw new ClassRuleException(ClassRuleException.Reason.TOO_MANY, "comment of " + note.length() + " characters");
        }
        Person teacher = people.get(actor.personId());
        write(enrolment.getLearner(), schoolClass, enrolment.getRegistration(), step, achieved ? Verb.PASSED : Verb.FAILED,
                new LearningEvent.Result(null, null, null, null, achieved, achieved, note),
                idFor(enrolment.getRegistration(), step, "marked:" + markingId),
                new LearningEvent.Instructor(teacher.getFullName(), teacher.getUsername()));
        if (achieved) {
            modules.settle(enrolment.getLearner(), schoolClass, enrolment.getRegistration());
        }
        notifications.notify(learnerId, NotificationKind.TASK_MARKED, "marked:" + markingId,
                "/learning/class.xhtml?id=" + classId + "&step=" + stepIndex, List.of(step.content().title(),
                        schoolClass.getName(), achieved ? "#classes.achieved" : "#classes.notYet"));
    }

    /** The same learner, step and purpose always give the same statement id. */
    private static UUID idFor(UUID registration, LessonStep step, String purpose) {
        return UUID.nameUUIDFromBytes((registration + "|" + step.activityId() + "|" + purpose)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static List<LessonStep> steps(SchoolClass schoolClass, Set<String> recorded) {
        Set<String> done = schoolClass.withCarried(recorded);
        ModuleContent content = schoolClass.getVersion().content();
        long versionId = schoolClass.getVersion().getId();
        List<LessonStep> steps = new ArrayList<>();
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int l = 0; l < content.lessons().size(); l++) {
            ModuleContent.Lesson lesson = content.lessons().get(l);
            for (int a = 0; a < lesson.activities().size(); a++) {
                String id = ActivityIds.of(versionId, l, a);
                ActivitySettings settings = schoolClass.settingsOf(id);
                String required = settings.requiresActivityId();
                Integer requiredStep = required == null ? null : positions.get(required);
                steps.add(new LessonStep(steps.size(), l, a, lesson.title(), lesson.activities().get(a), id,
                        done.contains(id), requiredStep, required != null && !done.contains(required), settings));
                positions.put(id, steps.size() - 1);
            }
        }
        return Collections.unmodifiableList(steps);
    }

    /** The first step not completed yet, or the last step when all are. */
    static int next(List<LessonStep> steps) {
        return steps.stream().filter(step -> !step.completed()).mapToInt(LessonStep::index).findFirst()
                .orElse(Math.max(0, steps.size() - 1));
    }

    /** A class as its learner studies it. */
    public record Studying(SchoolClass schoolClass, ClassEnrolment enrolment, List<LessonStep> steps,
            boolean moduleCompleted) {

        /** The xAPI registration of the learner's statements in the class. */
        public UUID registration() {
            return enrolment.getRegistration();
        }

        public LessonStep step(int index) {
            if (index < 0 || index >= steps.size()) {
                throw new ClassNotFoundException(schoolClass.getId());
            }
            return steps.get(index);
        }

        /** Where to continue: the first step not completed. */
        public int continueAt() {
            return next(steps);
        }

        public long completed() {
            return steps.stream().filter(LessonStep::completed).count();
        }
    }

    /** One of the learner's classes: steps done, of how many, where to continue, and the next due ones not done. */
    public record ClassProgress(SchoolClass schoolClass, int completed, int total, int continueAt,
            List<LessonStep> dueSoon, boolean moduleCompleted) {

        public int percent() {
            return total == 0 ? 0 : completed * 100 / total;
        }
    }

    /** Learners × steps of a class: who has completed what. */
    public record ClassGrid(List<LessonStep> steps, List<Row> rows) {

        /**
         * One learner, per step whether they completed it, how many of their activities are overdue, and whether
         * they have completed the module by the class's rule.
         */
        public record Row(Person learner, List<Boolean> completed, int overdue, boolean moduleCompleted) {

            public long done() {
                return completed.stream().filter(Boolean::booleanValue).count();
            }
        }
    }
}
