package vn.tvet.lms.library.packaging;

/**
 * A package (HTML5, SCORM, cmi5, simulation) refused while unpacking, before anything was recorded. Each reason
 * has a message under {@code library.package.*}.
 */
public class PackageRejectedException extends RuntimeException {

    /** What was wrong with the archive or its manifest. */
    public enum Reason {
        NOT_A_ZIP,
        UNSAFE_PATH,
        SYMLINK,
        TOO_MANY_ENTRIES,
        TOO_LARGE,
        COMPRESSION_RATIO,
        NO_MANIFEST,
        MANIFEST_IN_SUBFOLDER,
        MANIFEST_MALFORMED,
        MANIFEST_NO_ORGANIZATION,
        NO_ENTRY_POINT,
        NO_COURSE_STRUCTURE,
        COURSE_STRUCTURE_INVALID
    }

    private final Reason reason;

    public PackageRejectedException(Reason reason, String detail) {
        super("Package rejected (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
