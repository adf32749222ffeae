package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * SCORM 2004 sequencing in Chromium with the demo package of two SCOs in order (flow on, choice off, forward only):
 * the course starts at the first part; its "continue" request at the end moves the player to the second part; the
 * parts cannot be chosen from the list nor the first revisited; when both are passed the organization rolls up
 * satisfied and the lesson step completes.
 */
@ExtendWith(RunningApplication.class)
class ScormSequencingIT {

    private static final String LEARNER = "qncd.sv01";
    private static final String TITLE = "Thao tác tủ điện theo trình tự (SCORM 2004, hai phần nối tiếp)";

    @Test
    void flowDeliversThePartsInOrderAndRollupCompletesTheStep(App app) {
        long classId = app.queryLong("select id from school_class where code = ?", "DCN-QN-MĐ05");
        try (Browser learner = new Browser()) {
            Pages.login(learner, app).signInAs(LEARNER, Pages.DEMO_PASSWORD);
            learner.open(app.url("/learning/class.xhtml?id=" + classId + "&step=4"));
            learner.awaitText(By.id("stepTitle"), TITLE);
            learner.awaitText(By.id("scoItems"), "Phần 2: Kiểm tra không còn điện");
            assertTrue(learner.driver().findElements(By.cssSelector("#scoItems a")).isEmpty(),
                    "choice is off: the parts are listed, not linked");
            learner.find(By.cssSelector("a[data-nav='continue']"));
            assertTrue(learner.driver().findElements(By.cssSelector("a[data-nav='previous']")).isEmpty(), "the first part");

            answerAndFinish(learner);
            // the SCO asked to continue: the player follows its sequencing to the second part
            learner.awaitUrlContains("nav=continue");
            learner.awaitText(By.id("stepTitle"), TITLE);
            assertTrue(learner.driver().findElements(By.cssSelector("a[data-nav='previous']")).isEmpty(),
                    "forward only: no way back");
            assertTrue(learner.driver().findElements(By.cssSelector("a[data-nav='continue']")).isEmpty(), "the last part");
            answerAndFinish(learner);
            learner.awaitText(By.id("step:doneNote"), "Bạn đã hoàn thành hoạt động này.");
            learner.auditAccessibility();

            // choosing a part directly is refused by sequencing, whatever the address says
            learner.open(app.url("/learning/class.xhtml?id=" + classId + "&step=4&sco=phan-1"));
            learner.find(By.id("step:scoLocked"));
        }
        assertEquals("passed passed", app.queryString("select string_agg(a.success_status, ' ' order by a.sco_id)"
                + " from scorm_attempt a join person p on p.id = a.person_id where p.username = ?"
                + " and a.scorm_version = '2004'", LEARNER), "each part passed once, in its own attempt");
    }

    private static void answerAndFinish(Browser learner) {
        learner.driver().switchTo().frame(learner.find(By.id("scormPlayer")));
        learner.driver().switchTo().frame(learner.find(By.id("sco")));
        try {
            learner.awaitText(By.id("pageNumber"), "Trang 1/3");
            learner.click(By.id("next"));
            learner.click(By.id("next"));
            learner.find(By.id("answerA")).click();
            learner.click(By.id("check"));
            learner.awaitText(By.id("result"), "Chính xác!");
            learner.click(By.id("finish"));
        } finally {
            learner.driver().switchTo().defaultContent();
        }
    }
}
