package vn.tvet.lms.account;

import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.tvet.lms.account.StudentRow.RowProblem;
import vn.tvet.lms.importing.CsvFileException;
import vn.tvet.lms.importing.UploadedCsv;

/**
 * Reads the student list a school admin uploads ({@link UploadedCsv}): an optional header line, then
 * {@code username,full name,email} per line. Header names may be Vietnamese ({@code ma_nguoi_hoc, ho_ten,
 * email}) or English. Every row is returned with its problems, so the preview can show exactly what is
 * wrong and where.
 */
public final class StudentCsv {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> HEADER_WORDS = Set.of("username", "ma_nguoi_hoc", "ten_dang_nhap", "ma_sv");

    private StudentCsv() {
    }

    /**
     * Parses the text; {@code taken} says which usernames already exist in the installation.
     *
     * @throws CsvFileException when the file as a whole cannot be read (not CSV, too many rows)
     */
    public static List<StudentRow> parse(Reader text, Predicate<String> taken) {
        Set<String> seen = new HashSet<>();
        return UploadedCsv.read(text, HEADER_WORDS).stream().map(line -> readRow(line, seen, taken)).toList();
    }

    private static StudentRow readRow(UploadedCsv.Line line, Set<String> seen, Predicate<String> taken) {
        List<RowProblem> problems = new ArrayList<>();
        if (line.cells().size() < 2 || line.cells().size() > 3) {
            problems.add(RowProblem.WRONG_COLUMN_COUNT);
        }
        String username = Usernames.normalise(line.cell(0));
        String fullName = Normalizer.normalize(line.cell(1), Normalizer.Form.NFC);
        String email = line.cell(2);
        if (username.isEmpty()) {
            problems.add(RowProblem.USERNAME_MISSING);
        } else if (!Usernames.isValid(username)) {
            problems.add(RowProblem.USERNAME_INVALID);
        } else if (!seen.add(username)) {
            problems.add(RowProblem.USERNAME_DUPLICATE_IN_FILE);
        } else if (taken.test(username)) {
            problems.add(RowProblem.USERNAME_TAKEN);
        }
        if (fullName.isEmpty()) {
            problems.add(RowProblem.NAME_MISSING);
        } else if (fullName.length() > 200) {
            problems.add(RowProblem.NAME_TOO_LONG);
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(RowProblem.EMAIL_INVALID);
        }
        return new StudentRow(line.number(), username, fullName, email, problems, line.cell(0));
    }
}
