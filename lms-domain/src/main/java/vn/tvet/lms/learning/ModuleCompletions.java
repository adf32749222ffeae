package vn.tvet.lms.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.classes.ModuleCompletion;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.ActivityIds;
import vn.tvet.lms.courseware.ActivityKind;

/**
 * Whether a learner has completed a class's module by the class's rule, read from the record: every required
 * activity completed, or a mean quiz grade reaching the class's percentage. Once it is, the module's own
 * completed statement is written (once per registration), so the record says so to anyone reading it as xAPI.
 */
@ApplicationScoped
public class ModuleCompletions {

    private LearningRecord record;
    private Clock clock;
    private EnrolmentProgress progress;

    ModuleCompletions() {
        // for the CDI proxy
    }

    @Inject
    public ModuleCompletions(LearningRecord record, Clock clock, EnrolmentProgress progress) {
        this.progress = progress;
        this.record = record;
        this.clock = clock;
    }

    /** Whether the steps (with the learner's completion) and quiz grades complete the module by the class's rule. */
    public static boolean completes(SchoolClass schoolClass, List<LessonStep> steps, Map<String, Double> recorded) {
        Map<String, Double> grades = schoolClass.withCarried(recorded);
        if (schoolClass.getModuleCompletion() == ModuleCompletion.TOTAL_SCORE) {
            List<LessonStep> quizzes = steps.stream().filter(s -> s.content().kind() == ActivityKind.QUIZ).toList();
            if (quizzes.isEmpty()) {
                return false;
            }
            double mean = quizzes.stream().mapToDouble(s -> grades.getOrDefault(s.activityId(), 0.0)).average().orElse(0);
            return mean * 100 >= schoolClass.getCompletionScorePercent() - 1e-9;
        }
        return !steps.isEmpty() && steps.stream().allMatch(s -> s.completed() || s.optional());
    }

    /** Whether the learner's registration has completed the class's module now. */
    @Transactional
    public boolean completed(SchoolClass schoolClass, long personId, UUID registration) {
        List<LessonStep> steps = ClassLearning.steps(schoolClass, progress.done(personId, registration));
        return completes(schoolClass, steps, gradesOf(schoolClass, registration));
    }

    /** Writes the module's completed statement if the learner has just completed it (a second call adds nothing). */
    @Transactional
    public void settle(Person learner, SchoolClass schoolClass, UUID registration) {
        if (!completed(schoolClass, learner.getId(), registration)) {
            return;
        }
        String module = ActivityIds.ofVersion(schoolClass.getVersion().getId());
        UUID id = UUID.nameUUIDFromBytes((registration + "|" + module + "|completed").getBytes(StandardCharsets.UTF_8));
        record.record(new LearningEvent(id, schoolClass.getSchool().getId(), learner.getId(), learner.getFullName(),
                learner.getUsername(), Verb.COMPLETED, module, schoolClass.getVersion().getTitle(), registration, null,
                LearningEvent.Result.completed(), clock.instant(), null));
    }

    private Map<String, Double> gradesOf(SchoolClass schoolClass, UUID registration) {
        return schoolClass.getModuleCompletion() == ModuleCompletion.TOTAL_SCORE
                ? progress.grades(registration) : Map.of();
    }
}
