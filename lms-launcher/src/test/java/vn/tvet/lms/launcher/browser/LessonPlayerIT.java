package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * The lesson player shows library items in place: a text item's content, and an audio item the class's teacher
 * wants listened to 80 %: the part skipped by seeking does not count, listening from the start completes it,
 * and the teacher's grid shows the step done.
 */
@ExtendWith(RunningApplication.class)
class LessonPlayerIT {

    private static final String AUDIO = "Nhận biết tín hiệu còi trong xưởng thực hành";

    @Test
    void libraryItemsPlayInPlaceAndAudioCompletesWhenListenedTo(App app) {
        try (Browser learner = new Browser()) {
            learner.phoneSized();
            Pages.login(learner, app).signInAs("hpcd.sv03", Pages.DEMO_PASSWORD);
            learner.open(app.url("/modules/learning.xhtml"));
            learner.clickAndAwaitReload(By.xpath("//li[contains(., 'DCN-K24A-MĐ07')]//a[contains(@class, 'continue-link')]"));
            learner.clickAndAwaitReload(By.xpath("//nav[@id='outline']//a[contains(., 'An toàn điện khi làm việc trên cao')]"));
            learner.awaitText(By.id("textPreview"), "dây đai an toàn");
            assertTrue(learner.text(By.id("step:item")).contains("Mở trang học liệu"), "the item's own page is a link away");

            learner.clickAndAwaitReload(By.xpath("//nav[@id='outline']//a[contains(., '" + AUDIO + "')]"));
            learner.awaitText(By.id("stepTitle"), AUDIO);
            learner.awaitText(By.id("step:completesBy"), "80 %");
            assertTrue(learner.driver().findElements(By.id("step:markDone")).isEmpty(), "no done button: it is listened to");
            assertEquals(0, learner.overflowsSideways(), "the player fits a phone");
            JavascriptExecutor js = (JavascriptExecutor) learner.driver();
            learner.await(d -> Boolean.TRUE.equals(js.executeScript(
                    "var a = document.getElementById('audio'); return a.readyState >= 1 && a.duration > 20;")));
            // jump to the last quarter and play it out: only what was played counts
            js.executeScript("var a = document.getElementById('audio'); a.muted = true; a.playbackRate = 2;"
                    + " a.currentTime = a.duration - 5; a.play();");
            learner.await(d -> Boolean.TRUE.equals(js.executeScript("return document.getElementById('audio').ended;")));
            learner.awaitText(By.id("watched"), "Bạn đã xem 2");
            learner.awaitAjax();
            assertTrue(learner.driver().findElements(By.id("step:doneNote")).isEmpty(), "a skipped item is not done");

            js.executeScript("var a = document.getElementById('audio'); a.currentTime = 0; a.play();");
            learner.awaitText(By.id("step:doneNote"), "Bạn đã hoàn thành hoạt động này.");
            learner.awaitText(By.id("messages"), "Bạn đã hoàn thành hoạt động này.");
            learner.auditAccessibility();
            learner.driver().navigate().refresh();
            learner.awaitText(By.xpath("//nav[@id='outline']//li[contains(., '" + AUDIO + "')]"), "✓");
        }
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/classes/index.xhtml"));
            teacher.clickAndAwaitReload(By.xpath("//a[contains(., 'DCN-K24A-MĐ07')]"));
            // hpcd.sv03 is Bùi Quang Huy; the audio is the class's last step
            assertTrue(teacher.find(By.xpath("//*[@id='progressGrid']//tr[th[contains(., 'Bùi Quang Huy')]]/td[last()]"))
                    .getAttribute("class").contains("cell-done"), "the grid reads the record");
            assertEquals("Xem video hoặc nghe audio đủ tỉ lệ",
                    teacher.find(By.xpath("(//select[contains(@id, ':completion')])[last()]/option[@selected]")).getText());
        }
    }
}
