package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * The demo cmi5 course in Chromium: the learner launches the reading AU and the test AU from the lesson step; each
 * runs on the content origin, gets its credentials from the fetch URL, reads LMS.LaunchData and reports; when it ends
 * it returns the learner to the player, which shows the AU's progress. Passing the test completes the block and the
 * course ("satisfied") and the lesson step; the registration holds exactly the cmi5 statements, in order. A teacher
 * waives an AU for another learner.
 */
@ExtendWith(RunningApplication.class)
class Cmi5PlayerIT {

    private static final String LEARNER = "qncd.sv03";
    private static final String COURSE = "Khóa – treo thẻ trước khi sửa chữa (khóa học cmi5)";

    @Test
    void aCourseIsPlayedToSatisfiedAndATeacherWaivesAnAu(App app) throws Exception {
        long classId = app.queryLong("select id from school_class where code = ?", "DCN-QN-MĐ05");
        try (Browser learner = new Browser()) {
            Pages.login(learner, app).signInAs(LEARNER, Pages.DEMO_PASSWORD);
            learner.open(app.url("/learning/class.xhtml?id=" + classId + "&step=3"));
            learner.awaitText(By.id("stepTitle"), COURSE);
            learner.awaitText(By.id("cmi5Units"), "Đọc quy trình khóa – treo thẻ");
            assertTrue(learner.text(By.id("cmi5Units")).contains("Chưa bắt đầu"), learner.text(By.id("cmi5Units")));

            learner.click(au(1, "cmi5-launch"));
            String frameUrl = learner.find(By.id("cmi5Frame")).getAttribute("src");
            assertTrue(frameUrl.startsWith(app.url("/").replace("127.0.0.1", "localhost") + "content/au/"), frameUrl);
            assertTrue(frameUrl.contains("bai=doc") && frameUrl.contains("&fetch="), "the url's own query is kept: " + frameUrl);
            inAu(learner, () -> {
                learner.find(By.cssSelector("body[data-ready='Normal']"));
                learner.find(By.id("doc"));
                learner.click(By.id("finish"));
            });
            // the return page in the frame tells the player, which closes the frame and reads the progress again
            learner.await(driver -> driver.findElements(By.id("cmi5Frame")).isEmpty());
            learner.awaitText(au(1, "cmi5-status"), "Đã hoàn thành");

            learner.click(au(2, "cmi5-launch"));
            inAu(learner, () -> {
                learner.find(By.cssSelector("body[data-ready='Normal']"));
                learner.click(By.id("q1a"));
                learner.click(By.id("q2b"));
                learner.click(By.id("submit"));
                learner.awaitText(By.id("result"), "Đạt: 2/2 câu đúng.");
                learner.click(By.id("finish"));
            });
            learner.await(driver -> driver.findElements(By.id("cmi5Frame")).isEmpty());
            learner.awaitText(au(2, "cmi5-status"), "Đạt");
            learner.find(au(2, "cmi5-review"));
            learner.auditAccessibility();
        }
        String registration = app.queryString("select cast(s.registration as text) from cmi5_session s join person p"
                + " on p.id = s.person_id where p.username = ? limit 1", LEARNER);
        String verbs = app.queryString("select string_agg(substring(verb_id from '[a-z]+$'), ' ' order by seq)"
                + " from learning_statement where cast(registration as text) = ?", registration);
        assertEquals("launched initialized completed terminated launched initialized passed completed satisfied"
                + " satisfied terminated", verbs, "the registration holds the course's statements, in order");
        awaitValue(() -> app.queryString("select count(*) from learning_statement s join person p on p.id = s.person_id"
                + " where p.username = ? and s.verb_id = 'http://adlnet.gov/expapi/verbs/completed'"
                + " and s.activity_id like '%:lesson:1:activity:4'", LEARNER), "1");

        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/classes/learner.xhtml?id=" + classId + "&learner=" + app.personId("qncd.sv01")));
            teacher.awaitText(By.id("cmi5Section"), "Kiểm tra quy trình khóa – treo thẻ");
            teacher.click(By.cssSelector(".cmi5-waive"));
            teacher.click(By.id("confirmForm:confirmYes"));
            teacher.awaitText(By.id("messages"), "Đã miễn bài cho người học.");
            teacher.awaitText(By.id("cmi5Section"), "Được miễn");
        }
        assertEquals("Administrative", app.queryString("select s.statement -> 'result' -> 'extensions'"
                + " ->> 'https://w3id.org/xapi/cmi5/result/extensions/reason' from learning_statement s join person p"
                + " on p.id = s.person_id where p.username = ? and s.verb_id = 'https://w3id.org/xapi/adl/verbs/waived'",
                "qncd.sv01"));
    }

    /** The element of the n-th AU (from 1) of the course with the class. */
    private static By au(int n, String cssClass) {
        return By.xpath("(//li[contains(@class, 'cmi5-au')])[" + n + "]//*[contains(@class, '" + cssClass + "')]");
    }

    private static void inAu(Browser learner, Runnable steps) {
        learner.driver().switchTo().frame(learner.find(By.id("cmi5Frame")));
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
            last = read.get();
            if (last.equals(expected)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("expected " + expected + ", last " + last);
    }
}
