package vn.tvet.lms.account;

/**
 * A student file that cannot be read as a whole. The reason is a short key ({@code empty}, {@code malformed},
 * {@code tooLarge}, {@code tooManyRows}, {@code unreadable}) that the UI shows as {@code import.file.<reason>}.
 */
public class StudentCsvException extends RuntimeException {

    private final String reason;

    public StudentCsvException(String reason, Throwable cause) {
        super("Student CSV rejected: " + reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
