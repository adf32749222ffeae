package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/** A school admin manages the school's people as a person would, and cannot reach another school's. */
@ExtendWith(RunningApplication.class)
class SchoolAdministrationIT {

    @TempDir
    Path files;

    @Test
    void createdTeacherSignsInWithTemporaryPasswordAndMustChangeIt(App app) {
        String temporary;
        try (Browser admin = new Browser()) {
            Pages.MembersPage members = Pages.login(admin, app).signInAs("hpcd.quantri", Pages.DEMO_PASSWORD).members();
            temporary = members.create("hpcd.gv.moi", "Trương Thị Mỹ Duyên", "Nhà giáo");
            members.filterByName("duyên");
            admin.awaitText(By.id("members:table"), "hpcd.gv.moi");
        }
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).submit("hpcd.gv.moi", temporary);
            teacher.awaitUrlContains("/account/password.xhtml");
            assertTrue(teacher.pageText().contains("mật khẩu tạm thời"));
            // Every other page sends them back until the password is changed.
            teacher.open(app.url("/dashboard.xhtml"));
            teacher.awaitUrlContains("/account/password.xhtml");

            teacher.type(By.id("password:current"), temporary);
            teacher.type(By.id("password:new"), "short");
            teacher.type(By.id("password:repeated"), "short");
            teacher.clickAndAwaitReload(By.id("password:submit"));
            teacher.awaitText(By.id("main"), "ít nhất 8 ký tự");

