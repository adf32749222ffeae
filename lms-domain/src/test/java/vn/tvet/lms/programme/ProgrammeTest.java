package vn.tvet.lms.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.catalog.Occupation;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionType;
import vn.tvet.lms.programme.ProgrammeRuleException.Reason;

class ProgrammeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final Programme programme = new Programme(
            new Institution("HP-CDKT", "Trường Cao đẳng Kỹ thuật Hải Phòng", InstitutionType.COLLEGE, "Hải Phòng", NOW),
            new Occupation("6520227", "Điện công nghiệp", TrainingLevel.COLLEGE, NOW), "DCN-CD-2026",
            "Điện công nghiệp, trình độ cao đẳng", 60, NOW);

    @Test
    void totalsFollowTheCoursesAndTellWhetherTheMinimumIsReached() {
        programme.addCourse(new CourseDetails("MH01", "An toàn lao động", CourseKind.SUBJECT, 2, 30, 0), NOW);
        programme.addCourse(new CourseDetails("MĐ01", "Lắp đặt tủ điện", CourseKind.MODULE, 4, 30, 90), NOW);
        assertEquals(6, programme.getTotalCredits());
        assertEquals(60, programme.getTotalTheoryHours());
        assertEquals(90, programme.getTotalPracticeHours());
        assertFalse(programme.isVolumeReached());
        programme.addCourse(new CourseDetails("MĐ02", "Thực tập doanh nghiệp", CourseKind.MODULE, 54, 0, 1200), NOW);
        assertTrue(programme.isVolumeReached());
        assertEquals(TrainingLevel.COLLEGE, programme.getLevel());
    }

    @Test
    void coursesKeepTheirOrderAndMoveOneStepAtATime() {
        programme.addCourse(new CourseDetails("A", "Một", CourseKind.SUBJECT, 1, 15, 0), NOW);
        programme.addCourse(new CourseDetails("B", "Hai", CourseKind.SUBJECT, 1, 15, 0), NOW);
        programme.addCourse(new CourseDetails("C", "Ba", CourseKind.MODULE, 2, 15, 30), NOW);
        programme.moveCourse("C", -1, NOW);
        assertEquals(List.of("A", "C", "B"), codes());
        programme.moveCourse("A", -1, NOW);
        assertEquals(List.of("A", "C", "B"), codes(), "the first stays first");
        programme.moveCourse("A", +1, NOW);
        programme.removeCourse("B", NOW);
        assertEquals(List.of("C", "A"), codes());
    }

    @Test
    void codesAreUniqueAndACourseNeedsHours() {
        programme.addCourse(new CourseDetails("MĐ01", "Lắp đặt tủ điện", CourseKind.MODULE, 4, 30, 90), NOW);
        assertEquals(Reason.COURSE_CODE_TAKEN, assertThrows(ProgrammeRuleException.class, () -> programme.addCourse(
                new CourseDetails("mđ01", "Trùng mã", CourseKind.MODULE, 1, 1, 1), NOW)).reason());
        assertEquals(Reason.NO_HOURS, assertThrows(ProgrammeRuleException.class, () -> programme.addCourse(
                new CourseDetails("MĐ09", "Không giờ", CourseKind.MODULE, 1, 0, 0), NOW)).reason());
        programme.addOutcome("CĐR1", "Lắp đặt được hệ thống điện phân xưởng", NOW);
        assertEquals(Reason.OUTCOME_CODE_TAKEN, assertThrows(ProgrammeRuleException.class,
                () -> programme.addOutcome("cđr1", "Trùng", NOW)).reason());
        assertEquals(Reason.NOT_FOUND_IN_PROGRAMME, assertThrows(ProgrammeRuleException.class,
                () -> programme.removeCourse("KHONG", NOW)).reason());
    }

    @Test
    void coverageShowsWhichCoursesWorkTowardsEachOutcomeAndWhichOutcomesNoneDoes() {
        programme.addOutcome("CĐR1", "Lắp đặt hệ thống điện", NOW);
        programme.addOutcome("CĐR2", "Vận hành an toàn", NOW);
        programme.addOutcome("CĐR3", "Làm việc nhóm", NOW);
        programme.addCourse(new CourseDetails("MH01", "An toàn lao động", CourseKind.SUBJECT, 2, 30, 0), NOW);
        programme.addCourse(new CourseDetails("MĐ01", "Lắp đặt tủ điện", CourseKind.MODULE, 4, 30, 90), NOW);
        programme.coverOutcomes("MH01", java.util.Set.of("CĐR2"), NOW);
        programme.coverOutcomes("MĐ01", java.util.Set.of("CĐR1", "CĐR2"), NOW);

        assertEquals(List.of("MH01", "MĐ01"), programme.getCoverage().get(programme.getOutcomes().get(1)).stream()
                .map(ProgrammeCourse::getCode).toList());
        assertEquals(List.of("CĐR3"), programme.getUncoveredOutcomes().stream().map(ProgrammeOutcome::code).toList());
        assertEquals(Reason.NOT_FOUND_IN_PROGRAMME, assertThrows(ProgrammeRuleException.class,
                () -> programme.coverOutcomes("MH01", java.util.Set.of("CĐR9"), NOW)).reason());

        programme.removeOutcome("CĐR2", NOW);
        assertEquals(java.util.Set.of("CĐR1"), programme.getCourses().get(1).getOutcomeCodes(), "a removed outcome is forgotten");
    }

    private List<String> codes() {
        return programme.getCourses().stream().map(ProgrammeCourse::getCode).toList();
    }
}
