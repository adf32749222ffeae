package vn.tvet.lms.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LmsRulesTest {

    private final PackageStructure.Item sco12 = PackageStructureTest.read(PackageStructureTest.SCORM_12).item("sco1").orElseThrow();
    private final PackageStructure.Item sco2004 = PackageStructureTest.read(PackageStructureTest.SCORM_2004).launchable().get(0);
    private final PackageStructure.Item plain2004 = new PackageStructure.Item("s", "S", 0, true, "s.html", true, null, null,
            null, null, null, null, false, false, null);

    @Test
    void aScorm12ScoStartsNotAttemptedWithWhatTheManifestSays() {
        Map<String, String> values = LmsRules.initialValues(ScormVersion.SCORM_12, sco12, Map.of(), "hv.an", "Nguyễn Văn An",
                "ab-initio", 0);
        assertEquals("not attempted", values.get("cmi.core.lesson_status"));
        assertEquals("ab-initio", values.get("cmi.core.entry"));
        assertEquals("credit", values.get("cmi.core.credit"));
        assertEquals("normal", values.get("cmi.core.lesson_mode"));
        assertEquals("80", values.get("cmi.student_data.mastery_score"));
        assertEquals("mode=exam", values.get("cmi.launch_data"));
        assertEquals("0000:00:00.00", values.get("cmi.core.total_time"));
        assertEquals("hv.an", values.get("cmi.core.student_id"));
    }

    @Test
    void aResumedSessionGetsItsDataBackButNotTheLastExitOrSessionTime() {
        Map<String, String> values = LmsRules.initialValues(ScormVersion.SCORM_2004, sco2004, Map.of("cmi.suspend_data", "p=4",
                "cmi.location", "4", "cmi.exit", "suspend", "cmi.session_time", "PT5M"), "hv.an", "An", "resume", 300);
        assertEquals("p=4", values.get("cmi.suspend_data"));
        assertEquals("resume", values.get("cmi.entry"));
        assertEquals("PT0H5M0S", values.get("cmi.total_time"));
        assertFalse(values.containsKey("cmi.exit"));
        assertFalse(values.containsKey("cmi.session_time"));
        assertEquals("0.8", values.get("cmi.completion_threshold"));
        assertEquals("0.7", values.get("cmi.scaled_passing_score"));
    }

    @Test
    void entryFollowsTheLastExit() {
        assertEquals("ab-initio", LmsRules.entry(0, null));
        assertEquals("resume", LmsRules.entry(1, "suspend"));
        assertEquals("", LmsRules.entry(1, "logout"));
    }

    @Test
    void scorm12FinishWithoutAStatusIsCompletedThenJudgedAgainstTheMasteryScore() {
        Map<String, String> none = LmsRules.afterTermination(ScormVersion.SCORM_12, sco12, Map.of(), false);
        assertEquals("completed", none.get("cmi.core.lesson_status"));
        Map<String, String> scored = LmsRules.afterTermination(ScormVersion.SCORM_12, sco12,
                Map.of("cmi.core.lesson_status", "completed", "cmi.core.score.raw", "75"), false);
        assertEquals("failed", scored.get("cmi.core.lesson_status"), "75 is under the mastery score of 80");
        Map<String, String> incomplete = LmsRules.afterTermination(ScormVersion.SCORM_12, sco12,
                Map.of("cmi.core.lesson_status", "incomplete", "cmi.core.score.raw", "95"), false);
        assertEquals("incomplete", incomplete.get("cmi.core.lesson_status"), "incomplete is never re-evaluated");
        LmsRules.Statuses passed = LmsRules.statuses(ScormVersion.SCORM_12, sco12, Map.of("cmi.core.lesson_status", "passed",
                "cmi.core.score.raw", "90"));
        assertEquals(new LmsRules.Statuses("completed", "passed", 0.9), passed);
    }

    @Test
    void scorm2004StatusesComeFromTheThresholdAndPassingScoreWhenTheManifestSetsThem() {
        LmsRules.Statuses statuses = LmsRules.statuses(ScormVersion.SCORM_2004, sco2004, Map.of("cmi.progress_measure", "0.85",
                "cmi.completion_status", "incomplete", "cmi.score.scaled", "0.6", "cmi.success_status", "passed"));
        assertEquals("completed", statuses.completion());
        assertEquals("failed", statuses.success(), "0.6 is under the scaled passing score of 0.7");
    }

    @Test
    void scorm2004AttemptEndsCompletedAndSatisfiedUnlessTheContentReportsThem() {
        Map<String, String> ended = LmsRules.afterTermination(ScormVersion.SCORM_2004, plain2004, Map.of(), true);
        assertEquals("completed", ended.get("cmi.completion_status"));
        assertEquals("passed", ended.get("cmi.success_status"));
        Map<String, String> contentSets = LmsRules.afterTermination(ScormVersion.SCORM_2004, sco2004, Map.of(), true);
        assertFalse(contentSets.containsKey("cmi.completion_status"));
        Map<String, String> suspended = LmsRules.afterTermination(ScormVersion.SCORM_2004, plain2004, Map.of(), false);
        assertFalse(suspended.containsKey("cmi.completion_status"), "a suspended attempt goes on");
    }

    @Test
    void anAttemptIsOverWhenItEndsWithoutSuspending() {
        LmsRules.Statuses incomplete = new LmsRules.Statuses("incomplete", "unknown", null);
        LmsRules.Statuses completed = new LmsRules.Statuses("completed", "unknown", null);
        assertTrue(LmsRules.attemptOver(ScormVersion.SCORM_2004, "", incomplete));
        assertFalse(LmsRules.attemptOver(ScormVersion.SCORM_2004, "suspend", completed));
        assertFalse(LmsRules.attemptOver(ScormVersion.SCORM_12, "", incomplete), "1.2 goes on until completed");
        assertTrue(LmsRules.attemptOver(ScormVersion.SCORM_12, "", completed));
    }
}
