package vn.tvet.lms.account;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tvet.lms.account.StudentRow.RowProblem;

/**
 * Reads the student list a school admin uploads: a header line, then {@code username,full name,email}
 * per line, comma- or semicolon-separated (Excel in a Vietnamese locale saves with semicolons). Header
 * names may be Vietnamese ({@code ma_nguoi_hoc, ho_ten, email}) or English. Every row is returned with
 * its problems, so the preview can show exactly what is wrong and where.
 */
public final class StudentCsv {

    /** Bounds what one upload may hold, so a huge file is refused instead of filling memory. */
    public static final int MAX_ROWS = 5_000;
    public static final int MAX_FIELD_LENGTH = 500;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> HEADER_WORDS = Set.of("username", "ma_nguoi_hoc", "ten_dang_nhap", "ma_sv");

    private StudentCsv() {
    }

    /**
     * Parses the text; {@code taken} says which usernames already exist in the installation.
     *
     * @throws StudentCsvException when the file as a whole cannot be read (not CSV, too many rows)
     */
    public static List<StudentRow> parse(Reader text, Predicate<String> taken) {
        String content;
        try {
            content = readBounded(text);
        } catch (IOException e) {
            throw new StudentCsvException("unreadable", e);
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        char delimiter = detectDelimiter(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<StudentRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    first = false;
                    if (looksLikeHeader(record)) {
                        continue;
                    }
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new StudentCsvException("tooManyRows", null);
                }
                rows.add(readRow(record, seen, taken));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new StudentCsvException("malformed", e);
        }
        if (rows.isEmpty()) {
            throw new StudentCsvException("empty", null);
        }
        return rows;
    }

    private static StudentRow readRow(CSVRecord record, Set<String> seen, Predicate<String> taken) {
        List<RowProblem> problems = new ArrayList<>();
        if (record.size() < 2 || record.size() > 3) {
            problems.add(RowProblem.WRONG_COLUMN_COUNT);
        }
        String username = Usernames.normalise(field(record, 0));
        String fullName = Normalizer.normalize(field(record, 1), Normalizer.Form.NFC);
        String email = field(record, 2);
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
        return new StudentRow(record.getParser().getCurrentLineNumber(), username, fullName, email, problems);
    }

    private static String field(CSVRecord record, int index) {
        if (index >= record.size()) {
            return "";
        }
        String value = record.get(index).strip();
        // Control characters never belong in a name or an address; they would corrupt logs and exports.
        value = value.replaceAll("\\p{Cntrl}", "");
        return value.length() > MAX_FIELD_LENGTH ? value.substring(0, MAX_FIELD_LENGTH) : value;
    }

    private static boolean looksLikeHeader(CSVRecord record) {
        return record.size() > 0 && HEADER_WORDS.contains(record.get(0).strip().toLowerCase(Locale.ROOT));
    }

    private static char detectDelimiter(String content) {
        int end = content.indexOf('\n');
        String firstLine = end < 0 ? content : content.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** At most about 1 MB of text: 5,000 rows of realistic length fit in well under that. */
    private static String readBounded(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.read(buffer)) != -1) {
            text.append(buffer, 0, read);
            if (text.length() > 1_000_000) {
                throw new StudentCsvException("tooLarge", null);
            }
        }
        return text.toString();
    }
}
