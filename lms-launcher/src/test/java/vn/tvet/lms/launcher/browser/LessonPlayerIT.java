package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * The lesson player shows library items in place: a text item's content, and an audio item the class's teacher
 * wants listened to 80 %: the part skipped by seeking does not count, listening from the start completes it,
 * and the teacher's grid shows the step done. Evidence for a practical task goes up through the resumable upload
 * path; the teacher sees it when marking, another learner gets 404 for it.
 */
@ExtendWith(RunningApplication.class)
class LessonPlayerIT {

    private static final String AUDIO = "Nhận biết tín hiệu còi trong xưởng thực hành";
    private static final String TASK = "Lắp aptomat tổng và đấu nối thanh cái";

    @TempDir
    Path files;

    @Test
    void libraryItemsPlayInPlaceAudioCompletesWhenListenedToAndEvidenceIsHandedIn(App app) throws Exception {
        String evidenceUrl;
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

            // evidence for the practical task, through the resumable upload path, from a phone-sized window
            learner.clickAndAwaitReload(By.xpath("//nav[@id='outline']//a[contains(., '" + TASK + "')]"));
            learner.awaitText(By.id("step:noEvidence"), "chưa nộp minh chứng");
            learner.find(By.id("evidenceFile")).sendKeys(TestFiles.png(files, "tu-dien-da-dau.png").toString());
            learner.click(By.id("startUpload"));
            learner.awaitText(By.id("evidenceList"), "tu-dien-da-dau.png");
            learner.auditAccessibility();
            learner.find(By.id("evidenceFile")).sendKeys(TestFiles.pdf(files, "bao-cao.exe", "Báo cáo", "report").toString());
            learner.click(By.id("startUpload"));
            learner.awaitText(By.id("uploadStatus"), "Định dạng tệp này không được nhận ở đây");
            assertTrue(learner.text(By.id("uploadStatus")).contains("png, pptx"), "the accepted formats are named");
            evidenceUrl = learner.find(By.xpath("//ul[@id='evidenceList']//a")).getAttribute("href");
        }
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/classes/index.xhtml"));
            teacher.clickAndAwaitReload(By.xpath("//a[contains(., 'DCN-K24A-MĐ07')]"));
            // hpcd.sv03 is Bùi Quang Huy; the audio is the step before the review quiz
            assertTrue(teacher.find(By.xpath("//*[@id='progressGrid']//tr[th[contains(., 'Bùi Quang Huy')]]/td[last() - 1]"))
                    .getAttribute("class").contains("cell-done"), "the grid reads the record");
            assertEquals("Xem video hoặc nghe audio đủ tỉ lệ",
                    teacher.find(By.xpath("(//select[contains(@id, ':completion')])[last()]/option[@selected]")).getText());

            // marking the task shows what the learner handed in
            teacher.choose("mark:learner", "Bùi Quang Huy (hpcd.sv03)");
            teacher.choose("mark:task", "2.2 " + TASK);
            teacher.awaitText(By.id("learnerEvidence"), "tu-dien-da-dau.png");
            teacher.auditAccessibility();
        }
        try (Browser classmate = new Browser()) {
            Pages.login(classmate, app).signInAs("hpcd.sv02", Pages.DEMO_PASSWORD);
            classmate.open(evidenceUrl);
            assertTrue(classmate.pageText().contains("404") || classmate.pageText().contains("Không tìm thấy"),
                    "another learner's evidence is not found: " + classmate.pageText());
        }
    }
}
