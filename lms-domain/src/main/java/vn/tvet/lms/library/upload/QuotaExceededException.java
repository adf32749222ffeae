package vn.tvet.lms.library.upload;

/** An upload that would take a person past their storage quota or their number of open uploads. */
public class QuotaExceededException extends RuntimeException {

    /** Which limit was reached; each has a message in the UI bundles under {@code library.quota.*}. */
    public enum Kind {
        STORAGE,
        OPEN_UPLOADS
    }

    private final Kind kind;
    private final long limit;

    public QuotaExceededException(Kind kind, long limit) {
        super("Quota reached: " + kind + " limit " + limit);
        this.kind = kind;
        this.limit = limit;
    }

    public Kind kind() {
        return kind;
    }

    public long limit() {
        return limit;
    }
}
