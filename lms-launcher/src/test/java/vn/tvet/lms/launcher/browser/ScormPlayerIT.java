package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * The SCORM runtime in Chromium with the demo packages of the Quảng Ninh class: a SCORM 1.2 lesson is played from
 * the content origin, its location survives a reload (resume), its answer, score and status are stored and complete
 * the step; a SCORM 2004 lesson answered wrongly ends failed and does not. The content origin answers nothing of the
 * application and the application nothing of the content origin; a commit with a value outside the data model is
 * refused with its SCORM error code, and a resent one is stored once.
 */
@ExtendWith(RunningApplication.class)
class ScormPlayerIT {

    private static final String LEARNER = "qncd.sv03";
    private static final String SCORM_12 = "Quy trình cắt điện an toàn (bài học tương tác SCORM 1.2)";
    private static final String SCORM_2004 = "Kiểm tra không còn điện (bài học tương tác SCORM 2004)";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void packagesPlayResumeAndReportTheirResults(App app) throws Exception {
        long classId = app.queryLong("select id from school_class where code = ?", "DCN-QN-MĐ05");
        String contentUrl;
        try (Browser learner = new Browser()) {
            Pages.login(learner, app).signInAs(LEARNER, Pages.DEMO_PASSWORD);
            learner.open(app.url("/learning/class.xhtml?id=" + classId + "&step=0"));
            learner.awaitText(By.id("stepTitle"), SCORM_12);
            String frameUrl = learner.find(By.id("scormPlayer")).getAttribute("src");
            assertTrue(frameUrl.startsWith(app.url("/").replace("127.0.0.1", "localhost") + "content/"), frameUrl);
            inSco(learner, () -> {
                learner.awaitText(By.id("pageNumber"), "Trang 1/3");
                learner.click(By.id("next"));
                learner.awaitText(By.id("pageNumber"), "Trang 2/3");
            });
            awaitValue(() -> app.queryString("select data from scorm_attempt a join person p on p.id = a.person_id"
                    + " where p.username = ? and a.scorm_version = '1.2'", LEARNER), "\"cmi.core.lesson_location\":\"2\"");

            // a reload ends the session suspended; the next launch resumes where the learner was
            learner.driver().navigate().refresh();
            inSco(learner, () -> {
                learner.awaitText(By.id("status"), "Tiếp tục từ trang 2.");
                learner.awaitText(By.id("pageNumber"), "Trang 2/3");
                learner.click(By.id("next"));
                learner.find(By.id("answerA")).click();
                learner.click(By.id("check"));
                learner.awaitText(By.id("result"), "Chính xác!");
                learner.click(By.id("finish"));
                learner.awaitText(By.id("status"), "Đã lưu kết quả.");
            });
            learner.awaitText(By.id("step:doneNote"), "Bạn đã hoàn thành hoạt động này.");
            assertEquals("passed", app.queryString("select success_status from scorm_attempt a join person p on"
                    + " p.id = a.person_id where p.username = ? and a.scorm_version = '1.2'", LEARNER));
            String data = app.queryString("select data from scorm_attempt a join person p on p.id = a.person_id"
                    + " where p.username = ? and a.scorm_version = '1.2'", LEARNER);
            assertTrue(data.contains("\"cmi.core.score.raw\":\"100\"") && data.contains("\"cmi.interactions.0.result\":\"correct\"")
                    && data.contains("\"cmi.core.lesson_status\":\"passed\""), data);
            assertEquals(2, app.queryLong("select sessions from scorm_attempt a join person p on p.id = a.person_id"
                    + " where p.username = ? and a.scorm_version = '1.2'", LEARNER), "two sessions, one attempt");
            assertEquals(1, app.queryLong("select count(*) from learning_statement s join person p on p.id = s.person_id"
                    + " where p.username = ? and s.verb_id = 'http://adlnet.gov/expapi/verbs/passed'"
                    + " and s.activity_id like '%/sco/%'", LEARNER), "one passed statement about the SCO");
            assertEquals(1, app.queryLong("select count(*) from learning_statement s join person p on p.id = s.person_id"
                    + " where p.username = ? and s.verb_id = 'http://adlnet.gov/expapi/verbs/resumed'", LEARNER));

            // SCORM 2004, answered wrongly: completed but failed, which the package rule does not count as done
            learner.clickAndAwaitReload(By.xpath("//nav[@id='outline']//a[contains(., 'SCORM 2004')]"));
            learner.awaitText(By.id("stepTitle"), SCORM_2004);
            inSco(learner, () -> {
                learner.click(By.id("next"));
                learner.click(By.id("next"));
                learner.find(By.id("answerB")).click();
                learner.click(By.id("check"));
                learner.awaitText(By.id("result"), "Chưa đúng.");
                learner.click(By.id("finish"));
                learner.awaitText(By.id("status"), "Đã lưu kết quả.");
            });
            awaitValue(() -> app.queryString("select completion_status || '/' || success_status || '/' || closed from"
                    + " scorm_attempt a join person p on p.id = a.person_id where p.username = ? and a.scorm_version = '2004'",
                    LEARNER), "completed/failed/true");
            learner.driver().navigate().refresh();
            learner.awaitText(By.id("stepTitle"), SCORM_2004);
            contentUrl = learner.find(By.id("scormPlayer")).getAttribute("src");
            assertTrue(learner.driver().findElements(By.id("step:doneNote")).isEmpty(), "a failed package is not done");
            assertEquals(2, app.queryLong("select count(*) from scorm_attempt a join person p on p.id = a.person_id"
                    + " where p.username = ? and a.scorm_version = '2004'", LEARNER), "the ended attempt made way for a new one");

            // two SCOs: the second opens once the first is passed (SCORM 1.2 prerequisites); both complete the step
            learner.clickAndAwaitReload(By.xpath("//nav[@id='outline']//a[contains(., 'hai phần')]"));
            learner.awaitText(By.id("scoItems"), "Phần 2: Kiểm tra lại");
            By second = By.xpath("//nav[@id='scoItems']//a[contains(., 'Phần 2')]");
            assertTrue(learner.driver().findElements(second).isEmpty(), "the second part waits for the first");
            inSco(learner, () -> answerAndFinish(learner, "answerA"));
            learner.driver().navigate().refresh();
            learner.clickAndAwaitReload(second);
            inSco(learner, () -> answerAndFinish(learner, "answerA"));
            learner.awaitText(By.id("step:doneNote"), "Bạn đã hoàn thành hoạt động này.");
        }

        // the two origins answer nothing of each other
        String contentOrigin = app.url("/").replace("127.0.0.1", "localhost");
        assertEquals(404, get(contentOrigin + "login.xhtml").statusCode());
        assertEquals(404, get(contentOrigin + "library/index.xhtml").statusCode());
        assertEquals(404, get(app.url(URI.create(contentUrl).getPath())).statusCode());
        assertEquals(404, get(contentOrigin + "content/" + "A".repeat(43) + "/").statusCode());

        // the runtime page opened again (as the browser would): a bad value is refused whole, a resent commit stored once
        HttpResponse<String> page = get(contentUrl);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors " + app.url("/")
                .replaceAll("/$", "")), page.headers().map().toString());
        String commitUrl = contentUrl + page.body().replaceAll("(?s).*\"commitUrl\":\"(commit/\\d+)\".*", "$1");
        HttpResponse<String> refused = post(commitUrl, "{\"cmi.location\":\"p9\",\"cmi.completion_status\":\"finished\","
                + "\"commitSequence\":1}");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("\"errorCode\":406") && refused.body().contains("cmi.completion_status"),
                refused.body());
        String location = "select data from scorm_attempt a join person p on p.id = a.person_id where p.username = ?"
                + " and a.scorm_version = '2004' and not a.closed";
        assertTrue(!app.queryString(location, LEARNER).contains("p9"), "nothing of a refused commit is kept");
        String script = "<script>alert(1)</script>";
        assertEquals(200, post(commitUrl, "{\"cmi.location\":\"" + script + "\",\"commitSequence\":2}").statusCode());
        assertEquals(200, post(commitUrl, "{\"cmi.location\":\"again\",\"commitSequence\":2}").statusCode());
        assertTrue(app.queryString(location, LEARNER).contains("\\u003cscript") || app.queryString(location, LEARNER)
                .contains(script), "the resent sequence 2 changed nothing: " + app.queryString(location, LEARNER));
        assertEquals(400, post(commitUrl, "not json").statusCode());

        // the teacher sees every attempt with every stored element, and lets the learner start an open one afresh
        String openAttempts = "select count(*) from scorm_attempt a join person p on p.id = a.person_id where p.username = ?"
                + " and not a.closed";
        long open = app.queryLong(openAttempts, LEARNER);
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/classes/learner.xhtml?id=" + classId + "&learner=" + app.personId(LEARNER)));
            teacher.awaitText(By.id("scormSection"), "Lượt học SCORM");
            String section = teacher.text(By.id("scormSection"));
            assertTrue(section.contains("Đạt") && section.contains("Chưa đạt"), section);
            teacher.driver().findElements(By.tagName("summary")).forEach(summary -> summary.click());
            assertTrue(teacher.text(By.id("scormSection")).contains("cmi.interactions.0.student_response"),
                    "every stored element is listed");
            assertTrue(teacher.text(By.id("scormSection")).contains(script), "a stored script is shown as text");
            teacher.auditAccessibility();
            teacher.click(By.cssSelector(".scorm-reset"));
            teacher.click(By.id("confirmForm:confirmYes"));
            teacher.awaitText(By.id("messages"), "Đã kết thúc lượt học");
        }
        assertEquals(open - 1, app.queryLong(openAttempts, LEARNER), "the attempt is over");
        try (Browser otherSchool = new Browser()) {
            Pages.login(otherSchool, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            otherSchool.open(app.url("/classes/learner.xhtml?id=" + classId + "&learner=" + app.personId(LEARNER)));
            assertTrue(otherSchool.pageText().contains("404") || otherSchool.pageText().contains("Không tìm thấy"),
                    otherSchool.pageText());
        }
    }

    private static void answerAndFinish(Browser learner, String answer) {
        learner.awaitText(By.id("pageNumber"), "Trang 1/3");
        learner.click(By.id("next"));
        learner.click(By.id("next"));
        learner.find(By.id(answer)).click();
        learner.click(By.id("check"));
        learner.click(By.id("finish"));
        learner.awaitText(By.id("status"), "Đã lưu kết quả.");
    }

    /** Runs the steps inside the SCO's frame, itself inside the runtime page's frame, then comes back to the page. */
    private static void inSco(Browser learner, Runnable steps) {
        learner.driver().switchTo().frame(learner.find(By.id("scormPlayer")));
        learner.driver().switchTo().frame(learner.find(By.id("sco")));
        try {
            steps.run();
        } finally {
            learner.driver().switchTo().defaultContent();
        }
    }

    private static void awaitValue(Supplier<String> read, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = read.get();
                if (last.contains(expected)) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                last = notYet.getMessage();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Never saw " + expected + "; last: " + last);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
