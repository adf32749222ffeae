package vn.tvet.lms.library;

/** An upload refused before anything was recorded; the reason has a message under {@code library.upload.*}. */
public class UploadRejectedException extends RuntimeException {

    /** Why the upload was refused. */
    public enum Reason {
        EMPTY,
        EXTENSION_NOT_ALLOWED,
        CONTENT_MISMATCH,
        TOO_LARGE
    }

    private final Reason reason;

    public UploadRejectedException(Reason reason, String detail) {
        super("Upload rejected (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
