package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
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
        "hpcd.sv01,    studentPanel,     Người học,                         mô đun để bạn học",
        "hpcd.gv1,     teacherPanel,     Nhà giáo,                          học liệu của tôi",
        "hpcd.quantri, schoolAdminPanel, Quản trị trường,                   đang chờ trường duyệt",
        "quantri.mang, networkPanel,     Quản trị hệ thống,                 Cơ sở GDNN",
        "thuvien,      libraryPanel,     Quản trị kho học liệu dùng chung,  mô đun chờ duyệt chia sẻ",
        "thanhtra,     inspectorPanel,   'Thanh tra, Sở',                   Cơ sở GDNN"
    })
    void eachRoleSeesItsDashboardInVietnamese(String username, String panel, String roleName, String work, App app) {
        try (Browser browser = new Browser()) {
            Pages.DashboardPage dashboard = Pages.login(browser, app).signInAs(username, Pages.DEMO_PASSWORD);

            assertEquals("Bảng điều khiển", dashboard.heading());
            assertTrue(dashboard.shows(panel), panel + " missing for " + username);
            assertTrue(dashboard.roles().contains(roleName), dashboard.roles());
            assertTrue(browser.text(By.id(panel)).contains(work), "the dashboard shows real work, not a promise: "
                    + browser.text(By.id(panel)));
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

    /** The Vietnamese texts of the UI long enough not to be met by chance in data (names, titles). */
    private static List<String> vietnameseUiTexts() throws IOException {
        Properties vi = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../lms-web/src/main/resources/vn/tvet/lms/web/messages_vi.properties"),
                StandardCharsets.UTF_8)) {
            vi.load(in);
        }
        return vi.stringPropertyNames().stream().map(vi::getProperty)
                .filter(text -> text.length() >= 15 && !text.contains("{") && !text.contains("'"))
                .toList();
    }

    /** Each role's pages in English: no Vietnamese interface text, raw key or unfilled placeholder is left. */
    @ParameterizedTest(name = "{0} in English")
    @CsvSource({
        "hpcd.gv1,     /dashboard.xhtml /library/index.xhtml /library/mine.xhtml /library/new.xhtml /modules/index.xhtml"
                + " /programmes/index.xhtml /search.xhtml?q=an+toan+dien /account/password.xhtml",
        "hpcd.sv01,    /dashboard.xhtml /modules/learning.xhtml /library/index.xhtml",
        "hpcd.quantri, /dashboard.xhtml /admin/school/members.xhtml /admin/school/import.xhtml /library/review.xhtml",
        "quantri.mang, /dashboard.xhtml /admin/network/institutions.xhtml /admin/network/people.xhtml"
                + " /admin/network/occupations.xhtml /admin/network/frameworks.xhtml",
        "thuvien,      /dashboard.xhtml /library/review.xhtml /modules/review.xhtml"
    })
    void inEnglishNoPageShowsAVietnameseUiTextARawKeyOrAPlaceholder(String username, String pages, App app)
            throws IOException {
        List<String> vietnamese = vietnameseUiTexts();
        try (Browser person = new Browser()) {
            Pages.login(person, app).signInAs(username, Pages.DEMO_PASSWORD);
            person.choose("topbar:language", "English");
            person.await(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            for (String page : pages.split(" ")) {
                person.open(app.url(page));
                person.await(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                String text = person.pageText();
                assertFalse(text.contains("???"), page + " shows a raw key: " + text);
                assertFalse(text.matches("(?s).*\\{\\d}.*"), page + " shows a placeholder: " + text);
                List<String> left = vietnamese.stream().filter(text::contains).toList();
                assertTrue(left.isEmpty(), page + " in English still says " + left);
            }
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