            teacher.type(By.id("password:current"), temporary);
            teacher.type(By.id("password:new"), "XuongThucHanh2026");
            teacher.type(By.id("password:repeated"), "XuongThucHanh2026");
            teacher.clickAndAwaitReload(By.id("password:submit"));
            teacher.awaitUrlContains("/dashboard.xhtml");
            assertTrue(teacher.pageText().contains("Góc nhà giáo"));
        }
        try (Browser again = new Browser()) {
            Pages.login(again, app).signInAs("hpcd.gv.moi", "XuongThucHanh2026");
        }
    }

    @Test
    void markupInNamesIsShownAsTextNeverRun(App app) {
        try (Browser admin = new Browser()) {
            Pages.MembersPage members = Pages.login(admin, app).signInAs("hptc.quantri", Pages.DEMO_PASSWORD).members();
            members.create("hptc.script", "<img src=x onerror=alert(1)>Lê Văn Tèo", "Người học");
            members.filterByName("tèo");
            admin.awaitText(By.id("members:table"), "<img src=x onerror=alert(1)>Lê Văn Tèo");
            assertTrue(admin.driver().findElements(By.cssSelector("#members\\:table img")).isEmpty(),
                    "the name must not become an element");
        }
    }

    @Test
    void disabledAccountLosesItsSessionAndCannotSignIn(App app) {
        try (Browser student = new Browser(); Browser admin = new Browser()) {
            Pages.login(student, app).signInAs("hptc.sv03", Pages.DEMO_PASSWORD);

            Pages.MemberPage member = Pages.login(admin, app).signInAs("hptc.quantri", Pages.DEMO_PASSWORD).members()
                    .open("Tạ Đình Phong");
            assertEquals("Đang hoạt động", member.status());
            member.disable();

            student.open(app.url("/dashboard.xhtml"));
            student.awaitUrlContains("/login.xhtml");
            Pages.LoginPage login = new Pages.LoginPage(student, app).submit("hptc.sv03", Pages.DEMO_PASSWORD);
            assertTrue(login.message().contains("không đúng"), login.message());
        }
    }

    @Test
    void resetPasswordReplacesTheOldOne(App app) {
        String temporary;
        try (Browser admin = new Browser()) {
            temporary = Pages.login(admin, app).signInAs("qncd.quantri", Pages.DEMO_PASSWORD).members()
                    .open("Hà Thị Thảo").resetPassword();
        }
        try (Browser student = new Browser()) {
            Pages.LoginPage login = Pages.login(student, app).submit("qncd.sv02", Pages.DEMO_PASSWORD);
            assertTrue(login.message().contains("không đúng"), "the old password must stop working");
            login.submit("qncd.sv02", temporary);
            student.awaitUrlContains("/account/password.xhtml");
        }
    }

    @Test
    void csvImportPreviewsRowErrorsAndImportsOnlyGoodRows(App app) throws IOException {
        Path csv = files.resolve("lop-dien-cong-nghiep.csv");
        Files.writeString(csv, """
                ma_nguoi_hoc,ho_ten,email
                dcn24001,Nguyễn Hoàng Nam,nam@example.vn
                dcn24002,Lê Thị Kim Oanh,
                bad code!,Sai Mã,
                dcn24003,Võ Thành Công,not-an-email
                DCN24004 ,Đoàn Minh Khoa,khoa@example.vn
                """, StandardCharsets.UTF_8);
        String password;
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("hpcd.quantri", Pages.DEMO_PASSWORD);
            admin.click(By.id("nav:navImport"));
            admin.awaitUrlContains("/admin/school/import.xhtml");
            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());

            admin.awaitText(By.id("summary"), "3 dòng hợp lệ, 2 dòng có lỗi");
            String preview = admin.text(By.id("preview:rows"));
            assertTrue(preview.contains("Mã người học chỉ gồm chữ cái"), preview);
            assertTrue(preview.contains("Thư điện tử không hợp lệ"), preview);
            assertTrue(preview.contains("Mã sẽ lưu là “dcn24004”"), "a code changed on the way in is said: " + preview);

            admin.click(By.id("preview:import"));
            admin.click(By.id("preview:confirmYes"));
            admin.awaitText(By.id("issued:passwords"), "dcn24004");
            String issued = admin.text(By.id("issued:passwords"));
            assertTrue(issued.contains("Nguyễn Hoàng Nam") && !issued.contains("Sai Mã"), issued);
            admin.awaitText(By.id("messages"), "Đã nhập 3 người học. 2 dòng bị bỏ qua");
            String skipped = admin.text(By.id("skippedRows"));
            assertTrue(skipped.contains("bad code!") && skipped.contains("Mã người học chỉ gồm chữ cái")
                    && skipped.contains("Võ Thành Công"), "the skipped rows stay, with their reasons: " + skipped);
            password = admin.driver().findElement(By.xpath(
                    "//td[span[@class='issued-username' and text()='dcn24001']]/following-sibling::td[2]/span")).getText();
        }
        try (Browser student = new Browser()) {
            Pages.login(student, app).submit("dcn24001", password);
            student.awaitUrlContains("/account/password.xhtml");
        }
    }

    @Test
    void csvThatIsNotUtf8IsRefusedWithAClearMessage(App app) throws IOException {
        Path csv = files.resolve("windows-1258.csv");
        Files.write(csv, new byte[] {'s', 'v', '1', '2', '3', ',', 'N', (byte) 0xE9, 'n', '\n'});
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("hpcd.quantri", Pages.DEMO_PASSWORD);
            admin.open(app.url("/admin/school/import.xhtml"));
            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            admin.awaitText(By.id("messages"), "không phải mã UTF-8");
        }
    }

    @Test
    void anotherSchoolsPersonIsNotFoundAndStudentsCannotAdminister(App app) {
        long otherSchoolStudent = app.personId("qncd.sv01");
        long ownStudent = app.personId("hpcd.sv01");
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("hpcd.quantri", Pages.DEMO_PASSWORD);
            admin.open(app.url("/admin/school/member.xhtml?id=" + ownStudent));
            assertEquals("Phạm Minh Tuấn", admin.text(By.id("memberName")));

            admin.open(app.url("/admin/school/member.xhtml?id=" + otherSchoolStudent));
            assertTrue(admin.text(By.id("errorText")).contains("Không tìm thấy"), admin.pageText());
            assertTrue(!admin.pageText().contains("Kiều Văn Sơn"), "nothing of the other school's person may show");

            admin.open(app.url("/admin/school/member.xhtml?id=not-a-number"));
            assertTrue(admin.text(By.id("errorText")).contains("Không tìm thấy"));
        }
        try (Browser student = new Browser()) {
            Pages.login(student, app).signInAs("hpcd.sv04", Pages.DEMO_PASSWORD);
            student.open(app.url("/admin/school/members.xhtml"));
            assertTrue(student.text(By.id("errorText")).contains("không có quyền"), student.pageText());
        }
    }
}
