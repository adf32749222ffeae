package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.EnrolmentRow;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.CsvPreviews;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * Enrolling a class's learners from a file, in the import style of the school's student list: a preview with
 * every line's learner or problem, then enrolling the good lines; the skipped lines stay listed with why.
 */
@Named
@ViewScoped
public class ClassEnrolmentImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 1024 * 1024;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassTeaching teaching;

    @Inject
    ClassPage classPage;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String fileName;
    private List<EnrolmentRow> rows = List.of();
    private List<EnrolmentRow> skipped = List.of();

    public void upload(FileUploadEvent event) {
        skipped = List.of();
        rows = List.of();
        fileName = event.getFile().getFileName();
        rows = CsvPreviews.read(event, MAX_BYTES, texts,
                csv -> teaching.previewEnrolment(currentUser.viewer(), classPage.schoolId(), classPage.classId(), csv));
    }

    public void enrolRows() {
        List<Long> learners = rows.stream().filter(EnrolmentRow::importable).map(EnrolmentRow::personId)
                .filter(Objects::nonNull).toList();
        if (learners.isEmpty()) {
            texts.error("import.nothingToImport");
            return;
        }
        pageActions.call(() -> teaching.enrol(currentUser.viewer(), classPage.schoolId(), classPage.classId(), learners))
                .ifPresent(joined -> {
                    skipped = rows.stream().filter(row -> !row.importable()).toList();
                    rows = List.of();
                    if (skipped.isEmpty()) {
                        texts.info("classes.enrolled", joined);
                    } else {
                        texts.warn("classes.enrolledWithSkipped", joined, skipped.size());
                    }
                    classPage.reload();
                });
    }

    public String problemOf(EnrolmentRow row) {
        return row.problem() == null ? "" : texts.get("classes.fileProblem." + row.problem());
    }

    public long getImportableCount() {
        return rows.stream().filter(EnrolmentRow::importable).count();
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public String getFileName() {
        return fileName;
    }

    public List<EnrolmentRow> getRows() {
        return rows;
    }

    public List<EnrolmentRow> getSkipped() {
        return skipped;
    }
}
