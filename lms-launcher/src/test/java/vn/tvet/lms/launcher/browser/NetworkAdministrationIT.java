package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/** The network admin registers and corrects institutions. */
@ExtendWith(RunningApplication.class)
class NetworkAdministrationIT {

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
