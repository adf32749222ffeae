package vn.tvet.lms.account;

/** A username must be 3 to 64 ASCII letters, digits, dots, underscores or hyphens. */
public class InvalidUsernameException extends RuntimeException {

    public InvalidUsernameException(String username) {
        super("Invalid username: " + username);
    }
}
