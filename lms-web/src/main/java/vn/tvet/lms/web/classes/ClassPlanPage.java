package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tvet.lms.classes.CompletionRule;
import vn.tvet.lms.classes.ModuleCompletion;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.learning.ClassPlanning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The class's activities with what its teachers set for each (due date, prerequisite, a quiz's pass percentage,
 * what completes it and whether it is optional) and how the module is completed, edited together and saved where
 * changed.
 */
@Named
@ViewScoped
public class ClassPlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassPlanning planning;

    @Inject
    ClassPage classPage;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    /** The form's rows: a step and the due date typed for it; saved where it differs from the class's. */
    private List<DueRow> rows;
    private ModuleCompletion moduleCompletion;
    private Integer moduleScorePercent;

    public List<DueRow> getRows() {
        if (rows == null) {
            Map<Integer, List<CompletionRule>> rules = planning.rulesByStep(currentUser.viewer(), classPage.schoolId(),
                    classPage.classId());
            rows = planning.plan(currentUser.viewer(), classPage.schoolId(), classPage.classId()).stream()
                    .map(step -> new DueRow(step, rules.get(step.index()))).toList();
            moduleCompletion = classPage.getSchoolClass().getModuleCompletion();
            moduleScorePercent = classPage.getSchoolClass().getCompletionScorePercent();
        }
        return rows;
    }

    public void save() {
        Map<Integer, DueRow> typed = new HashMap<>();
        getRows().forEach(row -> typed.put(row.getIndex(), row));
        List<LessonStep> changed = planning.plan(currentUser.viewer(), classPage.schoolId(), classPage.classId()).stream()
                .filter(step -> typed.containsKey(step.index()) && typed.get(step.index()).differsFrom(step)).toList();
        boolean moduleChanged = moduleCompletion != classPage.getSchoolClass().getModuleCompletion()
                || !Objects.equals(moduleScorePercent, classPage.getSchoolClass().getCompletionScorePercent());
        boolean saved = pageActions.run(() -> {
            if (moduleChanged) {
                planning.settleModuleCompletion(currentUser.viewer(), classPage.schoolId(), classPage.classId(),
                        moduleCompletion, moduleCompletion == ModuleCompletion.TOTAL_SCORE ? moduleScorePercent : null);
            }
            changed.forEach(step -> {
                DueRow row = typed.get(step.index());
                planning.settle(currentUser.viewer(), classPage.schoolId(), classPage.classId(), step.index(),
                        row.getDueOn(), row.getRequiresStep(), row.isQuiz() ? row.getPassPercent() : null);
                planning.settleCompletion(currentUser.viewer(), classPage.schoolId(), classPage.classId(), step.index(),
                        row.getCompletion(), row.getWatchPercent(), row.isOptional());
            });
        });
        if (saved) {
            texts.info("classes.settingsSaved", changed.size() + (moduleChanged ? 1 : 0));
            rows = null;
            classPage.reload();
        }
    }

    public ModuleCompletion getModuleCompletion() {
        return moduleCompletion;
    }

    public void setModuleCompletion(ModuleCompletion moduleCompletion) {
        this.moduleCompletion = moduleCompletion;
    }

    public Integer getModuleScorePercent() {
        return moduleScorePercent;
    }

    public void setModuleScorePercent(Integer moduleScorePercent) {
        this.moduleScorePercent = moduleScorePercent;
    }

    public ModuleCompletion[] getModuleCompletions() {
        return ModuleCompletion.values();
    }

    /** One step of the plan with its settings in the form (plain values: the view keeps it between requests). */
    public static final class DueRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int index;
        private final String number;
        private final String title;
        private final Long resourceId;
        private final boolean quiz;
        private LocalDate dueOn;
        private Integer requiresStep;
        private Integer passPercent;
        private final List<CompletionRule> rules;
        private CompletionRule completion;
        private Integer watchPercent;
        private boolean optional;

        DueRow(LessonStep step, List<CompletionRule> rules) {
            this.rules = rules == null ? List.of() : rules;
            this.completion = step.completion();
            this.watchPercent = step.completion() == CompletionRule.WATCHED ? step.watchPercent() : null;
            this.optional = step.optional();
            this.index = step.index();
            this.number = (step.lesson() + 1) + "." + (step.activity() + 1);
            this.title = step.content().title();
            this.resourceId = step.content().kind() == ActivityKind.RESOURCE ? step.content().resourceId() : null;
            this.quiz = step.content().kind() == ActivityKind.QUIZ;
            this.dueOn = step.dueOn();
            this.requiresStep = step.requiresStep();
            this.passPercent = step.passPercent();
        }

        boolean differsFrom(LessonStep step) {
            return !Objects.equals(dueOn, step.dueOn()) || !Objects.equals(requiresStep, step.requiresStep())
                    || quiz && !Objects.equals(passPercent, step.passPercent()) || completion != step.completion()
                    || completion == CompletionRule.WATCHED && !Objects.equals(watchPercent, step.watchPercent())
                    || optional != step.optional();
        }

        /** The rules this step can have; a choice is offered only when there are two or more. */
        public List<CompletionRule> getRules() {
            return rules;
        }

        /** Whether the step is a video or audio that can complete by being watched. */
        public boolean isWatchable() {
            return rules.contains(CompletionRule.WATCHED);
        }

        public CompletionRule getCompletion() {
            return completion;
        }

        public void setCompletion(CompletionRule completion) {
            this.completion = completion;
        }

        public Integer getWatchPercent() {
            return watchPercent;
        }

        public void setWatchPercent(Integer watchPercent) {
            this.watchPercent = watchPercent;
        }

        public boolean isOptional() {
            return optional;
        }

        public void setOptional(boolean optional) {
            this.optional = optional;
        }

        public int getIndex() {
            return index;
        }

        public String getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        /** The library item the step shows, whose title is read per viewer; null for other kinds. */
        public Long getResourceId() {
            return resourceId;
        }

        public boolean isQuiz() {
            return quiz;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }

        public Integer getRequiresStep() {
            return requiresStep;
        }

        public void setRequiresStep(Integer requiresStep) {
            this.requiresStep = requiresStep;
        }

        public Integer getPassPercent() {
            return passPercent;
        }

        public void setPassPercent(Integer passPercent) {
            this.passPercent = passPercent;
        }
    }

    /** The steps before {@code index}: what a step may require. */
    public List<DueRow> earlierThan(int index) {
        return getRows().stream().filter(row -> row.getIndex() < index).toList();
    }
}
