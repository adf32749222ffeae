package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/** Every demo role signs in, sees its own dashboard in Vietnamese, and signs out; guessing is throttled. */
@ExtendWith(RunningApplication.class)
class SignInIT {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
        "hpcd.sv01,    studentPanel,     Người học",
        "hpcd.gv1,     teacherPanel,     Nhà giáo",
        "hpcd.quantri, schoolAdminPanel, Quản trị trường",
        "quantri.mang, networkPanel,     Quản trị hệ thống",
        "thuvien,      libraryPanel,     Quản trị kho học liệu dùng chung",
        "thanhtra,     inspectorPanel,   'Thanh tra, Sở'"
    })
    void eachRoleSeesItsDashboardInVietnamese(String username, String panel, String roleName, App app) {
        try (Browser browser = new Browser()) {
            Pages.DashboardPage dashboard = Pages.login(browser, app).signInAs(username, Pages.DEMO_PASSWORD);

            assertEquals("Bảng điều khiển", dashboard.heading());
            assertTrue(dashboard.shows(panel), panel + " missing for " + username);
            assertTrue(dashboard.roles().contains(roleName), dashboard.roles());
            for (String other : new String[] {"studentPanel", "teacherPanel", "schoolAdminPanel", "networkPanel",
                    "libraryPanel", "inspectorPanel"}) {
                if (!other.equals(panel)) {
                    assertFalse(dashboard.shows(other), other + " must not show for " + username);
                }
            }
            Pages.LoginPage afterLogout = dashboard.signOut();
            assertTrue(browser.pageText().contains("Bạn đã đăng xuất."));
            browser.open(app.url("/dashboard.xhtml"));
            browser.awaitUrlContains("/login.xhtml");
            assertTrue(afterLogout.browser().driver().getCurrentUrl().contains("/login.xhtml"));
        }
    }

    @Test
    void inspectorSeesHeadcountsOfEverySchool(App app) {
        try (Browser browser = new Browser()) {
            Pages.login(browser, app).signInAs("thanhtra", Pages.DEMO_PASSWORD);
            String table = browser.text(By.id("headcounts"));
            assertTrue(table.contains("Trường Cao đẳng Kỹ thuật Hải Phòng"), table);
            assertTrue(table.contains("Trường Cao đẳng Công nghiệp Quảng Ninh"), table);
            assertTrue(table.contains("Quảng Ninh"), table);
        }
    }

    @Test
    void tenWrongPasswordsInARowAreThrottledEvenForTheRightPassword(App app) {
        try (Browser browser = new Browser()) {
            Pages.LoginPage login = Pages.login(browser, app);
            for (int i = 0; i < 5; i++) {
                login.submit("qncd.sv04", "wrong-password-" + i);
                assertTrue(login.message().contains("không đúng"), login.message());
            }
            for (int i = 5; i < 10; i++) {
                login.submit("qncd.sv04", "wrong-password-" + i);
            }
            assertTrue(login.message().contains("quá nhiều lần"), login.message());

            login.submit("qncd.sv04", Pages.DEMO_PASSWORD);
            assertTrue(login.message().contains("quá nhiều lần"), "the right password must wait too: " + login.message());
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        }
    }

    @Test
    void englishCanBeChosenAtLogin(App app) {
        try (Browser browser = new Browser()) {
            Pages.login(browser, app);
            browser.choose("language:lang", "English");
            browser.awaitText(By.cssSelector("main h2"), "Sign in");
            Pages.DashboardPage dashboard = new Pages.LoginPage(browser, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            assertEquals("Dashboard", dashboard.heading());
        }
    }

    @Test
    void aTeacherOfTwoSchoolsSwitchesBetweenThem(App app) {
        try (Browser browser = new Browser()) {
            Pages.login(browser, app).signInAs("hpcd.gv2", Pages.DEMO_PASSWORD);
            browser.awaitText(By.id("teacherPanel"), "Trường Cao đẳng Kỹ thuật Hải Phòng");

            browser.choose("topbar:school", "Trường Trung cấp Nghề Hải An");
            browser.awaitText(By.id("teacherPanel"), "Trường Trung cấp Nghề Hải An");
            browser.open(app.url("/dashboard.xhtml"));
            assertTrue(browser.text(By.id("teacherPanel")).contains("Trường Trung cấp Nghề Hải An"),
                    "the chosen school stays chosen for the session");
        }
    }

    @Test
    void sessionIdChangesAtLogin(App app) {
        try (Browser browser = new Browser()) {
            Pages.login(browser, app);
            String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            new Pages.LoginPage(browser, app).signInAs("hpcd.sv02", Pages.DEMO_PASSWORD);
            String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(before.equals(after), "a session id planted before login must not survive it");
        }
    }
}
