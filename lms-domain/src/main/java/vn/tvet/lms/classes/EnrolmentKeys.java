package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Class keys: eight characters that are easy to read aloud and type (no 0/O, 1/I/L). */
@ApplicationScoped
public class EnrolmentKeys {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder key = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }
}
