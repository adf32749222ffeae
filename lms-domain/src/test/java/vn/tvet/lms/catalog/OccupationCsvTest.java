package vn.tvet.lms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.catalog.OccupationRow.Change;
import vn.tvet.lms.catalog.OccupationRow.RowProblem;
import vn.tvet.lms.importing.CsvFileException;

class OccupationCsvTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final Map<String, Occupation> catalogue = Map.of(
            "6520227", new Occupation("6520227", "Điện công nghiệp", TrainingLevel.COLLEGE, NOW),
            "6340113", new Occupation("6340113", "Logistics", TrainingLevel.COLLEGE, NOW));

    private List<OccupationRow> parse(String csv) {
        return OccupationCsv.parse(new StringReader(csv), code -> Optional.ofNullable(catalogue.get(code)));
    }

    @Test
    void readsLevelsAsPeopleWriteThemAndSaysWhatEachRowChanges() {
        List<OccupationRow> rows = parse("""
                mã nghề;tên nghề;trình độ
                6520227;Điện công nghiệp;Cao đẳng
                5520227;Điện công nghiệp;trung cap
                6340113;Logistics và quản lý chuỗi cung ứng;CAO DANG
                3520227;Điện dân dụng;Sơ cấp
                """);
        assertEquals(4, rows.size());
        assertEquals(List.of(Change.NONE, Change.ADD, Change.UPDATE, Change.ADD), rows.stream().map(OccupationRow::change).toList());
        assertEquals(List.of(TrainingLevel.COLLEGE, TrainingLevel.INTERMEDIATE, TrainingLevel.COLLEGE, TrainingLevel.ELEMENTARY),
                rows.stream().map(OccupationRow::level).toList());
        assertFalse(rows.get(0).importable(), "nothing to change");
        assertTrue(rows.get(1).importable() && rows.get(2).importable() && rows.get(3).importable());
        assertEquals(3, rows.get(1).lineNumber());
    }

    @Test
    void everyProblemIsNamedOnItsRow() {
        List<OccupationRow> rows = parse("""
                6520225,Điện tử công nghiệp,cao đẳng
                6520225,Điện tử công nghiệp (lặp),cao đẳng
                ,Không có mã,trung cấp
                65 20/121,Mã sai,trung cấp
                6520121,,trung cấp
                6520123,Hàn,đại học
                6520124,Thiếu cột
                """);
        assertEquals(List.of(List.of(), List.of(RowProblem.CODE_DUPLICATE_IN_FILE), List.of(RowProblem.CODE_MISSING),
                List.of(RowProblem.CODE_INVALID), List.of(RowProblem.NAME_MISSING), List.of(RowProblem.LEVEL_UNKNOWN),
                List.of(RowProblem.WRONG_COLUMN_COUNT, RowProblem.LEVEL_UNKNOWN)),
                rows.stream().map(OccupationRow::problems).toList());
    }

    @Test
    void decomposedNamesAreStoredComposed() {
        String nfd = java.text.Normalizer.normalize("Quản trị khách sạn", java.text.Normalizer.Form.NFD);
        assertEquals("Quản trị khách sạn", parse("6810201," + nfd + ",cao đẳng").get(0).name());
    }

    @Test
    void anEmptyFileIsRefusedAsAWhole() {
        assertEquals("empty", assertThrows(CsvFileException.class, () -> parse("ma,ten,trinh_do\n")).reason());
    }
}
