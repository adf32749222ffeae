package vn.tvet.lms.web.classes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.courseware.LibraryItemTitles;

/**
 * The class's progress grid as a CSV file or an Excel workbook: one row per learner in the class, a column per
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
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            for (List<String> row : table()) {
                printer.printRecord(row.stream().map(ClassGridDownload::cell).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        // A byte-order mark so Excel opens the Vietnamese names as UTF-8.
        return download(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), ".csv", "text/csv; charset=UTF-8");
    }

    public StreamedContent getXlsx() {
        return download(xlsx(table(), classPage.getSchoolClass().getCode()), ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /** The grid as rows of text: a header, then one row per learner (done marked "x"). */
    private List<List<String>> table() {
        ClassLearning.ClassGrid grid = learning.grid(currentUser.viewer(), classPage.schoolId(), classPage.classId());
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("ma_nguoi_hoc", "ho_ten", "da_xong", "so_hoat_dong", "qua_han"));
        for (LessonStep step : grid.steps()) {
            header.add((step.lesson() + 1) + "." + (step.activity() + 1) + " " + titles.ofActivity(step.content()));
        }
        table.add(header);
        for (ClassLearning.ClassGrid.Row row : grid.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.learner().getUsername(), row.learner().getFullName(),
                    String.valueOf(row.done()), String.valueOf(grid.steps().size()), String.valueOf(row.overdue())));
            row.completed().forEach(done -> cells.add(done ? "x" : ""));
            table.add(cells);
        }
        return table;
    }

    /**
     * Rows of text as an Excel workbook: the header bold and frozen, counts as numbers. Text cells are stored as
     * text, so nothing a learner typed can become a formula.
     */
    static byte[] xlsx(List<List<String>> table, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = cells.get(c);
                    if (r > 0 && c >= 2 && c <= 4) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        cell.setCellValue(value);
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            for (int c = 0; c < Math.min(table.get(0).size(), 2); c++) {
                sheet.setColumnWidth(c, 24 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
    }

    private StreamedContent download(byte[] bytes, String extension, String type) {
        String name = ("tien-do-" + classPage.getSchoolClass().getCode()).replaceAll("[^A-Za-z0-9.-]", "_") + extension;
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** A spreadsheet reads a cell starting with = + - @ as a formula: such text is kept as text. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
