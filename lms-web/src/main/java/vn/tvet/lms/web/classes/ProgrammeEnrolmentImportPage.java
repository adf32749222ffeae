package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.classes.EnrolmentRow;
import vn.tvet.lms.classes.ProgrammeClassTeaching;

/** Enrolling a programme class's learners (and so each of its module classes) from a file. */
@Named
@ViewScoped
public class ProgrammeEnrolmentImportPage extends EnrolmentImport {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeClassTeaching teaching;

    @Inject
    ProgrammeClassPage programmeClassPage;

    @Override
    List<EnrolmentRow> preview(Reader csv) {
        return teaching.previewEnrolment(currentUser.viewer(), programmeClassPage.schoolId(),
                programmeClassPage.programmeClassId(), csv);
    }

    @Override
    Optional<Integer> enrol(List<Long> learners) {
        return pageActions.call(() -> teaching.enrol(currentUser.viewer(), programmeClassPage.schoolId(),
                programmeClassPage.programmeClassId(), learners));
    }

    @Override
    void enrolled() {
        programmeClassPage.refresh();
    }
}
