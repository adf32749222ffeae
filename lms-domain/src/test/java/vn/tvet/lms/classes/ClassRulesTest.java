package vn.tvet.lms.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.fakes.Entities.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.classes.ClassRuleException.Reason;

/** The rules of one class and one enrolment, without a database. */
class ClassRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Person person(long id, String name) {
        return withId(new Person("nguoi.dung" + id, name, null, "h", false, NOW), id);
    }

    @Test
    void detailsAreNormalisedAndCheckedWhereverTheyComeFrom() {
        ClassDetails details = new ClassDetails("  dcn-k24a/mđ07 ", "  Lớp Điện K24A ", START, START.plusMonths(4));
        assertEquals("DCN-K24A/MĐ07", details.code());
        assertEquals("Lớp Điện K24A", details.name());
        assertEquals(Reason.BAD_CODE, assertThrows(ClassRuleException.class,
                () -> new ClassDetails("K24 A", "Lớp", START, START)).reason(), "no spaces in codes");
        assertEquals(Reason.BAD_CODE, assertThrows(ClassRuleException.class,
                () -> new ClassDetails("<script>", "Lớp", START, START)).reason());
        assertEquals(Reason.BAD_CODE, assertThrows(ClassRuleException.class,
                () -> new ClassDetails("X".repeat(31), "Lớp", START, START)).reason());
        assertEquals(Reason.BAD_NAME, assertThrows(ClassRuleException.class,
                () -> new ClassDetails("K24A", "   ", START, START)).reason());
        assertEquals(Reason.DATES_REQUIRED, assertThrows(ClassRuleException.class,
                () -> new ClassDetails("K24A", "Lớp", null, START)).reason());
        assertEquals(Reason.ENDS_BEFORE_START, assertThrows(ClassRuleException.class,
                () -> new ClassDetails("K24A", "Lớp", START, START.minusDays(1))).reason());
        assertEquals(START, new ClassDetails("K24A", "Lớp một ngày", START, START).endsOn(), "a one-day class is fine");
    }

    @Test
    void aClassKeepsAtLeastOneTeacherAndCountsEachOnce() {
        SchoolClass schoolClass = new SchoolClass();
        Person first = person(1, "Giáo Viên Một");
        Person second = person(2, "Giáo Viên Hai");
        assertTrue(schoolClass.addTeacher(first));
        assertFalse(schoolClass.addTeacher(person(1, "Giáo Viên Một")), "the same person twice is one teacher");
        assertTrue(schoolClass.addTeacher(second));
        assertTrue(schoolClass.isTaughtBy(2));
        assertTrue(schoolClass.removeTeacher(1));
        assertFalse(schoolClass.isTaughtBy(1));
        assertEquals(Reason.LAST_TEACHER, assertThrows(ClassRuleException.class, () -> schoolClass.removeTeacher(2)).reason());
        assertFalse(schoolClass.removeTeacher(99), "someone who does not teach it changes nothing");
    }

    @Test
    void aClassEndsAfterItsLastDay() {
        SchoolClass schoolClass = new SchoolClass();
        schoolClass.describe(new ClassDetails("K24A", "Lớp", START, START.plusDays(10)));
        assertFalse(schoolClass.hasEnded(START.plusDays(10)), "the last day still counts");
        assertTrue(schoolClass.hasEnded(START.plusDays(11)));
    }

    @Test
    void withdrawingKeepsTheEnrolmentAndEnrollingAgainReopensIt() {
        Person teacher = person(1, "Giáo Viên");
        ClassEnrolment enrolment = new ClassEnrolment(new SchoolClass(), person(5, "Người Học"), teacher, NOW);
        assertTrue(enrolment.isActive());
        assertFalse(enrolment.rejoin(teacher, NOW), "already in the class");
        assertTrue(enrolment.withdraw(teacher, NOW.plusSeconds(60)));
        assertFalse(enrolment.withdraw(teacher, NOW.plusSeconds(120)), "leaving twice is leaving once");
        assertEquals(NOW.plusSeconds(60), enrolment.getWithdrawnAt());
        assertTrue(enrolment.rejoin(null, NOW.plusSeconds(180)));
        assertTrue(enrolment.isActive());
        assertEquals(null, enrolment.getEnrolledBy(), "joined again with the key");
    }

    @Test
    void keysAreEightUnambiguousCharacters() {
        EnrolmentKeys keys = new EnrolmentKeys();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = keys.next();
            assertTrue(key.matches("[A-HJKMNP-Z2-9]{8}"), key);
            seen.add(key);
        }
        assertEquals(1000, seen.size(), "keys do not repeat in practice");
    }
}
