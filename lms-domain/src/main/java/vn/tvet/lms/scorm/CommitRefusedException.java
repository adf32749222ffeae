package vn.tvet.lms.scorm;

/**
 * A commit not stored, with the SCORM error code the API answers the SCO: a value outside its element's vocabulary,
 * type or length (the element is named), a commit from a frame opened before a newer one, or to an attempt that is
 * over. Nothing of the commit is kept.
 */
public class CommitRefusedException extends RuntimeException {

    /** SCORM 2004 "general commit failure". */
    public static final int COMMIT_FAILURE_2004 = 391;
    /** SCORM 1.2 "general exception". */
    public static final int GENERAL_12 = 101;

    private final int errorCode;
    private final String element;

    public CommitRefusedException(int errorCode, String element, String detail) {
        super("Commit refused (" + errorCode + (element == null ? "" : ", " + element) + "): " + detail);
        this.errorCode = errorCode;
        this.element = element;
    }

    public int errorCode() {
        return errorCode;
    }

    public String element() {
        return element;
    }
}
