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

            admin.click(By.id("institutions:add"));
            admin.type(By.id("institutionForm:code"), "hn-tt01");
            admin.type(By.id("institutionForm:name"), "Trung tâm GDNN-GDTX Quận Long Biên");
            admin.choose("institutionForm:type", "Trung tâm GDNN");
            admin.type(By.id("institutionForm:province"), "Hà Nội");
            admin.click(By.id("institutionForm:save"));
            admin.awaitText(By.id("institutions:table"), "HN-TT01");
            assertTrue(admin.text(By.id("institutions:table")).contains("Trung tâm GDNN-GDTX Quận Long Biên"));

            admin.click(By.id("institutions:add"));
            admin.type(By.id("institutionForm:code"), "HP-CDKT");
            admin.type(By.id("institutionForm:name"), "Trùng mã");
            admin.type(By.id("institutionForm:province"), "Hải Phòng");
            admin.click(By.id("institutionForm:save"));
            admin.awaitText(By.id("institutionForm"), "đã được dùng");
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
