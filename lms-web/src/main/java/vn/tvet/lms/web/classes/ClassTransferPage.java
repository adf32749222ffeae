package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.classes.ClassEnrolment;
import vn.tvet.lms.classes.ClassTransfers;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/** The class page's form for moving one learner to another class of the module, keeping what they completed. */
@Named
@ViewScoped
public class ClassTransferPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassPage classPage;

    @Inject
    ClassTransfers transfers;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private Long learnerId;
    private Long destinationId;
    private transient List<SchoolClass> destinations;

    /** The module's other classes this person runs, not ended. */
    public List<SchoolClass> getDestinations() {
        if (destinations == null) {
            destinations = transfers.destinations(currentUser.viewer(), classPage.schoolId(), classPage.classId());
        }
        return destinations;
    }

    /** The learners in the class now. */
    public List<ClassEnrolment> getLearners() {
        return classPage.getEnrolments().stream().filter(ClassEnrolment::isActive).toList();
    }

    public void move() {
        if (learnerId == null || destinationId == null) {
            texts.error("classes.chooseLearnerAndClass");
            return;
        }
        pageActions.call(() -> transfers.move(currentUser.viewer(), classPage.schoolId(), classPage.classId(), learnerId,
                destinationId)).ifPresent(to -> {
                    texts.info("classes.movedLearner", to.getCode(), to.getVersion().getNumber());
                    learnerId = null;
                    classPage.reload();
                });
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public void setLearnerId(Long learnerId) {
        this.learnerId = learnerId;
    }

    public Long getDestinationId() {
        return destinationId;
    }

    public void setDestinationId(Long destinationId) {
        this.destinationId = destinationId;
    }
}
