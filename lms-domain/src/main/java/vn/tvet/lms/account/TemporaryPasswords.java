package vn.tvet.lms.account;

import java.security.SecureRandom;

/**
 * Generates the one-time passwords an admin hands out at account creation, reset and CSV import.
 * The alphabet leaves out look-alikes (0/O, 1/l/I) because the passwords are often read off paper.
 */
public final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    /** Gives the person a new temporary password, to be changed at their next sign-in, and returns it once. */
    public IssuedPassword issueTo(Person person, PasswordHasher hasher, java.time.Instant now) {
        String password = next();
        person.setPassword(hasher.hashGenerated(password), true, now);
        return new IssuedPassword(person.getId(), person.getUsername(), person.getFullName(), password);
    }

    public String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 2; i++) {
            password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        // Two digits at random places so every temporary password passes PasswordPolicy.
        for (int i = 0; i < 2; i++) {
            password.insert(random.nextInt(password.length() + 1), DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        return password.toString();
    }
}
