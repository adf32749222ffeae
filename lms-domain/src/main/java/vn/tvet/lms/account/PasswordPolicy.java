package vn.tvet.lms.account;

/** At least 8 characters with a letter and a digit; at most 128 so hashing cost stays bounded. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static boolean accepts(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return false;
        }
        return password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
    }

    public static void require(String password) {
        if (!accepts(password)) {
            throw new WeakPasswordException();
        }
    }
}
