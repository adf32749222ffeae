package vn.tvet.lms.scorm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrerequisitesTest {

    private final Map<String, String> statuses = Map.of("sco1", "passed", "sco2", "incomplete", "sco3", "completed");

    @Test
    void anIdentifierHoldsWhenItsItemIsCompletedOrPassed() {
        assertTrue(Prerequisites.met("sco1", statuses));
        assertTrue(Prerequisites.met("sco3", statuses));
        assertFalse(Prerequisites.met("sco2", statuses));
        assertFalse(Prerequisites.met("sco9", statuses), "never launched");
        assertTrue(Prerequisites.met("", statuses));
        assertTrue(Prerequisites.met(null, statuses));
    }

    @Test
    void operatorsFollowAiccPrecedence() {
        assertTrue(Prerequisites.met("sco1 & sco3", statuses));
        assertFalse(Prerequisites.met("sco1&sco2", statuses));
        assertTrue(Prerequisites.met("sco2|sco3", statuses));
        assertTrue(Prerequisites.met("~sco2", statuses));
        assertTrue(Prerequisites.met("sco2&sco1|sco3", statuses), "& binds tighter than |");
        assertFalse(Prerequisites.met("sco2&(sco1|sco3)", statuses));
    }

    @Test
    void statusesCanBeNamedOrAbbreviated() {
        assertTrue(Prerequisites.met("sco2=incomplete", statuses));
        assertTrue(Prerequisites.met("sco1=P", statuses));
        assertTrue(Prerequisites.met("sco2<>C", statuses));
        assertFalse(Prerequisites.met("sco1<>passed", statuses));
        assertTrue(Prerequisites.met("sco9=N", statuses));
    }

    @Test
    void anUnreadableExpressionLocksNobodyOut() {
        assertTrue(Prerequisites.met("sco1&", statuses));
        assertTrue(Prerequisites.met("(sco2", statuses));
        assertTrue(Prerequisites.met("sco2)", statuses), "trailing text");
    }
}
