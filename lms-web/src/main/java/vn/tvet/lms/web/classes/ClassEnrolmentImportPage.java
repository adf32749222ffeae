package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.EnrolmentRow;

/** Enrolling a module class's learners from a file. */
@Named
@ViewScoped
public class ClassEnrolmentImportPage extends EnrolmentImport {

    private static final long serialVersionUID = 1L;

    @Inject
    ClassTeaching teaching;

    @Inject
    ClassPage classPage;

    @Override
    List<EnrolmentRow> preview(Reader csv) {
        return teaching.previewEnrolment(currentUser.viewer(), classPage.schoolId(), classPage.classId(), csv);
    }

    @Override
    Optional<Integer> enrol(List<Long> learners) {
        return pageActions.call(() -> teaching.enrol(currentUser.viewer(), classPage.schoolId(), classPage.classId(),
                learners));
    }

    @Override
    void enrolled() {
        classPage.reload();
    }
}
