package vn.tvet.lms.web.classes;

import jakarta.inject.Inject;
import java.io.Reader;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import vn.tvet.lms.classes.EnrolmentRow;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.CsvPreviews;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * Enrolling learners from a file, in the import style of the school's student list: a preview with every line's
 * learner or problem, then enrolling the good lines; the skipped lines stay listed with why. A module class and a
 * programme class each say how they preview and enrol.
 */
abstract class EnrolmentImport implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 1024 * 1024;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String fileName;
    private List<EnrolmentRow> rows = List.of();
    private List<EnrolmentRow> skipped = List.of();

    /** What every line of the file names, nothing written. */
    abstract List<EnrolmentRow> preview(Reader csv);

    /** Enrols the learners; how many joined, empty when refused (the refusal shown). */
    abstract Optional<Integer> enrol(List<Long> learners);

    /** After enrolling: the page reads its lists again. */
    abstract void enrolled();

    public void upload(FileUploadEvent event) {
        skipped = List.of();
        rows = List.of();
        fileName = event.getFile().getFileName();
        rows = CsvPreviews.read(event, MAX_BYTES, texts, this::preview);
    }

    public void enrolRows() {
        List<Long> learners = rows.stream().filter(EnrolmentRow::importable).map(EnrolmentRow::personId)
                .filter(Objects::nonNull).toList();
        if (learners.isEmpty()) {
            texts.error("import.nothingToImport");
            return;
        }
        enrol(learners).ifPresent(joined -> {
            skipped = rows.stream().filter(row -> !row.importable()).toList();
            rows = List.of();
            if (skipped.isEmpty()) {
                texts.info("classes.enrolled", joined);
            } else {
                texts.warn("classes.enrolledWithSkipped", joined, skipped.size());
            }
            enrolled();
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
