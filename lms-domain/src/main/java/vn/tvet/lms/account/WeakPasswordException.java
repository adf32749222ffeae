package vn.tvet.lms.account;

/** The new password breaks {@link PasswordPolicy}. */
public class WeakPasswordException extends RuntimeException {

    public WeakPasswordException() {
        super("Password does not meet the policy");
    }
}
