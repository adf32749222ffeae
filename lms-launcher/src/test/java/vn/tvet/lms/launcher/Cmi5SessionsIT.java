package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.launcher.LrsRequests.enc;
import static vn.tvet.lms.launcher.LrsRequests.send;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * A cmi5 session over HTTP, as an AU and the cmi5 LMS test suite meet it: the fetch URL answers the credentials once
 * and error code 1 after; the LMS's launch data and the learner's preferences cannot be changed by the AU; statements
 * that break cmi5's rules are refused with 403 (nothing stored); the LMS says "satisfied" about the block when the
 * AU's moveOn is met; after "terminated" the credentials stop working (401); and one ascending query reads the
 * registration in order.
 */
@ExtendWith(RunningApplication.class)
class Cmi5SessionsIT {

    private static final String LEARNER = "qncd.sv04";
    private static final String TEST_AU = "https://tvet-lms.example.vn/cmi5/an-toan-dien/kiem-tra-loto";
    private static final String BLOCK = "https://tvet-lms.example.vn/cmi5/an-toan-dien/khoi-kiem-tra";
    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    @Test
    void aSessionFollowsTheCmi5Rules(App app) throws Exception {
        String fetchToken = token();
        String registration = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();
        String activity = app.url("/").replaceAll("/$", "") + "/xapi/activities/cmi5/it/" + UUID.randomUUID();
        // a session of the learner's course in step 4 (index 3) of the demo class, stored as a launch stores one
        app.queryString("insert into cmi5_session (session_id, school_id, person_id, class_id, step_index, resource_id,"
                + " version_number, registration, au_id, activity_id, launch_mode, move_on, mastery_score, fetch_sha256,"
                + " launched_at, expires_at) select cast('" + session + "' as uuid), c.school_id, p.id, c.id, 3, r.id, 1,"
                + " cast('" + registration + "' as uuid), '" + TEST_AU + "', '" + activity + "', 'Normal',"
                + " 'CompletedAndPassed', 0.8, ?, now(), now() + interval '1 hour' from school_class c, person p,"
                + " learning_resource r where c.code = 'DCN-QN-MĐ05' and p.username = '" + LEARNER + "'"
                + " and r.type = 'CMI5_PACKAGE' and r.owner_id = c.school_id returning cast(session_id as text)",
                sha256(fetchToken));

        HttpResponse<String> fetched = send(app, "POST", "/cmi5/fetch/" + fetchToken, null, null, null);
        assertEquals(200, fetched.statusCode());
        Matcher token = Pattern.compile("\"auth-token\":\"([^\"]+)\"").matcher(fetched.body());
        assertTrue(token.find(), fetched.body());
        String auth = "Basic " + token.group(1);
        HttpResponse<String> again = send(app, "POST", "/cmi5/fetch/" + fetchToken, null, null, null);
        assertEquals(200, again.statusCode(), "cmi5 8.2.2: 200 with an error object");
        assertTrue(again.body().contains("\"error-code\":\"1\"") && !again.body().contains("auth-token"), again.body());
        assertTrue(send(app, "POST", "/cmi5/fetch/" + token(), null, null, null).body().contains("\"error-code\":\"2\""));

        String home = app.url("/").replaceAll("/$", "");
        String actor = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + home + "\",\"name\":\"" + LEARNER + "\"}}";
        String state = "/xapi/activities/state?activityId=" + enc(activity) + "&agent=" + enc(actor) + "&registration="
                + registration + "&stateId=";
        assertEquals(403, send(app, "PUT", state + "LMS.LaunchData", auth, "{\"test\":true}", "application/json")
                .statusCode(), "the LMS's launch data is not the AU's to change");
        assertEquals(403, send(app, "DELETE", state + "LMS.LaunchData", auth, null, null).statusCode());
        assertEquals(204, send(app, "PUT", state + "bookmark", auth, "{\"page\":2}", "application/json").statusCode(),
                "the AU keeps its own state");
        assertEquals(403, send(app, "PUT", "/xapi/agents/profile?profileId=cmi5LearnerPreferences", auth,
                "{\"languagePreference\":\"en-US\"}", "application/json").statusCode(), "preferences are the LMS's");

        Statements st = new Statements(actor, activity, registration, session);
        assertEquals(403, put(app, auth, st.allowed()), "cmi5 7.1.3: nothing before initialized");
        String initialized = st.defined("initialized", null, false);
        assertEquals(204, send(app, "PUT", "/xapi//statements?statementId=" + initialized.substring(7, 43), auth,
                initialized, "application/json").statusCode(), "the endpoint with its trailing slash, joined as AUs join it");
        assertEquals(204, put(app, auth, st.allowed()));
        assertEquals(403, put(app, auth, st.defined("initialized", null, false)), "initialized twice");
        assertEquals(403, put(app, auth, st.voiding(UUID.randomUUID())), "cmi5 6.3: no voiding");
        assertEquals(403, put(app, auth, st.allowed().replace(session, UUID.randomUUID().toString())), "another session");
        assertEquals(403, put(app, auth, st.allowed().replace("Z\"", "-06:00\"")), "a timestamp not in UTC");
        assertEquals(403, put(app, auth, st.defined("completed", "\"completion\":true,\"duration\":\"PT5S\"", false)),
                "completed without the moveOn category");
        assertEquals(403, put(app, auth, st.defined("completed", "\"completion\":true", true)), "completed without duration");
        assertEquals(403, put(app, auth, st.defined("passed", "\"success\":true,\"duration\":\"PT5S\",\"score\":{\"scaled\":0.7}",
                true)), "passed below the mastery score");
        assertEquals(204, put(app, auth, st.defined("passed", "\"success\":true,\"duration\":\"PT5S\",\"score\":{\"scaled\":0.9}",
                true)));
        assertEquals(403, put(app, auth, st.defined("failed", "\"success\":false,\"duration\":\"PT5S\"", true)),
                "failed after passed");
        assertEquals(204, put(app, auth, st.defined("completed", "\"completion\":true,\"duration\":\"PT9S\"", true)));
        assertEquals(403, put(app, auth, st.defined("completed", "\"completion\":true,\"duration\":\"PT9S\"", true)),
                "completed once per registration");
        assertEquals(204, put(app, auth, st.defined("terminated", "\"duration\":\"PT10S\"", false)));
        assertEquals(401, put(app, auth, st.allowed()), "the session's credentials end with it");
        assertEquals(401, send(app, "GET", state + "bookmark", auth, null, null).statusCode());

        String client = LrsRequests.client(app, "QN-CDCN", "cmi5-it-" + UUID.randomUUID().toString().substring(0, 8), true,
                false);
        HttpResponse<String> read = send(app, "GET", "/xapi/statements?registration=" + registration + "&ascending=true",
                client, null, null);
        assertEquals(200, read.statusCode(), read.body());
        List<String> verbs = Pattern.compile("\"verb\":\\{\"id\":\"[^\"]*/([a-z]+)\"").matcher(read.body()).results()
                .map(found -> found.group(1)).toList();
        assertEquals(List.of("initialized", "experienced", "passed", "completed", "satisfied", "terminated"), verbs,
                read.body());
        assertTrue(read.body().contains("\"id\":\"" + BLOCK + "\""), "the block's publisher id in the grouping");
        assertTrue(read.body().contains("https://w3id.org/xapi/cmi5/activitytype/block"));
        String blockId = app.queryString("select statement -> 'object' ->> 'id' from learning_statement where"
                + " cast(registration as text) = ? and verb_id = 'https://w3id.org/xapi/adl/verbs/satisfied'", registration);
        assertTrue(blockId.startsWith(home + "/xapi/activities/cmi5/") && !blockId.equals(BLOCK),
                "the block's statement names the LMS's id, not the publisher's: " + blockId);
    }

