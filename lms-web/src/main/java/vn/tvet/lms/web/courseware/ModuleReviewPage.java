package vn.tvet.lms.web.courseware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.web.account.CurrentUser;

/** Modules schools asked to share with the network, waiting for a network library admin. */
@Named
@ViewScoped
public class ModuleReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleSharing sharing;

    private transient List<CourseModule> waiting;

    public void load() {
        currentUser.requireNetworkRole(Role.LIBRARY_ADMIN);
    }

    public List<CourseModule> getWaiting() {
        if (waiting == null) {
            waiting = sharing.awaitingReview(currentUser.viewer());
        }
        return waiting;
    }
}
