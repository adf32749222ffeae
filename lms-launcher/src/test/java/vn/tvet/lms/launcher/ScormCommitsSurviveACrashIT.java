package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * A SCORM commit the server acknowledged survives a kill -9 of the application server; the session goes on after
 * the restart, and the first commit arriving again late (as a browser retries one it got no answer to) is answered
 * as stored without rolling the data back.
 */
class ScormCommitsSurviveACrashIT {

    private static final Pattern FRAME = Pattern.compile("id=\"scormPlayer\" src=\"([^\"]+)\"");
    private static final Pattern COMMIT_URL = Pattern.compile("\"commitUrl\":\"(commit/\\d+)\"");
    private static final String LEARNER = "qncd.sv01";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anAcknowledgedCommitIsThereAfterAKillAndAResentOneIsStoredOnce() throws Exception {
        Path data = RunningApplication.freshDirectory("scorm-crash");
        try (LocalStack stack = LocalStack.start(RunningApplication.settings(data))) {
            App app = new App(stack);
            long classId = app.queryLong("select id from school_class where code = ?", "DCN-QN-MĐ05");
            SignedInClient learner = SignedInClient.signIn(stack.url(), LEARNER, "Demo@2026");
            String player = learner.send(HttpRequest.newBuilder(learner.url("/learning/class.xhtml?id=" + classId + "&step=0")),
                    HttpResponse.BodyHandlers.ofString()).body();
            String runtime = first(FRAME, player);
            String commitUrl = runtime + first(COMMIT_URL, http.send(HttpRequest.newBuilder(URI.create(runtime)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String passed = "{\"cmi.core.lesson_location\":\"3\",\"cmi.suspend_data\":\"trang=3\",\"cmi.core.score.raw\":\"90\","
                    + "\"cmi.core.lesson_status\":\"passed\",\"commitSequence\":1}";
            assertEquals(200, commit(commitUrl, passed), "acknowledged");

            stack.killAndRestartApplication();

            assertEquals(200, commit(commitUrl, "{\"cmi.core.lesson_location\":\"4\",\"commitSequence\":2}"),
                    "the session goes on after the restart");
            // the first commit arriving again late (a retry) is answered as stored and changes nothing
            assertEquals(200, commit(commitUrl, passed));
            String stored = app.queryString("select data from scorm_attempt a join person p on p.id = a.person_id"
                    + " where p.username = ?", LEARNER);
            assertTrue(stored.contains("\"cmi.suspend_data\":\"trang=3\"") && stored.contains("\"cmi.core.lesson_location\":\"4\""),
                    stored);
            assertEquals(1, app.queryLong("select count(*) from learning_statement s join person p on p.id = s.person_id"
                    + " where p.username = ? and s.verb_id = 'http://adlnet.gov/expapi/verbs/passed'", LEARNER),
                    "one passed statement, not one per delivery");
        }
    }

    private int commit(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in " + text.substring(0, Math.min(text.length(), 2000)));
        }
        return matcher.group(1);
    }
}
