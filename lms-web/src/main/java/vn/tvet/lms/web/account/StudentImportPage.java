package vn.tvet.lms.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tvet.lms.account.IssuedPassword;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.SchoolMembers;
import vn.tvet.lms.account.StudentRow;
import vn.tvet.lms.account.UsernameTakenException;
import vn.tvet.lms.web.platform.CsvPreviews;
import vn.tvet.lms.web.platform.Texts;

/**
 * CSV import of students: upload, preview with every row's problems, import the good rows in one
 * transaction, then hand out the temporary passwords once (on screen and as a CSV download).
 */
@Named
@ViewScoped
public class StudentImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest student file accepted: about 5,000 rows of realistic length. */
    public static final long MAX_BYTES = 1_000_000;

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolMembers schoolMembers;

    @Inject
    Texts texts;

    private long institutionId;
    private String fileName;
    private List<StudentRow> rows = List.of();
    private List<IssuedPassword> issued = List.of();
    /** The rows an import left out, kept with their reasons after the preview is gone. */
    private List<StudentRow> skipped = List.of();

    @PostConstruct
    void init() {
        institutionId = currentUser.requireSchoolRole(Role.SCHOOL_ADMIN);
    }

    public void upload(FileUploadEvent event) {
        issued = List.of();
        skipped = List.of();
        rows = List.of();
        fileName = event.getFile().getFileName();
        rows = CsvPreviews.read(event, MAX_BYTES, texts, schoolMembers::previewStudents);
    }

    public void importRows() {
        if (getImportableCount() == 0) {
            texts.error("import.nothingToImport");
            return;
        }
        try {
            issued = schoolMembers.importStudents(currentUser.viewer(), institutionId, rows);
        } catch (UsernameTakenException e) {
            texts.error("import.usernameTakenMeanwhile", e.username());
            return;
        }
        skipped = rows.stream().filter(row -> !row.importable()).toList();
        if (skipped.isEmpty()) {
            texts.info("import.done", issued.size());
        } else {
            texts.warn("import.doneWithSkipped", issued.size(), skipped.size());
        }
        rows = List.of();
    }

    /** The temporary passwords as CSV, for printing slips; available only right after the import. */
    public StreamedContent getPasswordsCsv() {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord("ma_nguoi_hoc", "ho_ten", "mat_khau_tam");
            for (IssuedPassword password : issued) {
                printer.printRecord(password.username(), password.fullName(), password.temporaryPassword());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        // A byte-order mark so Excel opens the Vietnamese names as UTF-8.
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("mat-khau-tam.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }


    public String getSubmitLabel() {
        return texts.get("import.submit", getImportableCount());
    }

    public String getConfirmText() {
        return texts.get("import.confirm", getImportableCount());
    }

    public long getImportableCount() {
        return rows.stream().filter(StudentRow::importable).count();
    }

    public long getProblemCount() {
        return rows.size() - getImportableCount();
    }

    public String problemsOf(StudentRow row) {
        return String.join("; ", row.problems().stream().map(p -> texts.get("import.problem." + p.name())).toList());
    }

    /** What happened to the row's code on the way in, when it is stored otherwise than typed. */
    public String noteOf(StudentRow row) {
        return row.usernameNormalised() ? texts.get("import.usernameNormalised", row.username()) : "";
    }

    public List<StudentRow> getSkipped() {
        return skipped;
    }

    public String getFileName() {
        return fileName;
    }

    public List<StudentRow> getRows() {
        return rows;
    }

    public List<IssuedPassword> getIssued() {
        return issued;
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }
}
