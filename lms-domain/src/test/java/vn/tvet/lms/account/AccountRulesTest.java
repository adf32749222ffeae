package vn.tvet.lms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionType;

/** The small rules of accounts: usernames, password policy, temporary passwords, role scope. */
class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-09-05T08:00:00Z");

    @Test
    void usernamesAreNormalisedAndRestricted() {
        assertEquals("hpcd.sv01", Usernames.normalise("  HPCD.SV01 "));
        assertEquals("", Usernames.normalise(null));
        assertTrue(Usernames.isValid("hpcd.sv01"));
        assertTrue(Usernames.isValid("nguyen_van-an"));
        assertFalse(Usernames.isValid("ab"), "too short");
        assertFalse(Usernames.isValid("a".repeat(65)), "too long");
        assertFalse(Usernames.isValid("nguyễn"), "no diacritics");
        assertFalse(Usernames.isValid(".hidden"));
        assertFalse(Usernames.isValid("a b c"));
        assertFalse(Usernames.isValid("$(rm -rf)"));
        assertFalse(Usernames.isValid("-leading"));
        assertFalse(Usernames.isValid("../../etc"));
    }

    @Test
    void passwordPolicyNeedsLengthLettersAndDigits() {
        assertTrue(PasswordPolicy.accepts("matkhau2026"));
        assertFalse(PasswordPolicy.accepts("short1"));
        assertFalse(PasswordPolicy.accepts("onlyletters"));
        assertFalse(PasswordPolicy.accepts("1234567890"));
        assertFalse(PasswordPolicy.accepts(null));
        assertFalse(PasswordPolicy.accepts("a1".repeat(65)));
        assertThrows(WeakPasswordException.class, () -> PasswordPolicy.require("weak"));
    }

    @Test
    void temporaryPasswordsPassThePolicyAndDiffer() {
        TemporaryPasswords generator = new TemporaryPasswords();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String password = generator.next();
            assertTrue(PasswordPolicy.accepts(password), password);
            assertFalse(password.matches(".*[0O1lI].*"), "no look-alike characters: " + password);
            seen.add(password);
        }
        assertEquals(500, seen.size());
    }

    @Test
    void institutionalRolesNeedASchoolAndNetworkRolesNone() {
        Person person = new Person("hpcd.gv1", "Nguyễn Văn Đức", null, "hash", false, NOW);
        Institution school = new Institution("HP-CDKT", "Trường Cao đẳng Kỹ thuật Hải Phòng", InstitutionType.COLLEGE,
                "Hải Phòng", NOW);
        assertEquals(school, RoleAssignment.inInstitution(person, school, Role.TEACHER, NOW).getInstitution());
        assertNull(RoleAssignment.acrossNetwork(person, Role.INSPECTOR, NOW).getInstitution());
        assertThrows(IllegalArgumentException.class, () -> RoleAssignment.inInstitution(person, school, Role.INSPECTOR, NOW));
        assertThrows(IllegalArgumentException.class, () -> RoleAssignment.acrossNetwork(person, Role.STUDENT, NOW));
    }

    @Test
    void personNamesAreStoredComposedAndUsernamesValidated() {
        String nfd = Normalizer.normalize("Đỗ Thị Hương", Normalizer.Form.NFD);
        Person person = new Person("hpcd.gv2", "  " + nfd + " ", " ", "hash", true, NOW);
        assertEquals("Đỗ Thị Hương", person.getFullName());
        assertNull(person.getEmail(), "a blank email is no email");
        assertTrue(person.isMustChangePassword());
        assertThrows(InvalidUsernameException.class, () -> new Person("Bad Name", "X", null, "hash", false, NOW));
    }

    @Test
    void rolesAndTypesParseOnlyKnownNames() {
        assertEquals(Role.SCHOOL_ADMIN, Role.parse(" school_admin "));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("ROOT"));
        assertThrows(IllegalArgumentException.class, () -> Role.parse(null));
        assertEquals(InstitutionType.CENTRE, InstitutionType.parse("centre"));
        assertThrows(IllegalArgumentException.class, () -> InstitutionType.parse("university"));
        assertEquals(List.of(Role.STUDENT, Role.TEACHER, Role.SCHOOL_ADMIN),
                List.of(Role.values()).stream().filter(Role::isInstitutional).toList());
    }
}
