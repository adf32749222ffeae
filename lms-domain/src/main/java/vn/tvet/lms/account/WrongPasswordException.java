package vn.tvet.lms.account;

/** The current password given to confirm a change was not the person's password. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException(long personId) {
        super("Wrong current password for person " + personId);
    }
}
