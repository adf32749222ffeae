package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.ClassPlanning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.learning.PracticalEvidence;
import vn.tvet.lms.learning.TaskEvidence;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The class page's marking section: a teacher picks a learner and a practical task, sees the evidence the learner
 * handed in, and records achieved or not yet with a comment. The form's marking id makes a resent form record
 * nothing twice.
 */
@Named
@ViewScoped
public class ClassMarkingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassPage classPage;

    @Inject
    ClassLearning learning;

    @Inject
    ClassPlanning planning;

    @Inject
    PracticalEvidence evidence;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private Long learner;
    private Integer step;
    private boolean achieved = true;
    private String comment;
    private UUID markingId = UUID.randomUUID();
    private transient List<LessonStep> tasks;
    private transient List<TaskEvidence> files;

    /** Records the teacher's judgement of a learner's practical task. */
    public void markTask() {
        if (learner == null || step == null) {
            texts.error("classes.chooseLearnerAndTask");
            return;
        }
        if (pageActions.run(() -> learning.markTask(currentUser.viewer(), classPage.schoolId(), classPage.classId(), learner,
                step, achieved, comment, markingId))) {
            texts.info(achieved ? "classes.taskAchieved" : "classes.taskNotYet");
            markingId = UUID.randomUUID();
            comment = null;
            classPage.reload();
        }
    }

    public List<LessonStep> getTasks() {
        if (tasks == null) {
            tasks = planning.tasks(currentUser.viewer(), classPage.schoolId(), classPage.classId());
        }
        return tasks;
    }

    /** The files the chosen learner handed in for the chosen task; empty until both are chosen. */
    public List<TaskEvidence> getFiles() {
        if (files == null) {
            files = isChosen() ? evidence.ofLearner(currentUser.viewer(), classPage.schoolId(), classPage.classId(), learner,
                    step) : List.of();
        }
        return files;
    }

    public boolean isChosen() {
        return learner != null && step != null;
    }

    public Long getLearner() {
        return learner;
    }

    public void setLearner(Long learner) {
        this.learner = learner;
        files = null;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
        files = null;
    }

    public boolean isAchieved() {
        return achieved;
    }

    public void setAchieved(boolean achieved) {
        this.achieved = achieved;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
