package vn.tvet.lms.xapi;

/** The client's credentials do not allow this (writing with read-only credentials, or the reverse): 403. */
public class LrsForbiddenException extends RuntimeException {

    public LrsForbiddenException(String action) {
        super("these credentials may not " + action);
    }
}
