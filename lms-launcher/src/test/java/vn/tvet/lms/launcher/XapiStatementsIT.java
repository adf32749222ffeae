package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.launcher.LrsRequests.client;
import static vn.tvet.lms.launcher.LrsRequests.count;
import static vn.tvet.lms.launcher.LrsRequests.enc;
import static vn.tvet.lms.launcher.LrsRequests.send;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * The LRS's Statement Resource over real HTTP: the about resource, the version header and Basic credentials, PUT,
 * POST (a batch all or nothing) and GET by id, conflicts, voiding, and each school's clients seeing only their own
 * school's statements, the ones our own activities wrote included.
 */
@ExtendWith(RunningApplication.class)
class XapiStatementsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String ACTOR = "\"actor\":{\"objectType\":\"Agent\",\"name\":\"Lò Văn Ba\",\"mbox\":\"mailto:ba@truong.example\"}";
    private static final String VERB = "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",\"display\":{\"vi-VN\":\"đã hoàn thành\"}}";
    /** A parent activity no other test uses: the stack is shared, and other tests write about the demo's activities. */
    private static final String PARENT = "http://mo-phong.example/khoa-" + UUID.randomUUID();
    private static final String OBJECT = "\"object\":{\"id\":\"http://mo-phong.example/tu-dien/bai-1\"}";

    @Test
    void statementsAreStoredValidatedAndReadBackPerSchool(App app) throws Exception {
        String writer = client(app, "HP-CDKT", "ghi-doc-hp", true, true);
        String readOnly = client(app, "HP-CDKT", "chi-doc-hp", true, false);
        String elsewhere = client(app, "QN-CDCN", "ghi-doc-qn", true, true);

        HttpResponse<String> about = send(app, "GET", "/xapi/about", null, null, null);
        assertEquals(200, about.statusCode());
        assertTrue(about.body().contains("\"1.0.3\""), about.body());
        assertEquals("1.0.3", about.headers().firstValue("X-Experience-API-Version").orElse(""));
        assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(app.url("/xapi/statements?statementId=" + UUID.randomUUID())))
                .header("Authorization", writer).build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "no version header");
        HttpResponse<String> anonymous = send(app, "GET", "/xapi/statements?statementId=" + UUID.randomUUID(), null, null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        // PUT, then the same again (nothing changes), then something else under the same id (a conflict)
        String id = UUID.randomUUID().toString();
        String statement = "{\"id\":\"" + id + "\"," + ACTOR + "," + VERB + "," + OBJECT
                + ",\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"" + PARENT + "\"}}}}";
        assertEquals(204, send(app, "PUT", "/xapi/statements?statementId=" + id, writer, statement, "application/json").statusCode());
        assertEquals(204, send(app, "PUT", "/xapi/statements?statementId=" + id, writer, statement, "application/json").statusCode());
        assertEquals(409, send(app, "PUT", "/xapi/statements?statementId=" + id, writer,
                statement.replace("bai-1", "bai-2"), "application/json").statusCode());
        HttpResponse<String> read = send(app, "GET", "/xapi/statements?statementId=" + id, readOnly, null, null);
        assertEquals(200, read.statusCode());
        assertTrue(read.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());
        for (String part : new String[] {"\"stored\"", "\"authority\"", "\"version\":\"1.0.0\"", "\"timestamp\"",
            "\"parent\":[{\"id\":\"" + PARENT + "\"}]"}) {
            assertTrue(read.body().contains(part), part + " in " + read.body());
        }
        assertEquals(404, send(app, "GET", "/xapi/statements?statementId=" + id, elsewhere, null, null).statusCode(),
                "another school's client does not see it");
        assertEquals(403, send(app, "POST", "/xapi/statements", readOnly, statement, "application/json").statusCode());

        // a batch is stored whole or not at all; the refusal names the property
        String kept = UUID.randomUUID().toString();
        String batch = "[{\"id\":\"" + kept + "\"," + ACTOR + "," + VERB + "," + OBJECT + "},{" + ACTOR + "," + VERB + "," + OBJECT
                + ",\"timestamp\":\"2008-09-15T15:53:00.601-00:00\"}]";
        HttpResponse<String> refused = send(app, "POST", "/xapi/statements", writer, batch, "application/json");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("timestamp"), refused.body());
        assertEquals(404, send(app, "GET", "/xapi/statements?statementId=" + kept, writer, null, null).statusCode());
        HttpResponse<String> posted = send(app, "POST", "/xapi/statements", writer,
                "[{\"id\":\"" + kept + "\"," + ACTOR + "," + VERB + "," + OBJECT + "},{" + ACTOR + "," + VERB + "," + OBJECT + "}]",
                "application/json");
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().startsWith("[\"" + kept + "\",\""), posted.body());
        assertEquals(400, send(app, "POST", "/xapi/statements", writer, "{\"actor\":", "application/json").statusCode(),
                "not JSON");

        // voiding: the target disappears from statementId and appears under voidedStatementId
        String voiding = "{" + ACTOR + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":{\"objectType\":"
                + "\"StatementRef\",\"id\":\"" + kept + "\"}}";
        assertEquals(200, send(app, "POST", "/xapi/statements", writer, voiding, "application/json").statusCode());
        assertEquals(404, send(app, "GET", "/xapi/statements?statementId=" + kept, writer, null, null).statusCode());
        assertEquals(200, send(app, "GET", "/xapi/statements?voidedStatementId=" + kept, writer, null, null).statusCode());

        // queries: filters, pages linked by "more", the ids format
        String mine = "agent=" + enc("{\"mbox\":\"mailto:ba@truong.example\"}");
        HttpResponse<String> first = send(app, "GET", "/xapi/statements?" + mine + "&limit=1", readOnly, null, null);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());
        String more = first.body().replaceAll("(?s).*\"more\":\"([^\"]*)\".*", "$1");
        assertTrue(more.startsWith("/xapi/statements?more="), first.body());
        HttpResponse<String> second = send(app, "GET", more, readOnly, null, null);
        assertEquals(200, second.statusCode());
        assertFalse(second.body().contains(first.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1")),
                "the next page goes on after the first");
        HttpResponse<String> all = send(app, "GET", "/xapi/statements?" + mine, readOnly, null, null);
        assertEquals(3, count(all.body(), "mailto:ba@truong.example"), "two statements and the voiding one; the voided one left out");
        assertTrue(all.body().endsWith("\"more\":\"\"}"), all.body());
        String parent = "activity=" + enc(PARENT);
        assertEquals(0, count(send(app, "GET", "/xapi/statements?" + parent, readOnly, null, null).body(), "\"stored\""));
        assertEquals(1, count(send(app, "GET", "/xapi/statements?" + parent + "&related_activities=true", readOnly, null, null)
                .body(), "\"stored\""), "the statement whose parent it is");
        // a teacher's comment on the learner's statement is found by the learner's filters through its StatementRef
        String comment = "{\"actor\":{\"mbox\":\"mailto:gv@truong.example\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/commented\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + id + "\"},\"result\":{\"response\":\"Tốt\"}}";
        assertEquals(200, send(app, "POST", "/xapi/statements", writer, comment, "application/json").statusCode());
        assertTrue(send(app, "GET", "/xapi/statements?" + mine, readOnly, null, null).body().contains("mailto:gv@truong.example"),
                "statements targeting a matching statement match too");
        String ids = send(app, "GET", "/xapi/statements?" + mine + "&format=ids&limit=1", readOnly, null, null).body();
        assertFalse(ids.contains("Lò Văn Ba"), "ids: agents by their identifier only: " + ids);
        assertEquals(0, count(send(app, "GET", "/xapi/statements?" + mine, elsewhere, null, null).body(), "\"stored\""));
        String canonical = send(app, "GET", "/xapi/statements?" + mine + "&verb=" + enc("http://adlnet.gov/expapi/verbs/completed")
                + "&format=canonical", readOnly, null, null,
                java.util.Map.of("Accept-Language", "en;q=0.5, vi-VN")).body();
        assertTrue(canonical.contains("\"display\":{\"vi-VN\":") && !canonical.contains("\"en-US\":\"completed\""), canonical);
        for (String bad : new String[] {"colour=red", "agent=" + enc("{\"name\":\"no identifier\"}"), "limit=-1",
            "since=" + enc("hôm qua"), "verb=" + enc("not an iri")}) {
            assertEquals(400, send(app, "GET", "/xapi/statements?" + bad, readOnly, null, null).statusCode(), bad);
        }

        // the alternate request syntax: a form POST that stands for the request; and CORS for other origins
        String alternate = UUID.randomUUID().toString();
        String form = "statementId=" + alternate + "&Authorization=" + enc(writer) + "&X-Experience-API-Version=1.0.3"
                + "&Content-Type=application%2Fjson&content=" + enc("{" + ACTOR + "," + VERB + "," + OBJECT + "}");
        assertEquals(204, http.send(HttpRequest.newBuilder(URI.create(app.url("/xapi/statements?method=PUT")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(app.url("/xapi/statements?method=GET")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "statementId=" + alternate + "&Authorization=" + enc(readOnly) + "&X-Experience-API-Version=1.0.3"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(app.url("/xapi/statements?method=GET&limit=1")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "Authorization=" + enc(readOnly) + "&X-Experience-API-Version=1.0.3")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "only method in the query string");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(app.url("/xapi/statements")))
                .header("Origin", "https://mo-phong.example").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals("https://mo-phong.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("X-Experience-API-Version"));
        assertEquals(400, send(app, "POST", "/xapi/statements", writer, "{" + ACTOR + "," + VERB + "," + OBJECT
                + ",\"attachments\":[{\"usageType\":\"http://example.com/u\",\"display\":{\"en-US\":\"a\"},\"contentType\":"
                + "\"text/plain\",\"length\":1,\"sha2\":\"" + "a".repeat(64) + "\"}]}", "application/json").statusCode(),
                "attachment data without multipart");

        // attachment data in multipart/mixed, stored once and returned with attachments=true
        String withFile = UUID.randomUUID().toString();
        String text = "here is a simple attachment";
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String attached = "{\"id\":\"" + withFile + "\"," + ACTOR + "," + VERB + "," + OBJECT + ",\"attachments\":[{\"usageType\":"
                + "\"http://example.com/attachment-usage/test\",\"display\":{\"en-US\":\"A test attachment\"},\"contentType\":"
                + "\"text/plain; charset=ascii\",\"length\":27,\"sha2\":\"" + sha + "\"}]}";
        String boundary = "abcABC0123'()+_,-./:=?";
        String multipart = "--" + boundary + "\r\nContent-Type:application/json\r\n\r\n" + attached + "\r\n--" + boundary
                + "\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:" + sha + "\r\n\r\n"
                + text + "\r\n--" + boundary + "--";
        String mixed = "multipart/mixed; boundary=\"" + boundary + "\"";
        assertEquals(400, send(app, "POST", "/xapi/statements", writer, multipart.replace(text, "tampered attachment data"), mixed)
                .statusCode(), "the data must hash to the declared SHA-2");
        HttpResponse<String> withData = send(app, "POST", "/xapi/statements", writer, multipart, mixed);
        assertEquals(200, withData.statusCode(), withData.body());
        HttpResponse<String> back = send(app, "GET", "/xapi/statements?statementId=" + withFile + "&attachments=true", readOnly,
                null, null);
        assertEquals(200, back.statusCode());
        assertTrue(back.headers().firstValue("Content-Type").orElse("").startsWith("multipart/mixed"));
        assertTrue(back.body().contains("X-Experience-API-Hash: " + sha) && back.body().contains(text), back.body());
        assertTrue(send(app, "GET", "/xapi/statements?statementId=" + withFile, readOnly, null, null).headers()
                .firstValue("Content-Type").orElse("").startsWith("application/json"), "without attachments=true, JSON only");

        // the statements our own activities wrote are the same rows
        String own = app.queryString("select cast(s.id as text) from learning_statement s join institution i on i.id = s.school_id"
                + " where i.code = ? and s.person_id is not null limit 1", "HP-CDKT");
        HttpResponse<String> ours = send(app, "GET", "/xapi/statements?statementId=" + own, readOnly, null, null);
        assertEquals(200, ours.statusCode());
        assertTrue(ours.body().contains("urn:tvet-lms:module-version:"), ours.body());
        String registration = app.queryString("select cast(s.registration as text) from learning_statement s join institution i"
                + " on i.id = s.school_id where i.code = ? and s.registration is not null limit 1", "HP-CDKT");
        long recorded = app.queryLong("select count(*) from learning_statement where registration = cast(? as uuid)"
                + " and not voided", registration);
        assertEquals(recorded, count(send(app, "GET", "/xapi/statements?registration=" + registration + "&ascending=true",
                readOnly, null, null).body(), "\"stored\""), "a registration's whole record in one query");
        assertFalse(send(app, "GET", "/xapi/statements?statementId=" + own, elsewhere, null, null).statusCode() == 200);
    }
}
