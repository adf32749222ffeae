package vn.tvet.lms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.StudentRow.RowProblem;
import vn.tvet.lms.importing.CsvFileException;

class StudentCsvTest {

    private static List<StudentRow> parse(String text, String... taken) {
        Set<String> existing = Set.of(taken);
        return StudentCsv.parse(new StringReader(text), existing::contains);
    }

    @Test
    void readsVietnameseHeaderAndRows() {
        List<StudentRow> rows = parse("""
                ma_nguoi_hoc,ho_ten,email
                HP24001,Nguyễn Thị Hoa,hoa@example.vn
                hp24002,Trần Văn Bình,
                """);
        assertEquals(2, rows.size());
        assertEquals("hp24001", rows.get(0).username(), "usernames are lower-cased");
        assertEquals("Nguyễn Thị Hoa", rows.get(0).fullName());
        assertEquals(2, rows.get(0).lineNumber());
        assertTrue(rows.stream().allMatch(StudentRow::importable));
    }

    @Test
    void semicolonSeparatedFilesFromExcelWithByteOrderMark() {
        List<StudentRow> rows = parse("\uFEFFma_nguoi_hoc;ho_ten;email\nsv001;Lê Văn An;an@example.vn\n");
        assertEquals(1, rows.size());
        assertEquals("sv001", rows.get(0).username());
        assertTrue(rows.get(0).importable());
    }

    @Test
    void reportsEveryProblemPerRow() {
        List<StudentRow> rows = parse("""
                username,full name,email
                ,Không Mã,
                bad name!,Tên Sai,
                sv01,Hai Lần,
                sv01,Hai Lần Nữa,
                taken1,Đã Có,
                sv02,,not-an-email
                sv03,Thừa Cột,a@b.vn,extra
                """, "taken1");
        assertEquals(List.of(RowProblem.USERNAME_MISSING), rows.get(0).problems());
        assertEquals(List.of(RowProblem.USERNAME_INVALID), rows.get(1).problems());
        assertTrue(rows.get(2).importable());
        assertEquals(List.of(RowProblem.USERNAME_DUPLICATE_IN_FILE), rows.get(3).problems());
        assertEquals(List.of(RowProblem.USERNAME_TAKEN), rows.get(4).problems());
        assertEquals(List.of(RowProblem.NAME_MISSING, RowProblem.EMAIL_INVALID), rows.get(5).problems());
        assertEquals(List.of(RowProblem.WRONG_COLUMN_COUNT), rows.get(6).problems());
    }

    @Test
    void decomposedNamesAreStoredComposed() {
        String nfd = Normalizer.normalize("Phạm Thị Ngọc", Normalizer.Form.NFD);
        List<StudentRow> rows = parse("ma_nguoi_hoc,ho_ten\nsv10," + nfd + "\n");
        assertEquals("Phạm Thị Ngọc", rows.get(0).fullName());
    }

    @Test
    void fileWithoutHeaderStillReadsFirstLineAsData() {
        assertEquals(2, parse("sv1x,Một\nsv2x,Hai\n").size());
    }

    @Test
    void controlCharactersAreRemovedFromFields() {
        List<StudentRow> rows = parse("ma_nguoi_hoc,ho_ten\nsv20,\"Tên\u0007 Có\u0000 Ký tự lạ\"\n");
        assertEquals("Tên Có Ký tự lạ", rows.get(0).fullName());
    }

    @Test
    void wholeFileProblemsAreReportedByReason() {
        assertEquals("empty", assertThrows(CsvFileException.class, () -> parse("ma_nguoi_hoc,ho_ten\n")).reason());
        assertEquals("empty", assertThrows(CsvFileException.class, () -> parse("")).reason());
        assertEquals("malformed",
                assertThrows(CsvFileException.class, () -> parse("a,b\nsv1,\"unclosed\n")).reason());
        StringBuilder many = new StringBuilder("ma_nguoi_hoc,ho_ten\n");
        for (int i = 0; i <= vn.tvet.lms.importing.UploadedCsv.MAX_ROWS; i++) {
            many.append("s").append(i).append("xx,N\n");
        }
        assertEquals("tooManyRows", assertThrows(CsvFileException.class, () -> parse(many.toString())).reason());
        String huge = "x".repeat(1_000_001);
        assertEquals("tooLarge", assertThrows(CsvFileException.class, () -> parse(huge)).reason());
    }
}
