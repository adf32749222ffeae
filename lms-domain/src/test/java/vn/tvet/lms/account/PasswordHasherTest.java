package vn.tvet.lms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void matchesOnlyTheHashedPassword() {
        String hash = hasher.hash("Mật-khẩu-2026");
        assertTrue(hasher.matches("Mật-khẩu-2026", hash));
        assertFalse(hasher.matches("Mật-khẩu-2027", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same-password-1"), hasher.hash("same-password-1"));
    }

    @Test
    void recordsAlgorithmAndIterationsSoTheyCanBeRaisedLater() {
        String hash = hasher.hash("password1");
        assertTrue(hash.startsWith("pbkdf2_sha256$1000$"), hash);
        assertEquals(4, hash.split("\\$").length);
        // A hasher configured with more iterations still verifies the old hash.
        assertTrue(new PasswordHasher(2_000).matches("password1", hash));
    }

    @Test
    void generatedPasswordsUseTheCheaperCountButNeverMoreThanConfigured() {
        PasswordHasher production = new PasswordHasher();
        String generated = production.hashGenerated("k7PqWm2xRt");
        assertTrue(generated.startsWith("pbkdf2_sha256$" + PasswordHasher.GENERATED_ITERATIONS + "$"), generated);
        assertTrue(production.matches("k7PqWm2xRt", generated));
        assertTrue(hasher.hashGenerated("k7PqWm2xRt").startsWith("pbkdf2_sha256$1000$"));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(hasher.matches("x", null));
        assertFalse(hasher.matches(null, hasher.hash("x1234567")));
        assertFalse(hasher.matches("x", "plain-text-password"));
        assertFalse(hasher.matches("x", "pbkdf2_sha256$notanumber$AAAA$AAAA"));
        assertFalse(hasher.matches("x", "pbkdf2_sha256$1000$%%%$AAAA"));
        assertFalse(hasher.matches("x", "md5$1$AAAA$AAAA"));
    }

    @Test
    void normalisationFormMattersNotSilently() {
        // Passwords are compared exactly as typed: NFC and NFD differ, as in other systems.
        String nfc = "Đường1234";
        assertTrue(hasher.matches(nfc, hasher.hash(nfc)));
    }
}
