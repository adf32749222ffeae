package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * A teacher opens a class of the demo programme, which opens its module classes, and enrols a learner in all of
 * them at once; then moves a class of a module of their own to the module's newer version after being shown what
 * changes and confirming.
 */
@ExtendWith(RunningApplication.class)
class ProgrammeClassesIT {

    @TempDir
    Path files;

    @Test
    void aProgrammeClassEnrolsInEveryModuleClass(App app) throws Exception {
        String key;
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/classes/index.xhtml"));
            teacher.find(By.xpath("//label[normalize-space(.)='Cả chương trình đào tạo']")).click();
            teacher.await(d -> !d.findElements(By.id("open:programme")).isEmpty());
            teacher.choose("open:programme", "DCN-CD-MAU – Điện công nghiệp trình độ cao đẳng (mẫu)");
            teacher.type(By.id("open:code"), "dcn-k26");
            teacher.type(By.id("open:name"), "CĐ Điện công nghiệp K26");
            teacher.clickAndAwaitReload(By.id("open:save"));
            teacher.awaitUrlContains("/classes/programme.xhtml");
            teacher.awaitText(By.id("messages"), "Đã mở lớp theo chương trình DCN-K26.");
            assertTrue(teacher.text(By.id("modules:moduleClasses")).contains("DCN-K26-MĐ07"), "the demo module's class");
            teacher.auditAccessibility();

            enrol(teacher, "hpcd.sv04");
            teacher.awaitText(By.id("messages"), "Đã ghi danh 1 người học vào");
            // from a file, the bad line named and skipped
            Path csv = TestFiles.text(files, "k26.csv", "ma_nguoi_hoc\nhpcd.sv02\nqncd.sv01\n");
            teacher.driver().findElement(By.cssSelector("#enrolFile input[type=file]")).sendKeys(csv.toString());
            teacher.awaitText(By.id("fileSummary"), "1 người học sẽ được ghi danh, 1 dòng bị bỏ qua");
            teacher.click(By.id("filePreview:enrolRows"));
            teacher.awaitText(By.id("messages"), "Đã ghi danh 1 người học; 1 dòng bị bỏ qua");
            teacher.awaitText(By.id("activeCount"), "2");
            teacher.click(By.id("key:newKey"));
            teacher.awaitText(By.id("messages"), "Mã tham gia mới:");
            key = teacher.text(By.cssSelector("#key .class-key"));

            teacher.clickAndAwaitReload(By.linkText("DCN-K26-MĐ07"));
            teacher.awaitUrlContains("/classes/class.xhtml");
            teacher.awaitText(By.id("activeCount"), "2");
            teacher.awaitText(By.id("programmeClassLink"), "DCN-K26 – CĐ Điện công nghiệp K26");
        }
        try (Browser learner = new Browser()) {
            Pages.login(learner, app).signInAs("hpcd.sv04", Pages.DEMO_PASSWORD);
            learner.open(app.url("/modules/learning.xhtml"));
            learner.awaitText(By.id("myClasses"), "DCN-K26-MĐ07");
        }
        try (Browser learner = new Browser()) {
            Pages.login(learner, app).signInAs("hpcd.sv03", Pages.DEMO_PASSWORD);
            learner.open(app.url("/modules/learning.xhtml"));
            learner.type(By.id("join:key"), key);
            learner.click(By.id("join:joinButton"));
            learner.awaitText(By.id("messages"), "Bạn đã vào lớp CĐ Điện công nghiệp K26.");
            learner.awaitText(By.id("myClasses"), "DCN-K26-MĐ07");
        }
    }

    @Test
    void aClassMovesToTheModulesNewerVersionOnlyWhenConfirmed(App app) {
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/modules/index.xhtml"));
            teacher.type(By.id("create:code"), "MĐ-CV01");
            teacher.type(By.id("create:name"), "Chuyển phiên bản lớp");
            teacher.clickAndAwaitReload(By.id("create:save"));
            teacher.awaitUrlContains("/modules/module.xhtml");
            String moduleUrl = teacher.driver().getCurrentUrl();
            teacher.type(By.id("lessons:lessonTitle"), "Bài 1: Đo điện trở");
            teacher.click(By.id("lessons:addLesson"));
            teacher.awaitText(By.id("lessons:list"), "Bài 1: Đo điện trở");
            addPage(teacher, "Đọc trước khi đo");
            publish(teacher, 1);

            String classUrl = openClass(app, teacher, "CV-01", "Lớp chuyển phiên bản");
            assertTrue(teacher.driver().findElements(By.id("version:moveClass")).isEmpty(), "nothing newer yet");
            enrol(teacher, "hpcd.sv04");
            teacher.awaitText(By.id("transfer:noDestinations"), "Chưa có lớp nào khác của mô đun này");

            teacher.open(moduleUrl);
            addPage(teacher, "Đo thử trên mạch mẫu");
            publish(teacher, 2);
            teacher.open(classUrl);
            teacher.awaitText(By.id("version:newerVersion"), "Lớp đang học phiên bản 1; mô đun đã xuất bản phiên bản 2.");
            assertTrue(teacher.text(By.id("versionAdds")).contains("Đo thử trên mạch mẫu"), "what the learners will add");
            assertTrue(teacher.text(By.id("classDetails")).contains("phiên bản 1"), "not moved by itself");
            teacher.auditAccessibility();
            teacher.click(By.id("version:moveClass"));
            teacher.clickAndAwaitReload(By.id("confirmForm:confirmYes"));
            teacher.awaitText(By.id("messages"), "Lớp đã chuyển sang phiên bản 2; 1 hoạt động giữ nguyên kết quả.");
            teacher.awaitText(By.id("classDetails"), "phiên bản 2");
            assertTrue(teacher.driver().findElements(By.id("version:moveClass")).isEmpty(), "on the newest version now");

            // one learner moves to another class of the module, after confirming
            openClass(app, teacher, "CV-02", "Lớp chuyển phiên bản 2");
            teacher.open(classUrl);
            teacher.choose("transfer:learner", "Đặng Thu Trang (hpcd.sv04)");
            teacher.choose("transfer:destination", "CV-02 – Lớp chuyển phiên bản 2 (phiên bản 2)");
            teacher.click(By.id("transfer:move"));
            teacher.click(By.id("confirmForm:confirmYes"));
            teacher.awaitText(By.id("messages"), "Đã chuyển người học sang lớp CV-02 (phiên bản 2).");
            teacher.awaitText(By.id("activeCount"), "0");
        }
    }

    /** Opens a class of the test's module at its newest version; the class page's address. */
    private static String openClass(App app, Browser teacher, String code, String name) {
        teacher.open(app.url("/classes/index.xhtml"));
        teacher.choose("open:module", "MĐ-CV01 – Chuyển phiên bản lớp");
        teacher.type(By.id("open:code"), code);
        teacher.type(By.id("open:name"), name);
        teacher.clickAndAwaitReload(By.id("open:save"));
        teacher.awaitUrlContains("/classes/class.xhtml");
        return teacher.driver().getCurrentUrl();
    }

    private static void enrol(Browser teacher, String username) {
        teacher.type(By.id("enrol:candidateFilter"), username);
        teacher.click(By.id("enrol:find"));
        // the list shows every learner before the filter's answer redraws it
        teacher.awaitAjax();
        teacher.awaitText(By.id("enrol:chosen"), "(" + username + ")");
        By box = By.id(teacher.find(By.xpath("//label[contains(., '(" + username + ")')]")).getAttribute("for"));
        teacher.find(box).sendKeys(Keys.SPACE);
        teacher.await(d -> d.findElement(box).isSelected());
        teacher.click(By.id("enrol:enrolChosen"));
        teacher.awaitText(By.id("activeCount"), "1");
    }

    private static void addPage(Browser teacher, String title) {
        teacher.await(d -> d.findElement(By.cssSelector("#act\\:page .ql-editor")).isDisplayed());
        teacher.type(By.id("act:activityTitle"), title);
        teacher.find(By.cssSelector("#act\\:page .ql-editor")).sendKeys("Nội dung: " + title);
        teacher.click(By.id("act:addWritten"));
        teacher.awaitText(By.id("act:list"), title);
    }

    private static void publish(Browser teacher, int expectedVersion) {
        teacher.type(By.id("publish:note"), "Phiên bản " + expectedVersion);
        teacher.click(By.id("publish:publishButton"));
        teacher.clickAndAwaitReload(By.id("confirmForm:confirmYes"));
        teacher.awaitText(By.id("versionChip"), "Phiên bản " + expectedVersion);
    }
}
