package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.launcher.LrsRequests.client;
import static vn.tvet.lms.launcher.LrsRequests.enc;
import static vn.tvet.lms.launcher.LrsRequests.send;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * The LRS's document resources over HTTP: state documents replaced, merged and listed; profile documents guarded by
 * ETags (409 when replaced blind, 412 when the version seen is old); the Activities and Agents resources; and each
 * school's clients seeing only their own school's documents.
 */
@ExtendWith(RunningApplication.class)
class XapiDocumentsIT {

    private static final String AGENT = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.vn\",\"name\":\"hpcd.sv04\"}}";
    private static final String SAME_AGENT = "{\"account\":{\"name\":\"hpcd.sv04\",\"homePage\":\"https://lms.example.vn\"}}";
    private static final String ACTIVITY = "http://mo-phong.example/tu-dien/bai-2";

    @Test
    void documentsAreKeptMergedAndGuardedByTheirETags(App app) throws Exception {
        String client = client(app, "HP-CDKT", "tai-lieu-hp", true, true);
        String elsewhere = client(app, "QN-CDCN", "tai-lieu-qn", true, true);
        String registration = UUID.randomUUID().toString();
        String state = "/xapi/activities/state?activityId=" + enc(ACTIVITY) + "&agent=" + enc(AGENT) + "&registration="
                + registration;

        assertEquals(204, send(app, "PUT", state + "&stateId=bookmark", client, "{\"x\":\"foo\",\"y\":\"bar\"}",
                "application/json").statusCode());
        assertEquals(204, send(app, "POST", state + "&stateId=bookmark", client, "{\"x\":\"bash\",\"z\":\"faz\"}",
                "application/json").statusCode());
        String sameAgent = "/xapi/activities/state?activityId=" + enc(ACTIVITY) + "&agent=" + enc(SAME_AGENT)
                + "&registration=" + registration;
        HttpResponse<String> merged = send(app, "GET", sameAgent + "&stateId=bookmark", client, null, null);
        assertEquals(200, merged.statusCode());
        assertEquals("{\"x\":\"bash\",\"y\":\"bar\",\"z\":\"faz\"}", merged.body(), "top-level properties merged");
        assertTrue(merged.headers().firstValue("ETag").orElse("").matches("\"[0-9a-f]{40}\""));
        assertTrue(merged.headers().firstValue("Last-Modified").isPresent());
        assertEquals(400, send(app, "POST", state + "&stateId=bookmark", client, "not json", "text/plain").statusCode(),
                "only JSON objects merge");
        assertEquals(204, send(app, "PUT", state + "&stateId=suspend", client, "abc", "text/plain").statusCode());
        assertEquals("[\"bookmark\",\"suspend\"]", send(app, "GET", state, client, null, null).body());
        assertEquals(404, send(app, "GET", state + "&stateId=bookmark", elsewhere, null, null).statusCode(),
                "another school's client does not see it");
        assertEquals(204, send(app, "DELETE", state + "&stateId=suspend", client, null, null).statusCode());
        assertEquals(404, send(app, "GET", state + "&stateId=suspend", client, null, null).statusCode());
        assertEquals(204, send(app, "DELETE", state, client, null, null).statusCode());
        assertEquals("[]", send(app, "GET", state, client, null, null).body());
        assertEquals(400, send(app, "GET", "/xapi/activities/state?activityId=" + enc(ACTIVITY) + "&agent=" + enc("{\"name\":\"x\"}")
                + "&stateId=a", client, null, null).statusCode(), "an agent without an identifier");

        String profile = "/xapi/activities/profile?activityId=" + enc(ACTIVITY) + "&profileId=settings";
        assertEquals(204, send(app, "PUT", profile, client, "{\"level\":1}", "application/json").statusCode());
        assertEquals(409, send(app, "PUT", profile, client, "{\"level\":2}", "application/json").statusCode(),
                "replacing a profile document needs the version seen");
        String etag = send(app, "GET", profile, client, null, null).headers().firstValue("ETag").orElseThrow();
        assertEquals(412, send(app, "PUT", profile, client, "{\"level\":2}", "application/json",
                Map.of("If-Match", "\"0000000000000000000000000000000000000000\"")).statusCode());
        assertEquals(412, send(app, "PUT", profile, client, "{\"level\":2}", "application/json",
                Map.of("If-None-Match", "*")).statusCode());
        assertEquals(204, send(app, "PUT", profile, client, "{\"level\":2}", "application/json", Map.of("If-Match", etag))
                .statusCode());
        assertEquals("{\"level\":2}", send(app, "GET", profile, client, null, null).body());

        String agentProfile = "/xapi/agents/profile?agent=" + enc(AGENT) + "&profileId=preferences";
        assertEquals(204, send(app, "PUT", agentProfile, client, "{\"language\":\"vi\"}", "application/json",
                Map.of("If-None-Match", "*")).statusCode());
        assertEquals("[\"preferences\"]", send(app, "GET", "/xapi/agents/profile?agent=" + enc(SAME_AGENT), client, null, null)
                .body());
        assertEquals(400, send(app, "GET", "/xapi/agents/profile?agent=" + enc("{\"objectType\":\"Group\",\"mbox\":"
                + "\"mailto:g@b.vn\"}") + "&profileId=preferences", client, null, null).statusCode(), "a Group is not an Agent here");

        assertEquals(200, send(app, "POST", "/xapi/statements", client, "{\"actor\":" + AGENT + ",\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"" + ACTIVITY + "\",\"definition\":"
                + "{\"name\":{\"vi-VN\":\"Đấu nối tủ điện\"}}}}", "application/json").statusCode());
        HttpResponse<String> activity = send(app, "GET", "/xapi/activities?activityId=" + enc(ACTIVITY), client, null, null);
        assertEquals(200, activity.statusCode());
        assertTrue(activity.body().contains("Đấu nối tủ điện"), activity.body());
        HttpResponse<String> person = send(app, "GET", "/xapi/agents?agent=" + enc(AGENT), client, null, null);
        assertEquals(200, person.statusCode());
        assertTrue(person.body().contains("\"objectType\":\"Person\"") && person.body().contains("\"account\":[{"), person.body());
    }
}
