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
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The class's activities with what its teachers set for each (due date, prerequisite, a quiz's pass percentage),
 * edited together and saved where changed.
 */
@Named
@ViewScoped
public class ClassPlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassLearning learning;

    @Inject
    ClassPage classPage;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    /** The form's rows: a step and the due date typed for it; saved where it differs from the class's. */
    private List<DueRow> rows;

    public List<DueRow> getRows() {
        if (rows == null) {
            rows = learning.plan(currentUser.viewer(), classPage.schoolId(), classPage.classId()).stream()
                    .map(DueRow::new).toList();
        }
        return rows;
    }

    public void save() {
        Map<Integer, DueRow> typed = new HashMap<>();
        getRows().forEach(row -> typed.put(row.getIndex(), row));
        List<LessonStep> changed = learning.plan(currentUser.viewer(), classPage.schoolId(), classPage.classId()).stream()
                .filter(step -> typed.containsKey(step.index()) && typed.get(step.index()).differsFrom(step)).toList();
        boolean saved = pageActions.run(() -> changed.forEach(step -> {
            DueRow row = typed.get(step.index());
            learning.settle(currentUser.viewer(), classPage.schoolId(), classPage.classId(), step.index(), row.getDueOn(),
                    row.getRequiresStep(), row.isQuiz() ? row.getPassPercent() : null);
        }));
        if (saved) {
            texts.info("classes.settingsSaved", changed.size());
            rows = null;
        }
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

        DueRow(LessonStep step) {
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
                    || quiz && !Objects.equals(passPercent, step.passPercent());
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
