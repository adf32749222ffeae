package vn.tvet.lms.web.classes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tvet.lms.learning.PracticalEvidence;
import vn.tvet.lms.learning.TaskEvidence;
import vn.tvet.lms.web.account.CurrentUser;

/** In the class page's marking form: the files the chosen learner handed in for the chosen task. */
@Named
@RequestScoped
public class ClassEvidencePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassPage classPage;

    @Inject
    PracticalEvidence evidence;

    private List<TaskEvidence> files;

    /** Empty until both a learner and a task are chosen. */
    public List<TaskEvidence> getFiles() {
        if (files == null) {
            files = classPage.getMarkLearner() == null || classPage.getMarkStep() == null ? List.of()
                    : evidence.ofLearner(currentUser.viewer(), classPage.schoolId(), classPage.classId(),
                            classPage.getMarkLearner(), classPage.getMarkStep());
        }
        return files;
    }

    public boolean isChosen() {
        return classPage.getMarkLearner() != null && classPage.getMarkStep() != null;
    }
}
