package vn.tvet.lms.web.classes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.courseware.LibraryItemTitles;

/**
 * The class's progress grid as a CSV file for a spreadsheet: one row per learner in the class, a column per
 * activity. Only the people who run the class get it (the use case checks), and only this class's learners.
 */
@Named
@RequestScoped
public class ClassGridDownload {

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassLearning learning;

    @Inject
    ClassPage classPage;

    @Inject
    LibraryItemTitles titles;

    public StreamedContent getCsv() {
        ClassLearning.ClassGrid grid = learning.grid(currentUser.viewer(), classPage.schoolId(), classPage.classId());
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(List.of("ma_nguoi_hoc", "ho_ten", "da_xong", "so_hoat_dong"));
            for (LessonStep step : grid.steps()) {
                header.add((step.lesson() + 1) + "." + (step.activity() + 1) + " " + titles.ofActivity(step.content()));
            }
            printer.printRecord(header.stream().map(ClassGridDownload::cell).toList());
            for (ClassLearning.ClassGrid.Row row : grid.rows()) {
                List<String> cells = new ArrayList<>(List.of(cell(row.learner().getUsername()),
                        cell(row.learner().getFullName()), String.valueOf(row.done()), String.valueOf(grid.steps().size())));
                row.completed().forEach(done -> cells.add(done ? "x" : ""));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        // A byte-order mark so Excel opens the Vietnamese names as UTF-8.
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        String name = ("tien-do-" + classPage.getSchoolClass().getCode()).replaceAll("[^A-Za-z0-9.-]", "_") + ".csv";
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** A spreadsheet reads a cell starting with = + - @ as a formula: such text is kept as text. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
