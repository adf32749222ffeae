package vn.tvet.lms.account;

/** Usernames are unique across the installation, since one person may belong to several schools. */
public class UsernameTakenException extends RuntimeException {

    private final String username;

    public UsernameTakenException(String username) {
        super("Username already taken: " + username);
        this.username = username;
    }

    public String username() {
        return username;
    }
}
