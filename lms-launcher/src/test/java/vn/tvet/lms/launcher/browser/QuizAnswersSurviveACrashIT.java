package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.LocalStack;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * An answer the page said was saved survives a kill -9 of the application server: the learner answers, the
 * server is killed and started again, and after signing in again the attempt shows the answer, in the same single
 * attempt.
 */
class QuizAnswersSurviveACrashIT {

    @Test
    void aSavedAnswerIsThereAfterTheServerIsKilled() throws Exception {
        Path data = RunningApplication.freshDirectory("quiz-crash");
        try (LocalStack stack = LocalStack.start(RunningApplication.settings(data)); Browser learner = new Browser()) {
            App app = new App(stack);
            long classId = app.queryLong("select id from school_class where code = ?", "DCN-T24A-MĐ07");
            Pages.login(learner, app).signInAs("hptc.sv01", Pages.DEMO_PASSWORD);
            learner.open(app.url("/learning/class.xhtml?id=" + classId));
            learner.clickAndAwaitReload(By.linkText("Kiểm tra nhanh: an toàn"));
            learner.clickAndAwaitReload(By.id("step:startQuiz"));
            learner.awaitUrlContains("/learning/attempt.xhtml");
            String attemptUrl = learner.driver().getCurrentUrl();
            By rightAnswer = By.xpath("//label[normalize-space(.)='Cắt điện, khóa và treo biển báo']");
            learner.find(rightAnswer).click();
            learner.awaitText(By.xpath("(//span[contains(@class, 'saved-note')])[1]"), "Đã lưu câu trả lời.");

            stack.killAndRestartApplication();

            Pages.login(learner, app).signInAs("hptc.sv01", Pages.DEMO_PASSWORD);
            learner.open(attemptUrl);
            learner.await(d -> d.findElement(By.id(d.findElement(rightAnswer).getAttribute("for"))).isSelected());
            assertEquals(1, app.queryLong("select count(*) from quiz_attempt a join person p on p.id = a.person_id"
                    + " where p.username = ?", "hptc.sv01"), "still one attempt");
        }
    }
}
