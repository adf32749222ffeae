package vn.tvet.lms.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ActivitySettings;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.CompletionRule;
import vn.tvet.lms.classes.GradingMethod;
import vn.tvet.lms.classes.ModuleCompletion;
import vn.tvet.lms.classes.ReviewOption;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.ResourceType;

/**
 * What a class's teachers decide about its activities: due dates, prerequisites, pass marks, a quiz's rules, what
 * completes each activity and the module. Only the class's teachers and the school's admins may (checked by
 * {@link ClassTeaching}); a step number outside the class is not found.
 */
@ApplicationScoped
public class ClassPlanning {

    private ClassTeaching teaching;
    private LearningResources resources;

    ClassPlanning() {
        // for the CDI proxy
    }

    @Inject
    public ClassPlanning(ClassTeaching teaching, LearningResources resources) {
        this.teaching = teaching;
        this.resources = resources;
    }

    /** The class's steps with their settings, for the people who run it. */
    @Transactional
    public List<LessonStep> plan(Viewer actor, long schoolId, long classId) {
        teaching.enrolments(actor, schoolId, classId);
        return ClassLearning.steps(teaching.get(actor, schoolId, classId), Set.of());
    }

    /** The practical tasks of the class, for the marking form. */
    @Transactional
    public List<LessonStep> tasks(Viewer actor, long schoolId, long classId) {
        return plan(actor, schoolId, classId).stream().filter(step -> step.content().kind() == ActivityKind.PRACTICAL_TASK)
                .toList();
    }

    /**
     * Sets what the class's teachers decide for one step: due date, the step that must be completed first (by its
     * number, or null), and for a quiz the percentage that passes (null: {@link ClassLearning#PASS_SHARE}); the
     * step's other settings stay.
     */
    @Transactional
    public void settle(Viewer actor, long schoolId, long classId, int stepIndex, LocalDate dueOn, Integer requiresStep,
            Integer passPercent) {
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        List<LessonStep> steps = ClassLearning.steps(schoolClass, Set.of());
        LessonStep step = stepOf(steps, stepIndex, classId);
        if (requiresStep != null) {
            stepOf(steps, requiresStep, classId);
        }
        teaching.settle(actor, schoolId, classId, step.activityId(), step.settings().withSchedule(dueOn,
                requiresStep == null ? null : steps.get(requiresStep).activityId(), passPercent));
    }

    /**
     * Sets what completes one step (null: its kind's default), the share of a video or audio to watch for
     * {@link CompletionRule#WATCHED}, and whether the module can be completed without it. A rule that does not fit
     * the step (watching a PDF, a package rule on a video, a learner's own say on a quiz) is refused.
     */
    @Transactional
    public void settleCompletion(Viewer actor, long schoolId, long classId, int stepIndex, CompletionRule rule,
            Integer watchPercent, boolean optional) {
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        LessonStep step = stepOf(ClassLearning.steps(schoolClass, Set.of()), stepIndex, classId);
        if (rule != null && !fits(rule, step)) {
            throw new ClassRuleException(ClassRuleException.Reason.RULE_DOES_NOT_FIT, rule + " on step " + stepIndex);
        }
        teaching.settle(actor, schoolId, classId, step.activityId(), step.settings().withCompletion(rule, watchPercent,
                optional));
    }

    /** Sets how learners complete the class's module. */
    @Transactional
    public void settleModuleCompletion(Viewer actor, long schoolId, long classId, ModuleCompletion rule,
            Integer scorePercent) {
        teaching.settleModuleCompletion(actor, schoolId, classId, rule, scorePercent);
    }

    /** The rules each step can have, by step number: its kind's, narrowed for library items by what the item is. */
    @Transactional
    public java.util.Map<Integer, List<CompletionRule>> rulesByStep(Viewer actor, long schoolId, long classId) {
        java.util.Map<Integer, List<CompletionRule>> rules = new java.util.HashMap<>();
        for (LessonStep step : plan(actor, schoolId, classId)) {
            rules.put(step.index(), CompletionRule.allowedFor(step.content().kind()).stream().filter(r -> fits(r, step))
                    .toList());
        }
        return rules;
    }

    private boolean fits(CompletionRule rule, LessonStep step) {
        if (!CompletionRule.allowedFor(step.content().kind()).contains(rule)) {
            return false;
        }
        if (rule != CompletionRule.WATCHED && rule != CompletionRule.PACKAGE) {
            return true;
        }
        ResourceType type = step.content().resourceId() == null ? null
                : resources.find(step.content().resourceId()).map(LearningResource::getType).orElse(null);
        return rule == CompletionRule.WATCHED ? type == ResourceType.VIDEO || type == ResourceType.AUDIO
                : type == ResourceType.SCORM_PACKAGE || type == ResourceType.CMI5_PACKAGE;
    }

    /** Sets a quiz's time limit, attempts, grading method, opening window and review; its other settings stay. */
    @Transactional
    public void settleQuiz(Viewer actor, long schoolId, long classId, int stepIndex, QuizRules rules) {
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        LessonStep step = stepOf(ClassLearning.steps(schoolClass, Set.of()), stepIndex, classId);
        if (step.content().kind() != ActivityKind.QUIZ) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "step " + stepIndex + " is no quiz");
        }
        teaching.settle(actor, schoolId, classId, step.activityId(), step.settings().withQuizRules(rules.timeLimitMinutes(),
                rules.maxAttempts(), rules.gradingMethod(), rules.opensAt(), rules.closesAt(), rules.review()));
    }

    /** A quiz's settings in the class, for the people who run it (defaults filled in). */
    @Transactional
    public QuizRules quizRules(Viewer actor, long schoolId, long classId, int stepIndex) {
        ActivitySettings settings = stepOf(plan(actor, schoolId, classId), stepIndex, classId).settings();
        return new QuizRules(settings.timeLimitMinutes(), settings.maxAttempts(), settings.gradingMethod(), settings.opensAt(),
                settings.closesAt(), settings.review());
    }

    private static LessonStep stepOf(List<LessonStep> steps, int index, long classId) {
        if (index < 0 || index >= steps.size()) {
            throw new ClassNotFoundException(classId);
        }
        return steps.get(index);
    }

    /** A quiz's settings in a class; null parts take the defaults. */
    public record QuizRules(Integer timeLimitMinutes, Integer maxAttempts, GradingMethod gradingMethod, Instant opensAt,
            Instant closesAt, ReviewOption review) implements java.io.Serializable {
    }
}
