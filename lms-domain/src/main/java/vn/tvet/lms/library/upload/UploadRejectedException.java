package vn.tvet.lms.library.upload;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

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
    private final Set<String> allowedExtensions;

    public UploadRejectedException(Reason reason, String detail) {
        this(reason, detail, Set.of());
    }

    /** A refusal that names what would have been accepted, such as the extensions a resource's type takes. */
    public UploadRejectedException(Reason reason, String detail, Set<String> allowedExtensions) {
        super("Upload rejected (" + reason + "): " + detail);
        this.reason = reason;
        this.allowedExtensions = new TreeSet<>(allowedExtensions);
    }

    /** The extensions the resource takes, sorted; empty unless the refusal is about the extension. */
    public Set<String> allowedExtensions() {
        return Collections.unmodifiableSet(allowedExtensions);
    }

    public Reason reason() {
        return reason;
    }
}
