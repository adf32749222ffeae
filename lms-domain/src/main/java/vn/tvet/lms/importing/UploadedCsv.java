package vn.tvet.lms.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as people upload it: at most about 1 MB and {@link #MAX_ROWS} rows, an optional header line
 * (recognised by its first cell), comma- or semicolon-separated (Excel in a Vietnamese locale saves with
 * semicolons), a BOM tolerated. Cells are trimmed, stripped of control characters and cut at
 * {@link #MAX_FIELD_LENGTH}.
 */
public final class UploadedCsv {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_FIELD_LENGTH = 500;
    private static final int MAX_CHARS = 1_000_000;

    /** One data line: its line number in the file and its cells. */
    public record Line(long number, List<String> cells) {

        /** The cell at {@code index}, or an empty string past the end of the line. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private UploadedCsv() {
    }

    /**
     * The uploaded bytes as UTF-8 text, decoded strictly: a file saved in a legacy code page is refused
     * ({@code notUtf8}) instead of importing garbled Vietnamese names.
     */
    public static Reader utf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new CsvFileException("notUtf8", e);
        }
        return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
    }

    /**
     * The data lines of the file; a first line whose first cell is one of {@code headerWords} is skipped.
     *
     * @throws CsvFileException when the file as a whole cannot be read (not CSV, too large, no data)
     */
    public static List<Line> read(Reader text, Set<String> headerWords) {
        String content;
        try {
            content = readBounded(text);
        } catch (IOException e) {
            throw new CsvFileException("unreadable", e);
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(detectDelimiter(content)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                boolean header = first && record.size() > 0
                        && headerWords.contains(record.get(0).strip().toLowerCase(Locale.ROOT));
                first = false;
                if (header) {
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    throw new CsvFileException("tooManyRows", null);
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(clean(cell)));
                lines.add(new Line(parser.getCurrentLineNumber(), List.copyOf(cells)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new CsvFileException("malformed", e);
        }
        if (lines.isEmpty()) {
            throw new CsvFileException("empty", null);
        }
        return lines;
    }

    private static String clean(String cell) {
        // Control characters never belong in a name or a code; they would corrupt logs and exports.
        String value = cell.strip().replaceAll("\\p{Cntrl}", "");
        return value.length() > MAX_FIELD_LENGTH ? value.substring(0, MAX_FIELD_LENGTH) : value;
    }

    private static char detectDelimiter(String content) {
        int end = content.indexOf('\n');
        String firstLine = end < 0 ? content : content.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String readBounded(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.read(buffer)) != -1) {
            text.append(buffer, 0, read);
            if (text.length() > MAX_CHARS) {
                throw new CsvFileException("tooLarge", null);
            }
        }
        return text.toString();
    }
}
