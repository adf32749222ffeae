package vn.tvet.lms.web.account;

/** The signed-in person lacks the role the page or action needs in the current school: answered with 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String what) {
        super("Access denied: " + what);
    }
}
