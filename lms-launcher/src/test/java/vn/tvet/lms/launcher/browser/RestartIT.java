package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.LocalStack;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/** A restart on the same data directory keeps everything created before it, and adds no second demo set. */
class RestartIT {

    @Test
    void createdRecordsSurviveARestart() throws Exception {
        Path data = RunningApplication.freshDirectory("restart");
        String temporary;
        try (LocalStack first = LocalStack.start(RunningApplication.settings(data)); Browser admin = new Browser()) {
            App app = new App(first);
            temporary = Pages.login(admin, app).signInAs("qncd.quantri", Pages.DEMO_PASSWORD).members()
                    .create("qncd.truoc.khoi.dong", "Người Tạo Trước Khởi Động", "Người học");
        }
        try (LocalStack second = LocalStack.start(RunningApplication.settings(data)); Browser browser = new Browser()) {
            App app = new App(second);
            Pages.login(browser, app).submit("qncd.truoc.khoi.dong", temporary);
            browser.awaitUrlContains("/account/password.xhtml");
            assertEquals(1, app.queryLong("select count(*) from institution where code = ?", "QN-CDCN"),
                    "demo data must load once, not at every start");
            browser.open(app.url("/dashboard.xhtml"));
            assertTrue(browser.driver().findElements(By.id("studentPanel")).isEmpty()
                    || browser.driver().getCurrentUrl().contains("password"));
        }
    }
}
