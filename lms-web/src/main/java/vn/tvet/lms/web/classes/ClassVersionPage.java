package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import vn.tvet.lms.classes.ClassVersions;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/** The class page's offer to move the class to a newer published version of its module, after confirmation. */
@Named
@ViewScoped
public class ClassVersionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassPage classPage;

    @Inject
    ClassVersions versions;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private transient Optional<ClassVersions.Move> newer;

    /** What moving to the newest version would do, or null when the class is on it. */
    public ClassVersions.Move getNewer() {
        if (newer == null) {
            newer = versions.newerVersion(currentUser.viewer(), classPage.schoolId(), classPage.classId());
        }
        return newer.orElse(null);
    }

    /** Moves the class to the version the teacher was shown (not a newer one published meanwhile). */
    public String move(int number) {
        return pageActions.call(() -> versions.move(currentUser.viewer(), classPage.schoolId(), classPage.classId(), number))
                .map(move -> {
                    // every section of the page shows the version: read them all again
                    texts.info("classes.moved", move.to(), move.kept());
                    texts.keepForRedirect();
                    return "/classes/class?faces-redirect=true&id=" + classPage.classId();
                }).orElse(null);
    }
}
