package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.launcher.LrsRequests.enc;
import static vn.tvet.lms.launcher.LrsRequests.send;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * A launch token (what content opened from a lesson gets) reaches its learner and registration only: it writes
 * statements about that learner in that registration (kept as theirs, so progress sees them), reads that
 * registration and nothing else, keeps that learner's state, and is refused everything else with 403.
 */
@ExtendWith(RunningApplication.class)
class XapiLaunchTokensIT {

    private static final String ACTIVITY = "http://127.0.0.1/activities/launch-test/" + UUID.randomUUID();

    @Test
    void aLaunchTokenReachesItsLearnerAndRegistrationOnly(App app) throws Exception {
        String auth = LrsRequests.launch(app, "qncd.sv04", "DCN-QN-MĐ05", ACTIVITY);
        String registration = app.queryString("select cast(e.registration as text) from class_enrolment e join person p"
                + " on p.id = e.person_id join school_class c on c.id = e.class_id where c.code = 'DCN-QN-MĐ05'"
                + " and p.username = ?", "qncd.sv04");
        String home = app.url("/").replaceAll("/$", "");
        String learner = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + home + "\",\"name\":\"qncd.sv04\"}}";
        String other = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + home + "\",\"name\":\"qncd.sv03\"}}";

        HttpResponse<String> stored = send(app, "POST", "/xapi/statements", auth, statement(learner, registration),
                "application/json");
        assertEquals(200, stored.statusCode(), stored.body());
        String id = stored.body().replaceAll("[\\[\\]\"]", "");
        assertEquals(app.personId("qncd.sv04"), app.queryLong("select person_id from learning_statement where"
                + " cast(id as text) = ?", id), "kept as the learner's own");

        assertEquals(403, send(app, "POST", "/xapi/statements", auth, statement(other, registration), "application/json")
                .statusCode(), "another learner");
        assertEquals(403, send(app, "POST", "/xapi/statements", auth, statement(learner, UUID.randomUUID().toString()),
                "application/json").statusCode(), "another registration");

        HttpResponse<String> read = send(app, "GET", "/xapi/statements?activity=" + enc(ACTIVITY), auth, null, null);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains(id), read.body());
        assertEquals(403, send(app, "GET", "/xapi/statements?registration=" + UUID.randomUUID(), auth, null, null)
                .statusCode());
        String client = LrsRequests.client(app, "QN-CDCN", "launch-it-" + UUID.randomUUID().toString().substring(0, 8),
                true, true);
        HttpResponse<String> byClient = send(app, "POST", "/xapi/statements", client, statement(learner,
                UUID.randomUUID().toString()), "application/json");
        assertEquals(200, byClient.statusCode(), byClient.body());
        String elsewhere = byClient.body().replaceAll("[\\[\\]\"]", "");
        assertEquals(app.personId("qncd.sv04"), app.queryLong("select person_id from learning_statement where"
                + " cast(id as text) = ?", elsewhere), "a client's statement about our learner is theirs too");
        assertEquals(404, send(app, "GET", "/xapi/statements?statementId=" + elsewhere, auth, null, null).statusCode(),
                "a statement of another registration is not found");

        String state = "/xapi/activities/state?activityId=" + enc(ACTIVITY) + "&stateId=tien-do&registration=" + registration
                + "&agent=";
        assertEquals(204, send(app, "PUT", state + enc(learner), auth, "{\"trang\":3}", "application/json").statusCode());
        assertEquals(403, send(app, "PUT", state + enc(other), auth, "{\"trang\":3}", "application/json").statusCode());
        assertEquals(403, send(app, "PUT", "/xapi/activities/profile?activityId=" + enc(ACTIVITY) + "&profileId=p", auth,
                "{}", "application/json").statusCode(), "activity profiles are read-only to content");

        String forged = "Basic " + java.util.Base64.getEncoder().encodeToString(("launch:" + "x".repeat(43)).getBytes());
        assertEquals(401, send(app, "GET", "/xapi/statements", forged, null, null).statusCode());
    }

    private static String statement(String actor, String registration) {
        return "{\"actor\":" + actor + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                + "\"object\":{\"id\":\"" + ACTIVITY + "\"},\"context\":{\"registration\":\"" + registration + "\"}}";
    }
}
