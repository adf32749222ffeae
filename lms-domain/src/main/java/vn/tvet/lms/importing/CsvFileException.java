package vn.tvet.lms.importing;

/**
 * An uploaded CSV file that cannot be read as a whole. The reason is a short key ({@code empty},
 * {@code malformed}, {@code tooLarge}, {@code tooManyRows}, {@code unreadable}) that the UI shows as
 * {@code import.file.<reason>}.
 */
public class CsvFileException extends RuntimeException {

    private final String reason;

    public CsvFileException(String reason, Throwable cause) {
        super("CSV file rejected: " + reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
