package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;

/**
 * Class keys: eight characters that are easy to read aloud and type (no 0/O, 1/I/L), unique in the school across
 * module and programme classes, so a key typed on "Học tập" names one class.
 */
@ApplicationScoped
public class EnrolmentKeys {

    @Inject
    Classes classes;

    @Inject
    ProgrammeClasses cohorts;

    /** A key no class of the school has. */
    String unusedIn(long schoolId) {
        String key;
        do {
            key = next();
        } while (classes.byKey(schoolId, key).isPresent() || cohorts.byKey(schoolId, key).isPresent());
        return key;
    }

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
