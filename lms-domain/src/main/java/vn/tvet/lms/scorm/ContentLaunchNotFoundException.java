package vn.tvet.lms.scorm;

/** A launch token that is unknown, expired, or whose learner no longer studies in the class: answered 404. */
public class ContentLaunchNotFoundException extends RuntimeException {

    public ContentLaunchNotFoundException(String detail) {
        super("No such content launch: " + detail);
    }
}
