package vn.tvet.lms.library;

/** An upload refused before anything was recorded; the reason has a message under {@code library.upload.*}. */
public class UploadRejectedException extends RuntimeException {

    /** Why the upload was refused. */
    public enum Reason {
        EMPTY,
        EXTENSION_NOT_ALLOWED,
        CONTENT_MISMATCH,
        TOO_LARGE,
        /** A polyglot: an archive or markup hidden in a file of another type. */
        HIDDEN_CONTENT,
        /** More pixels than a viewer can decode safely (a pixel flood). */
        IMAGE_TOO_LARGE,
        /** A version note longer than {@link UploadRules#MAX_NOTE_LENGTH}: refused before any byte is stored. */
        NOTE_TOO_LONG
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
