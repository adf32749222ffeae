package vn.tvet.lms.cmi5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.xapi.LrsForbiddenException;

/** What an AU may send in a session (cmi5 6.3, 7.1, 9): each rule once accepted and once broken. */
class Cmi5RulesTest {

    private static final String SESSION = "5f9a2b1c-0d3e-4f50-8a61-7b2c3d4e5f60";
    private static final String AU = "https://lms.example.vn/xapi/activities/cmi5/7/au/abc";
    private static final String PUBLISHER = "https://publisher.example.com/au/1";
    private static final BigDecimal MASTERY = new BigDecimal("0.9");

    @Test
    void initializedComesFirstAndAllowedStatementsOnlyBetweenInitializedAndTerminated() {
        assertEquals("initialized", Cmi5Rules.check(facts(List.of(), Set.of()), defined("initialized", null)));
        refused(facts(List.of(), Set.of()), allowed(), "an allowed statement before initialized");
        refused(facts(List.of(), Set.of()), defined("completed", completedResult()), "completed before initialized");
        assertNull(Cmi5Rules.check(facts(List.of("initialized"), Set.of()), allowed()));
        refused(facts(List.of("initialized"), Set.of()), defined("initialized", null), "initialized twice");
        refused(facts(List.of("initialized", "terminated"), Set.of()), allowed(), "anything after terminated");
    }

    @Test
    void everyStatementCarriesItsIdATimestampInUtcAndTheSession() {
        List<String> started = List.of("initialized");
        refused(facts(started, Set.of()), without(allowed(), "id"), "no id");
        refused(facts(started, Set.of()), without(allowed(), "timestamp"), "no timestamp");
        refused(facts(started, Set.of()), with(allowed(), s -> s.add("timestamp", "2026-12-03T10:00:00-06:00")), "not UTC");
        assertNull(Cmi5Rules.check(facts(started, Set.of()), with(allowed(), s -> s.add("timestamp", "2026-12-03T10:00:00+00:00"))));
        refused(facts(started, Set.of()), statement("http://adlnet.gov/expapi/verbs/experienced", false, null, null, false,
                "00000000-0000-4000-8000-000000000000"), "another session id");
        refused(facts(started, Set.of()), statement(Cmi5Rules.VOIDED, false, null, null, false, SESSION), "voiding");
        refused(facts(started, Set.of()), allowedWithMoveOn(), "an allowed statement with the moveOn category");
    }

    @Test
    void completedHasCompletionTrueADurationAndTheMoveOnCategoryOncePerRegistration() {
        List<String> started = List.of("initialized");
        assertEquals("completed", Cmi5Rules.check(facts(started, Set.of()), defined("completed", completedResult())));
        refused(facts(started, Set.of()), defined("completed", Json.createObjectBuilder().add("completion", false)
                .add("duration", "PT1S")), "completion false");
        refused(facts(started, Set.of()), defined("completed", Json.createObjectBuilder().add("completion", true)),
                "no duration");
        refused(facts(started, Set.of()), defined("completed", completedResult().add("success", true)), "with success");
        refused(facts(started, Set.of()), defined("completed", completedResult().add("score",
                Json.createObjectBuilder().add("scaled", 0.5))), "with a score");
        refused(facts(started, Set.of()), statement("http://adlnet.gov/expapi/verbs/completed", true,
                completedResult(), null, false, SESSION), "without the moveOn category");
        refused(facts(started, Set.of("completed")), defined("completed", completedResult()), "completed again in the registration");
        refused(new Cmi5Rules.Facts(SESSION, AU, PUBLISHER, "Browse", MASTERY, started, Set.of()),
                defined("completed", completedResult()), "in Browse mode");
        refused(new Cmi5Rules.Facts(SESSION, AU, PUBLISHER, "Review", MASTERY, started, Set.of()),
                defined("passed", passedResult(0.95)), "in Review mode");
    }

    @Test
    void passedAndFailedFollowTheMasteryScoreAndTheRegistrationsHistory() {
        List<String> started = List.of("initialized");
        assertEquals("passed", Cmi5Rules.check(facts(started, Set.of()), defined("passed", passedResult(0.9))));
        assertEquals("failed", Cmi5Rules.check(facts(started, Set.of()), defined("failed", failedResult(0.89))));
        refused(facts(started, Set.of()), defined("passed", passedResult(0.89)), "passed below the mastery score");
        refused(facts(started, Set.of()), defined("failed", failedResult(0.9)), "failed at the mastery score");
        refused(facts(started, Set.of()), statement("http://adlnet.gov/expapi/verbs/passed", true, passedResult(0.95), null,
                true, SESSION), "passed without the masteryScore extension");
        refused(facts(started, Set.of()), statement("http://adlnet.gov/expapi/verbs/passed", true, passedResult(0.95),
                new BigDecimal("0.8"), true, SESSION), "passed with another masteryScore");
        refused(facts(started, Set.of()), defined("passed", passedResult(0.95).add("completion", true)), "with completion");
        refused(facts(started, Set.of()), defined("passed", Json.createObjectBuilder().add("success", true)
                .add("duration", "PT1S").add("score", Json.createObjectBuilder().add("raw", 9).add("max", 10))),
                "a raw score without min");
        refused(facts(List.of("initialized", "failed"), Set.of("failed")), defined("passed", passedResult(0.95)),
                "passed after failed in the session");
        refused(facts(List.of("initialized", "failed"), Set.of("failed")), defined("failed", failedResult(0.5)),
                "failed twice in the session");
        refused(facts(started, Set.of("passed")), defined("passed", passedResult(0.95)), "passed again in the registration");
        refused(facts(started, Set.of("passed")), defined("failed", failedResult(0.5)), "failed after passed");
        assertEquals("passed", Cmi5Rules.check(facts(started, Set.of("failed")), defined("passed", passedResult(0.95))),
                "a later session may pass after a failed one");
    }

