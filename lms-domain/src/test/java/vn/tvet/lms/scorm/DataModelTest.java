package vn.tvet.lms.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataModelTest {

    @Test
    void scorm12ValuesOutsideTheirVocabularyOrLimitsAnswer405() {
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_12, "cmi.core.lesson_status", "passed"));
        assertEquals(405, code(ScormVersion.SCORM_12, "cmi.core.lesson_status", "done"));
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_12, "cmi.core.lesson_status", "not attempted"),
                "the LMS's initial value comes back in a full commit");
        assertEquals(405, code(ScormVersion.SCORM_12, "cmi.core.score.raw", "101"));
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_12, "cmi.core.score.raw", ""));
        assertEquals(405, code(ScormVersion.SCORM_12, "cmi.core.session_time", "1:2:3"));
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_12, "cmi.core.session_time", "0000:01:30.5"));
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_12, "cmi.suspend_data", "x".repeat(4096)));
        assertEquals(405, code(ScormVersion.SCORM_12, "cmi.suspend_data", "x".repeat(4097)));
        assertEquals(405, code(ScormVersion.SCORM_12, "cmi.interactions.0.result", "maybe"));
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_12, "cmi.interactions.0.result", "0.5"));
        assertEquals(405, code(ScormVersion.SCORM_12, "cmi.interactions.3.id", "has space"));
    }

    @Test
    void scorm2004TellsTypeFromRangeAndLength() {
        assertEquals(406, code(ScormVersion.SCORM_2004, "cmi.completion_status", "passed"));
        assertEquals(407, code(ScormVersion.SCORM_2004, "cmi.score.scaled", "1.5"));
        assertEquals(406, code(ScormVersion.SCORM_2004, "cmi.score.scaled", "high"));
        assertEquals(407, code(ScormVersion.SCORM_2004, "cmi.progress_measure", "-0.1"));
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_2004, "cmi.suspend_data", "x".repeat(64000)));
        assertEquals(351, code(ScormVersion.SCORM_2004, "cmi.suspend_data", "x".repeat(64001)));
        assertEquals(406, code(ScormVersion.SCORM_2004, "cmi.session_time", "PT"));
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_2004, "cmi.session_time", "PT1H2M3.5S"));
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_2004, "adl.nav.request", "{target=sco2}choice"));
        assertEquals(406, code(ScormVersion.SCORM_2004, "adl.nav.request", "jumpAround"));
    }

    @Test
    void scriptInAValueIsJustText() {
        assertEquals(Optional.empty(), DataModel.check(ScormVersion.SCORM_2004, "cmi.location", "<script>alert(1)</script>"));
    }

    @Test
    void onlyWritableElementsAreKeptFromACommit() {
        Map<String, String> commit = new LinkedHashMap<>();
        commit.put("cmi.core.student_id", "someone.else");
        commit.put("cmi.core.total_time", "9999:00:00");
        commit.put("cmi.core.lesson_location", "page-3");
        commit.put("cmi.unknown", "x");
        assertEquals(Map.of("cmi.core.lesson_location", "page-3"), DataModel.writableOf(ScormVersion.SCORM_12, commit));
        assertFalse(DataModel.writable(ScormVersion.SCORM_2004, "cmi.learner_id"));
        assertTrue(DataModel.writable(ScormVersion.SCORM_2004, "cmi.interactions.12.learner_response"));
    }

    @Test
    void timesAreReadAndWrittenInEachEditionsFormat() {
        assertEquals(5405.5, DataModel.seconds(ScormVersion.SCORM_12, "0001:30:05.5"));
        assertEquals(5405.5, DataModel.seconds(ScormVersion.SCORM_2004, "PT1H30M5.5S"));
        assertEquals(86400 + 60, DataModel.seconds(ScormVersion.SCORM_2004, "P1DT1M"));
        assertEquals(0, DataModel.seconds(ScormVersion.SCORM_2004, "garbage"));
        assertEquals("0001:30:05.50", DataModel.timespan(ScormVersion.SCORM_12, 5405.5));
        assertEquals("PT1H30M5.5S", DataModel.timespan(ScormVersion.SCORM_2004, 5405.5));
        assertEquals("PT0H0M0S", DataModel.timespan(ScormVersion.SCORM_2004, 0));
    }

    private static int code(ScormVersion version, String element, String value) {
        return DataModel.check(version, element, value).orElseThrow().errorCode();
    }
}
