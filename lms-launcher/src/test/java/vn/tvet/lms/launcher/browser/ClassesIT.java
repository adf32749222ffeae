package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * A teacher opens a class of the demo module, enrols learners found by name, withdraws one with confirmation and
 * makes a class key; a learner joins with the key and finds the class on their learning page; a colleague and
 * another school's teacher are told the class does not exist.
 */
@ExtendWith(RunningApplication.class)
class ClassesIT {

    @TempDir
    Path files;

    @Test
    void aTeacherRunsAClassThatALearnerJoinsWithItsKey(App app) throws Exception {
        String classUrl;
        String key;
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.click(By.id("nav:navClasses"));
            teacher.awaitUrlContains("/classes/index.xhtml");
            assertTrue(teacher.text(By.id("list:table")).contains("DCN-K24A-MĐ07"), "the demo class is listed");

            teacher.choose("open:module", "MĐ07 – Lắp đặt tủ điện phân phối");
            teacher.type(By.id("open:code"), "dcn-k25b-mđ07");
            teacher.type(By.id("open:name"), "Điện công nghiệp K25B");
            teacher.clickAndAwaitReload(By.id("open:save"));
            teacher.awaitUrlContains("/classes/class.xhtml");
            teacher.awaitText(By.id("messages"), "Đã mở lớp DCN-K25B-MĐ07");
            classUrl = teacher.driver().getCurrentUrl();

            // the school's learners not in the class, found by name with diacritics aside
            teacher.type(By.id("enrol:candidateFilter"), "thu trang");
            teacher.click(By.id("enrol:find"));
            teacher.await(d -> !teacher.text(By.id("enrol:chosen")).contains("(hpcd.sv02)"));
            assertTrue(teacher.text(By.id("enrol:chosen")).contains("(hpcd.sv04)"), "Đặng Thu Trang");
            teacher.type(By.id("enrol:candidateFilter"), "");
            teacher.click(By.id("enrol:find"));
            // (other tests may have added learners to the school: the list is checked, not its length)
            teacher.awaitText(By.id("enrol:chosen"), "(hpcd.sv03)");
            for (String username : new String[] {"hpcd.sv02", "hpcd.sv03"}) {
                By box = By.id(teacher.find(By.xpath("//label[contains(., '(" + username + ")')]")).getAttribute("for"));
                // from the keyboard, as a person without a mouse would
                teacher.find(box).sendKeys(Keys.SPACE);
                teacher.await(d -> d.findElement(box).isSelected());
            }
            teacher.click(By.id("enrol:enrolChosen"));
            teacher.awaitText(By.id("messages"), "Đã ghi danh 2 người học.");
            teacher.awaitText(By.id("activeCount"), "2");
            String learners = teacher.text(By.id("learners:table"));
            assertTrue(learners.contains("hpcd.sv02") && learners.contains("hpcd.sv03"), learners);

            teacher.click(By.id("learners:table:1:withdraw"));
            teacher.click(By.id("confirmForm:confirmYes"));
            teacher.awaitText(By.id("messages"), "khỏi lớp; quá trình học tập vẫn được giữ.");
            teacher.awaitText(By.id("activeCount"), "1");
            assertTrue(teacher.text(By.id("learners:table")).contains("Đã rút khỏi lớp lúc"), "the withdrawn learner stays");

            // enrolment from a file: every line previewed, the bad one skipped with its reason
            Path csv = TestFiles.text(files, "lop-k25b.csv", "ma_nguoi_hoc\nHPCD.SV01\nqncd.sv01\n");
            teacher.driver().findElement(By.cssSelector("#enrolFile input[type=file]")).sendKeys(csv.toString());
            teacher.awaitText(By.id("fileSummary"), "1 người học sẽ được ghi danh, 1 dòng bị bỏ qua");
            assertTrue(teacher.text(By.id("filePreview:rows")).contains("Không phải người học của trường"));
            teacher.click(By.id("filePreview:enrolRows"));
            teacher.awaitText(By.id("messages"), "Đã ghi danh 1 người học; 1 dòng bị bỏ qua");
            teacher.awaitText(By.id("fileSkipped"), "qncd.sv01");
            teacher.awaitText(By.id("activeCount"), "2");

            // a due date already past for the practical task (the fifth activity), which opens after the fourth
            teacher.type(By.id("plan:steps:4:due_input"), "01/12/2026");
            teacher.choose("plan:steps:4:requires", "2.1");
            teacher.click(By.id("plan:saveDue"));
            teacher.awaitText(By.id("messages"), "Đã lưu thiết lập của 1 hoạt động.");

            // the final quiz of this class: 20 minutes, two attempts
            teacher.clickAndAwaitReload(By.id("plan:steps:5:quizLink"));
            teacher.awaitUrlContains("/classes/quiz.xhtml");
            teacher.type(By.id("settings:timeLimit_input"), "20");
            teacher.type(By.id("settings:maxAttempts_input"), "2");
            teacher.click(By.id("settings:save"));
            teacher.awaitText(By.id("messages"), "Đã lưu thiết lập bài kiểm tra.");
            teacher.open(classUrl);
            teacher.click(By.id("key:newKey"));
            teacher.awaitText(By.id("messages"), "Mã tham gia mới:");
            key = teacher.text(By.cssSelector("#key .class-key"));
            assertTrue(key.matches("[A-Z2-9]{8}"), key);
        }
        try (Browser learner = new Browser()) {
            learner.phoneSized();
            Pages.login(learner, app).signInAs("hpcd.sv04", Pages.DEMO_PASSWORD);
            learner.open(app.url("/modules/learning.xhtml"));
            learner.type(By.id("join:key"), "SAIMA234");
            learner.click(By.id("join:joinButton"));
            learner.awaitText(By.id("messages"), "Mã tham gia không đúng");
            learner.type(By.id("join:key"), key.toLowerCase());
            learner.click(By.id("join:joinButton"));
            learner.awaitText(By.id("messages"), "Bạn đã vào lớp Điện công nghiệp K25B.");
            learner.awaitText(By.id("myClasses"), "DCN-K25B-MĐ07 – Điện công nghiệp K25B");
            // told in the app and by e-mail, through the local SMTP server
            var mail = app.awaitMail("hpcd.sv04@demo.tvet.vn", "Điện công nghiệp K25B");
            assertTrue(mail.subject().contains("ghi danh"), mail.subject());
            learner.open(app.url("/account/notifications.xhtml"));
            learner.awaitText(By.id("notices:list"), "Bạn đã được ghi danh vào lớp “Điện công nghiệp K25B”");
            learner.open(app.url("/modules/learning.xhtml"));
            assertEquals(0, learner.overflowsSideways(), "the learning page fits a phone");
            String card = learner.text(By.xpath("//li[contains(., 'DCN-K25B-MĐ07')]"));
            assertTrue(card.contains("Sắp đến hạn") && card.contains("01/12/2026") && card.contains("Quá hạn"), card);

            // the lesson player: continue where I left off, mark done, next, a quiz that says which answer was wrong
            learner.clickAndAwaitReload(By.xpath("//li[contains(., 'DCN-K25B-MĐ07')]//a[contains(@class, 'continue-link')]"));
            learner.awaitUrlContains("/learning/class.xhtml");
            learner.awaitText(By.id("progressText"), "Đã xong 0/8 hoạt động");
            assertEquals(0, learner.overflowsSideways(), "the player fits a phone");
            learner.clickAndAwaitReload(By.id("step:markDone"));
            learner.awaitText(By.id("stepTitle"), "Năm bước cắt điện");
            learner.awaitText(By.id("progressText"), "Đã xong 1/8 hoạt động");
            learner.clickAndAwaitReload(By.id("step:markDone"));
            learner.awaitText(By.id("stepTitle"), "Kiểm tra nhanh: an toàn");
            // the quiz opens as an attempt whose answers are saved one by one, so a reload loses nothing
            learner.clickAndAwaitReload(By.id("step:startQuiz"));
            learner.awaitUrlContains("/learning/attempt.xhtml");
            assertEquals(0, learner.overflowsSideways(), "the attempt fits a phone");
            learner.find(By.xpath("//label[normalize-space(.)='Cắt điện, khóa và treo biển báo']")).click();
            learner.awaitText(By.xpath("(//span[contains(@class, 'saved-note')])[1]"), "Đã lưu câu trả lời.");
            learner.find(By.xpath("//label[normalize-space(.)='Sau khi lên đến vị trí làm việc']")).click();
            learner.awaitText(By.xpath("(//span[contains(@class, 'saved-note')])[2]"), "Đã lưu câu trả lời.");
            learner.driver().navigate().refresh();
            learner.await(d -> d.findElement(By.id(d.findElement(By.xpath(
                    "//label[normalize-space(.)='Cắt điện, khóa và treo biển báo']")).getAttribute("for"))).isSelected());
            learner.click(By.id("attempt:submit"));
            learner.click(By.id("confirmForm:confirmYes"));
            learner.awaitText(By.id("attempt:result"), "Kết quả: 50 %");
            learner.auditAccessibility();
            assertTrue(learner.text(By.cssSelector(".quiz-questions")).contains("Chưa đúng"), "the wrong answer is pointed out");
            learner.clickAndAwaitReload(By.id("attempt:back"));
            learner.awaitText(By.id("step:quizGrade"), "50 %");
            learner.awaitText(By.id("progressText"), "Đã xong 3/8 hoạt động");
            // the final quiz draws from the bank; its essay is saved as it is typed and kept across a reload
            learner.open(app.url("/learning/class.xhtml?step=5&id=" + classUrl.replaceAll(".*id=(\\d+).*", "$1")));
            learner.awaitText(By.id("step:quiz"), "Thời gian làm bài: 20 phút");
            learner.clickAndAwaitReload(By.id("step:startQuiz"));
            learner.awaitText(By.id("attempt:timer"), "Thời gian còn lại: 19:");
            WebElement essay = learner.find(By.cssSelector("textarea[data-autosave]"));
            essay.sendKeys("Cắt điện, đo giữa pha và vỏ bằng megaohm kế 500 V; đạt từ 1 MΩ.");
            learner.awaitText(By.xpath("//textarea[@data-autosave]/following::span[contains(@class, 'saved-note')][1]"),
                    "Đã lưu câu trả lời.");
            String source = learner.driver().getPageSource();
            for (String feedback : new String[] {"Quy trình 5 bước", "Đúng: khóa và treo thẻ", "Găng tay không thay",
                    "Sai: theo quy ước màu"}) {
                assertFalse(source.contains(feedback), "no feedback (nor answer key) reaches the page before submission");
            }
            learner.driver().navigate().refresh();
            learner.await(d -> d.findElement(By.cssSelector("textarea[data-autosave]")).getAttribute("value")
                    .contains("megaohm kế 500 V"));
            learner.click(By.id("attempt:submit"));
            learner.click(By.id("confirmForm:confirmYes"));
            learner.awaitText(By.id("attempt:result"), "đang chờ giáo viên chấm");
            learner.open(app.url("/learning/class.xhtml?id=" + classUrl.replaceAll(".*id=(\\d+).*", "$1")));
            learner.awaitText(By.id("stepTitle"), "Xưởng thực hành ảo");
            assertTrue(learner.text(By.id("outline")).contains("🔒"), "the task is not open yet");
            learner.open(app.url("/learning/class.xhtml?step=4&id=" + classUrl.replaceAll(".*id=(\\d+).*", "$1")));
            learner.awaitText(By.id("step:lockedNote"), "mở sau khi bạn hoàn thành «Xưởng thực hành ảo");
            learner.awaitText(By.id("step:stepDue"), "Quá hạn");
        }
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.open(classUrl);
            String grid = teacher.text(By.id("progressGrid"));
            assertTrue(grid.contains("3/8"), "the teacher sees what the record says: " + grid);
            teacher.choose("mark:learner", "Đặng Thu Trang (hpcd.sv04)");
            teacher.choose("mark:task", "2.2 Lắp aptomat tổng và đấu nối thanh cái");
            teacher.type(By.id("mark:comment"), "Đấu nối gọn, đúng sơ đồ.");
            teacher.click(By.id("mark:save"));
            teacher.awaitText(By.id("messages"), "Đã ghi kết quả: Đạt.");
            teacher.awaitText(By.id("progressGrid"), "4/8");
            assertTrue(teacher.text(By.id("progressGrid")).contains("quá hạn: 1"), "who is behind is marked");
            // the grid narrowed to who is behind (not Trang: her task is marked), then to the first lesson by progress
            teacher.choose("gridFilter:status", "Chưa bắt đầu");
            teacher.click(By.id("gridFilter:apply"));
            teacher.await(d -> !teacher.text(By.id("progressGrid")).contains("Đặng Thu Trang"));
            teacher.choose("gridFilter:status", "Đang chậm (có hoạt động quá hạn)");
            teacher.click(By.id("gridFilter:apply"));
            teacher.await(d -> {
                String behind = d.findElement(By.id("progressGrid")).getText();
                return behind.contains("quá hạn: 1") && !behind.contains("Đặng Thu Trang");
            });
            teacher.choose("gridFilter:status", "Tất cả");
            teacher.choose("gridFilter:lesson", "1. Bài 1: An toàn khi làm việc với tủ điện");
            teacher.choose("gridFilter:sort", "Theo tiến độ (nhiều nhất trước)");
            teacher.click(By.id("gridFilter:apply"));
            // the one who did most comes first
            teacher.await(d -> d.findElement(By.xpath("//table[@class='progress-grid']/tbody/tr[1]")).getText()
                    .matches("(?s).*Đặng Thu Trang.*3/3.*"));
            // the teacher grades the essay of the final quiz
            teacher.clickAndAwaitReload(By.id("plan:steps:5:quizLink"));
            teacher.awaitText(By.id("toGrade"), "1 bài đang chờ chấm");
            teacher.clickAndAwaitReload(By.linkText("Chấm"));
            teacher.awaitUrlContains("/classes/attempt.xhtml");
            WebElement points = teacher.find(By.xpath("//p[contains(., 'megaohm')]/ancestor::fieldset"
                    + "//input[contains(@id, 'points_input')]"));
            points.sendKeys("1");
            teacher.find(By.xpath("//p[contains(., 'megaohm')]/ancestor::fieldset//input[contains(@id, 'reason')]"))
                    .sendKeys("Đủ các bước");
            teacher.find(By.xpath("//p[contains(., 'megaohm')]/ancestor::fieldset//button[contains(@id, 'grade')]")).click();
            teacher.awaitText(By.id("messages"), "Đã lưu điểm.");
            teacher.awaitText(By.id("attemptStatus"), "Đã chấm");
            assertTrue(teacher.text(By.id("history")).contains("Đủ các bước"), "the grade is in the history");
            teacher.open(classUrl);
            teacher.clickAndAwaitReload(By.linkText("Đặng Thu Trang"));
            teacher.awaitText(By.id("timeline"), "Đấu nối gọn, đúng sơ đồ.");
            assertTrue(teacher.text(By.id("timeline")).contains("1/2"), "the quiz score is in the timeline");
            // an accommodation for this learner: half as much time again on timed quizzes
            teacher.choose("extraTime:percent", "+50 %");
            teacher.click(By.id("extraTime:save"));
            teacher.awaitText(By.id("messages"), "Đặng Thu Trang được cộng thêm 50 % thời gian làm bài kiểm tra.");
        }
        for (String outsider : new String[] {"hpcd.gv2", "qncd.gv1"}) {
            try (Browser other = new Browser()) {
                Pages.login(other, app).signInAs(outsider, Pages.DEMO_PASSWORD);
                other.open(classUrl);
                other.await(d -> other.pageText().contains("Không tìm thấy trang"));
            }
        }
    }
}
