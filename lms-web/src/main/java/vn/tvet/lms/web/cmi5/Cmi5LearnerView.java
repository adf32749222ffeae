package vn.tvet.lms.web.cmi5;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.cmi5.Cmi5Courses;
import vn.tvet.lms.cmi5.Cmi5Launches;
import vn.tvet.lms.library.packaging.CourseStructure;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.classes.ClassLearnerPage;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The cmi5 courses on a learner's page of a class: each AU's progress (launched, completed, passed, failed, waived)
 * and, for a teacher, waiving an AU the learner met by other means (recorded as cmi5's "waived", reason
 * Administrative).
 */
@Named
@ViewScoped
public class Cmi5LearnerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassLearnerPage page;

    @Inject
    Cmi5Launches launches;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private List<Row> rows;

    /** One AU of one course: where it is, its title and progress. */
    public record Row(int stepIndex, String course, int auIndex, String title, String moveOn, String status,
            boolean satisfied, boolean waived) implements Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (Cmi5Launches.StepCourse step : launches.coursesOf(currentUser.viewer(), page.getSchoolId(),
                    page.getClassId(), page.getLearnerId())) {
                List<CourseStructure.Au> aus = step.course().structure().aus();
                for (int i = 0; i < aus.size(); i++) {
                    CourseStructure.Au au = aus.get(i);
                    Cmi5Courses.AuProgress progress = step.course().of(au);
                    rows.add(new Row(step.stepIndex(), step.course().structure().title(), i, au.title(), au.moveOn(),
                            progress.waived() ? "waived" : progress.passed() ? "passed" : progress.completed() ? "completed"
                                    : progress.failed() ? "failed" : progress.launched() ? "started" : "notStarted",
                            progress.satisfies(au.moveOn()), progress.waived()));
                }
            }
        }
        return rows;
    }

    public void waive(int stepIndex, int auIndex) {
        if (pageActions.run(() -> launches.waive(currentUser.viewer(), page.getSchoolId(), page.getClassId(),
                page.getLearnerId(), stepIndex, auIndex))) {
            rows = null;
            texts.info("cmi5.waivedDone");
        }
    }
}
