package vn.tvet.lms.web.scorm;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tvet.lms.learning.ClassPlanning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.scorm.ScormAttempt;
import vn.tvet.lms.scorm.ScormAttempts;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.classes.ClassLearnerPage;
import vn.tvet.lms.web.courseware.LibraryItemTitles;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The SCORM attempts on a learner's page of a class: each attempt's statuses, score, time and every element the SCO
 * stored (shown as text, whatever it holds), and ending an attempt so the learner starts a new one.
 */
@Named
@ViewScoped
public class ScormAttemptsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassLearnerPage page;

    @Inject
    ScormAttempts attempts;

    @Inject
    ClassPlanning planning;

    @Inject
    LibraryItemTitles titles;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private transient List<ScormAttempt> shown;
    private transient Map<String, String> stepTitles;

    public List<ScormAttempt> getAttempts() {
        if (shown == null) {
            shown = attempts.of(currentUser.viewer(), page.getSchoolId(), page.getClassId(), page.getLearnerId());
        }
        return shown;
    }

    /** The lesson step an attempt belongs to, by the title the class shows. */
    public String stepTitle(ScormAttempt attempt) {
        if (stepTitles == null) {
            stepTitles = new HashMap<>();
            for (LessonStep step : planning.plan(currentUser.viewer(), page.getSchoolId(), page.getClassId())) {
                stepTitles.put(step.activityId(), (step.lesson() + 1) + "." + (step.activity() + 1) + " "
                        + titles.ofActivity(step.content()));
            }
        }
        return stepTitles.getOrDefault(attempt.getActivityId(), attempt.getActivityId());
    }

    /** The stored elements, in the order the SCO first wrote them. */
    public List<Map.Entry<String, String>> elements(ScormAttempt attempt) {
        return new ArrayList<>(attempt.data().entrySet());
    }

    /** Total time as hours, minutes and seconds. */
    public String time(ScormAttempt attempt) {
        long seconds = Math.round(attempt.getTotalSeconds());
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public void reset(long attemptId) {
        if (pageActions.run(() -> attempts.reset(currentUser.viewer(), page.getSchoolId(), page.getClassId(), attemptId))) {
            shown = null;
            texts.info("scorm.resetDone");
        }
    }
}
