package vn.tvet.lms.web.cmi5;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.cmi5.Cmi5Courses;
import vn.tvet.lms.cmi5.Cmi5Launches;
import vn.tvet.lms.learning.PublicAddress;
import vn.tvet.lms.library.packaging.CourseStructure;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.learning.LessonPlayerPage;
import vn.tvet.lms.web.platform.ContentOrigin;
import vn.tvet.lms.web.platform.PageActions;

/**
 * A cmi5 course in the lesson player: its blocks and AUs with the learner's progress, and a launch per AU in the
 * mode the learner picks (learn, look around, review). An AU that may share the page plays in a frame on the content
 * origin; one that wants its own window, or lives elsewhere, gets the whole window and returns to the lesson.
 */
@Named
@ViewScoped
public class Cmi5Player implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    LessonPlayerPage player;

    @Inject
    Cmi5Launches launches;

    @Inject
    ContentOrigin contentOrigin;

    @Inject
    PublicAddress home;

    @Inject
    PageActions pageActions;

    private List<Unit> units;
    private String frameUrl;
    private String frameTitle;

    /** One line of the course: a block (a heading) or an AU with its progress. */
    public record Unit(int index, String title, int depth, boolean block, String status, boolean satisfied,
            boolean started) implements Serializable {
    }

    /** The course's blocks and AUs in order; empty when the step has no playable course. */
    public List<Unit> getUnits() {
        if (units == null) {
            units = pageActions.call(() -> launches.course(currentUser.viewer(), player.getSchoolId(), player.getClassId(),
                    player.getIndex())).map(Cmi5Player::unitsOf).orElse(List.of());
        }
        return units;
    }

    /** Launches the AU: into the frame, or into the whole window for one that wants it. */
    public void launch(int auIndex, String mode) throws IOException {
        if (!contentOrigin.configured()) {
            return;
        }
        String returnUrl = home.url() + "/cmi5/returned?class=" + player.getClassId() + "&step=" + player.getIndex();
        var launched = pageActions.call(() -> launches.launch(currentUser.viewer(), player.getSchoolId(),
                player.getClassId(), player.getIndex(), auIndex, mode, contentOrigin.url() + "/content/au/", returnUrl));
        if (launched.isEmpty()) {
            return;
        }
        units = null;
        if (launched.get().ownWindow()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(launched.get().url());
            return;
        }
        frameUrl = launched.get().url();
        frameTitle = getUnits().stream().filter(unit -> unit.index() == auIndex && !unit.block()).map(Unit::title)
                .findFirst().orElse(null);
    }

    /** The AU ended and sent the learner back: the frame closes and the step's progress is read again. */
    public void returned() {
        frameUrl = null;
        units = null;
        player.refresh();
    }

    public String getFrameUrl() {
        return frameUrl;
    }

    public String getFrameTitle() {
        return frameTitle;
    }

    public boolean isAvailable() {
        return contentOrigin.configured();
    }

    private static List<Unit> unitsOf(Cmi5Launches.Course course) {
        List<Unit> units = new ArrayList<>();
        add(course.structure().children(), 0, course, units, new int[] {0});
        return units;
    }

    private static void add(List<CourseStructure.Node> nodes, int depth, Cmi5Launches.Course course, List<Unit> into,
            int[] auIndex) {
        for (CourseStructure.Node node : nodes) {
            if (node instanceof CourseStructure.Block block) {
                into.add(new Unit(-1, block.title(), depth, true, null, false, false));
                add(block.children(), depth + 1, course, into, auIndex);
            } else if (node instanceof CourseStructure.Au au) {
                Cmi5Courses.AuProgress progress = course.of(au);
                into.add(new Unit(auIndex[0]++, au.title(), depth, false, status(progress), progress.satisfies(au.moveOn())
                        && progress.launched() || progress.waived(), progress.launched()));
            }
        }
    }

    /** The word the page shows: waived, passed, failed, completed, started, or not started. */
    private static String status(Cmi5Courses.AuProgress progress) {
        if (progress.waived()) {
            return "waived";
        }
        if (progress.passed()) {
            return "passed";
        }
        if (progress.completed()) {
            return "completed";
        }
        if (progress.failed()) {
            return "failed";
        }
        return progress.launched() ? "started" : "notStarted";
    }
}