    @Test
    void definedStatementsAreAboutTheAuWithItsPublisherIdAndOnlyTheAusVerbs() {
        List<String> started = List.of("initialized");
        refused(facts(started, Set.of()), with(defined("terminated", Json.createObjectBuilder().add("duration", "PT1S")),
                s -> s.add("object", Json.createObjectBuilder().add("id", "https://example.com/other"))), "another object");
        refused(facts(started, Set.of()), statement("https://w3id.org/xapi/adl/verbs/satisfied", true, null, null, false,
                SESSION), "a verb the LMS uses");
        refused(facts(started, Set.of()), defined("terminated", null), "terminated without a duration");
        refused(facts(started, Set.of()), defined("terminated", Json.createObjectBuilder().add("duration", "PT1S")
                .add("success", true)), "terminated with success");
        assertEquals("terminated", Cmi5Rules.check(facts(started, Set.of()), defined("terminated",
                Json.createObjectBuilder().add("duration", "PT1S"))));
    }

    private static Cmi5Rules.Facts facts(List<String> session, Set<String> registration) {
        return new Cmi5Rules.Facts(SESSION, AU, PUBLISHER, "Normal", MASTERY, session, registration);
    }

    private static void refused(Cmi5Rules.Facts facts, JsonObject statement, String why) {
        assertThrows(LrsForbiddenException.class, () -> Cmi5Rules.check(facts, statement), why);
    }

    private static JsonObjectBuilder completedResult() {
        return Json.createObjectBuilder().add("completion", true).add("duration", "PT12.5S");
    }

    private static JsonObjectBuilder passedResult(double scaled) {
        return Json.createObjectBuilder().add("success", true).add("duration", "PT1M")
                .add("score", Json.createObjectBuilder().add("scaled", scaled).add("raw", 9).add("min", 0).add("max", 10));
    }

    private static JsonObjectBuilder failedResult(double scaled) {
        return Json.createObjectBuilder().add("success", false).add("duration", "PT1M")
                .add("score", Json.createObjectBuilder().add("scaled", scaled));
    }

    private static JsonObject defined(String verb, JsonObjectBuilder result) {
        boolean judged = verb.equals("passed") || verb.equals("failed");
        boolean moveOn = judged || verb.equals("completed");
        return statement("http://adlnet.gov/expapi/verbs/" + verb, true, result, judged ? MASTERY : null, moveOn, SESSION);
    }

    private static JsonObject allowed() {
        return statement("http://adlnet.gov/expapi/verbs/experienced", false, null, null, false, SESSION);
    }

    private static JsonObject allowedWithMoveOn() {
        return statement("http://adlnet.gov/expapi/verbs/experienced", false, null, null, true, SESSION);
    }

    private static JsonObject statement(String verb, boolean defined, JsonObjectBuilder result, BigDecimal mastery,
            boolean moveOn, String session) {
        var categories = Json.createArrayBuilder();
        if (defined) {
            categories.add(Json.createObjectBuilder().add("id", Cmi5Rules.CMI5_CATEGORY));
        }
        if (moveOn) {
            categories.add(Json.createObjectBuilder().add("id", Cmi5Rules.MOVE_ON_CATEGORY));
        }
        JsonObjectBuilder extensions = Json.createObjectBuilder().add(Cmi5Rules.SESSION_ID, session);
        if (mastery != null) {
            extensions.add(Cmi5Rules.MASTERY_SCORE, mastery);
        }
        JsonObjectBuilder statement = Json.createObjectBuilder()
                .add("id", "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")
                .add("timestamp", "2026-12-03T10:00:00.000Z")
                .add("actor", Json.createObjectBuilder().add("account", Json.createObjectBuilder()
                        .add("homePage", "https://lms.example.vn").add("name", "sv01")))
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", AU))
                .add("context", Json.createObjectBuilder().add("registration", "0e9f8a7b-6c5d-4e3f-9a1b-2c3d4e5f6a7b")
                        .add("contextActivities", Json.createObjectBuilder().add("category", categories)
                                .add("grouping", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", PUBLISHER))))
                        .add("extensions", extensions));
        if (result != null) {
            statement.add("result", result);
        }
        return statement.build();
    }

    private static JsonObject without(JsonObject statement, String name) {
        return Json.createObjectBuilder(statement).remove(name).build();
    }

    private static JsonObject with(JsonObject statement, UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder(statement)).build();
    }
}