    /** Statements of the session, built from its context template as an AU builds them. */
    private record Statements(String actor, String activity, String registration, String session) {

        String allowed() {
            return statement("http://adlnet.gov/expapi/verbs/experienced", false, null, false);
        }

        String defined(String verb, String result, boolean moveOn) {
            return statement("http://adlnet.gov/expapi/verbs/" + verb, true, result, moveOn);
        }

        String voiding(UUID target) {
            return "{\"id\":\"" + UUID.randomUUID() + "\",\"timestamp\":\"2026-12-03T10:00:00.000Z\",\"actor\":" + actor
                    + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":{\"objectType\":\"StatementRef\","
                    + "\"id\":\"" + target + "\"},\"context\":" + context(false, false) + "}";
        }

        private String statement(String verb, boolean defined, String result, boolean moveOn) {
            return "{\"id\":\"" + UUID.randomUUID() + "\",\"timestamp\":\"2026-12-03T10:00:00.000Z\",\"actor\":" + actor
                    + ",\"verb\":{\"id\":\"" + verb + "\"},\"object\":{\"objectType\":\"Activity\",\"id\":\"" + activity + "\"},"
                    + "\"context\":" + context(defined, moveOn) + (result == null ? "" : ",\"result\":{" + result + "}") + "}";
        }

        private String context(boolean defined, boolean moveOn) {
            String categories = (defined ? "{\"id\":\"" + CMI5 + "\"}" : "") + (moveOn ? ",{\"id\":\"" + MOVE_ON + "\"}" : "");
            return "{\"registration\":\"" + registration + "\",\"contextActivities\":{\"grouping\":[{\"id\":\"" + TEST_AU
                    + "\"}]" + (categories.isEmpty() ? "" : ",\"category\":[" + categories + "]") + "},\"extensions\":{"
                    + "\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"" + session + "\","
                    + "\"https://w3id.org/xapi/cmi5/context/extensions/masteryscore\":0.8}}";
        }
    }

    private static int put(App app, String auth, String statement) throws Exception {
        String id = statement.substring(7, 43);
        return send(app, "PUT", "/xapi/statements?statementId=" + id, auth, statement, "application/json").statusCode();
    }

    private static String token() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
