package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/** The network admin registers and corrects institutions and keeps the occupation catalogue. */
@ExtendWith(RunningApplication.class)
class NetworkAdministrationIT {

    @TempDir
    Path files;

    @Test
    void theOccupationCatalogueShipsMarkedSeedDataAndTakesACsvImportWithRowErrors(App app) throws IOException {
        Path csv = Files.writeString(files.resolve("danh-muc-nghe.csv"), """
                mã nghề;tên nghề;trình độ
                6340113;Logistics;Cao đẳng
                6520263;Cơ điện tử;Cao đẳng
                6520264;Công nghệ kỹ thuật nhiệt;đại học
                6520265;;cao dang
                """, StandardCharsets.UTF_8);
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            admin.click(By.id("nav:navOccupations"));
            admin.awaitUrlContains("/admin/network/occupations.xhtml");
            admin.type(By.id("list:text"), "logistics");
            admin.click(By.id("list:apply"));
            admin.awaitText(By.id("list:occupations"), "5340113");
            String seeded = admin.text(By.id("list:occupations"));
            assertTrue(seeded.contains("6340113") && seeded.contains("Dữ liệu mẫu"), seeded);

            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            admin.awaitText(By.id("summary"), "Có thể nhập 2 dòng; 2 dòng có lỗi");
            String preview = admin.text(By.id("preview:rows"));
            assertTrue(preview.contains("Cập nhật") && preview.contains("Thêm mới"), preview);
            assertTrue(preview.contains("Trình độ phải là sơ cấp, trung cấp hoặc cao đẳng") && preview.contains("Thiếu tên"), preview);

            admin.click(By.id("preview:import"));
            admin.click(By.id("preview:confirmYes"));
            admin.awaitText(By.id("messages"), "1 nghề được thêm, 1 nghề được cập nhật");
            admin.type(By.id("list:text"), "65202");
            admin.click(By.id("list:apply"));
            admin.awaitText(By.id("list:occupations"), "Cơ điện tử");
            assertFalse(admin.text(By.id("list:occupations")).contains("Công nghệ kỹ thuật nhiệt"), "the bad row was skipped");
        }
    }

    @Test
    void registersAnInstitutionAndRefusesADuplicateCode(App app) {
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            admin.click(By.id("nav:navInstitutions"));
            admin.awaitUrlContains("/admin/network/institutions.xhtml");
            Pages.InstitutionsPage institutions = new Pages.InstitutionsPage(admin, app);

            institutions.register("hn-tt01", "Trung tâm GDNN-GDTX Quận Long Biên", "Trung tâm GDNN", "Hà Nội");
            admin.awaitText(By.id("institutions:table"), "HN-TT01");
            assertTrue(institutions.tableText().contains("Trung tâm GDNN-GDTX Quận Long Biên"));

            institutions.register("HP-CDKT", "Trùng mã", "Trường cao đẳng", "Hải Phòng");
            admin.awaitText(By.id("institutionForm"), "đã được dùng");
        }
    }

    @Test
    void newSchoolGetsItsFirstAdminWhoLosesAccessWhenTheSchoolCloses(App app) {
        String temporary;
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            Pages.InstitutionsPage.open(admin, app)
                    .register("HP-TTTN", "Trung tâm GDNN Thủy Nguyên", "Trung tâm GDNN", "Hải Phòng");
            admin.awaitText(By.id("institutions:table"), "HP-TTTN");

            By row = By.xpath("//tr[td/span[@class='institution-code' and text()='HP-TTTN']]");
            admin.find(row).findElement(By.xpath(".//button[contains(@id,'addAdmin')]")).click();
            admin.type(By.id("adminForm:username"), "tttn.quantri");
            admin.type(By.id("adminForm:fullName"), "Nguyễn Thị Thu Thủy");
            admin.click(By.id("adminForm:create"));
            temporary = admin.find(By.id("issuedPassword")).getText().strip();

            admin.find(row).findElement(By.xpath(".//button[contains(@id,'toggle')]")).click();
            admin.click(By.xpath("//button[contains(@class,'ui-confirmdialog-yes')]"));
            admin.awaitText(row, "Ngừng hoạt động");
        }
        try (Browser schoolAdmin = new Browser()) {
            Pages.LoginPage login = Pages.login(schoolAdmin, app).submit("tttn.quantri", temporary);
            assertTrue(login.message().contains("không đúng"), "a closed school's people cannot sign in: " + login.message());
        }
    }

    @Test
    void schoolAdminCannotOpenNetworkAdministration(App app) {
        try (Browser browser = new Browser()) {
            Pages.login(browser, app).signInAs("hptc.quantri", Pages.DEMO_PASSWORD);
            browser.open(app.url("/admin/network/institutions.xhtml"));
            assertTrue(browser.text(By.id("errorText")).contains("không có quyền"), browser.pageText());
        }
    }
}
