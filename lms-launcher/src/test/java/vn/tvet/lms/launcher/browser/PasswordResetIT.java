package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * "Forgot password": the page answers the same for an account that does not exist; the real one gets a link by
 * e-mail (through the local SMTP server), the link sets a new password once, and the person signs in with it.
 */
@ExtendWith(RunningApplication.class)
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+/password-reset\\.xhtml\\?token=[A-Za-z0-9_-]+");

    @Test
    void aLinkByEmailSetsANewPasswordOnce(App app) {
        try (Browser visitor = new Browser()) {
            visitor.open(app.url("/login.xhtml"));
            visitor.clickAndAwaitReload(By.id("forgot"));
            visitor.type(By.id("forgot:account"), "khong.co.tai.khoan");
            visitor.clickAndAwaitReload(By.id("forgot:send"));
            String unknown = visitor.text(By.id("sent"));
            visitor.open(app.url("/password-forgot.xhtml"));
            visitor.type(By.id("forgot:account"), "qncd.sv02@demo.tvet.vn");
            visitor.clickAndAwaitReload(By.id("forgot:send"));
            assertTrue(unknown.equals(visitor.text(By.id("sent"))), "the answer does not tell whether an account exists");

            var mail = app.awaitMail("qncd.sv02@demo.tvet.vn", "Đặt lại mật khẩu");
            Matcher link = LINK.matcher(mail.text());
            assertTrue(link.find(), mail.text());
            visitor.open(link.group());
            visitor.type(By.id("reset:password"), "Moi2026an");
            visitor.type(By.id("reset:repeat"), "Moi2026an");
            visitor.clickAndAwaitReload(By.id("reset:save"));
            visitor.awaitText(By.id("done"), "Đã đặt mật khẩu mới.");
            visitor.open(link.group());
            visitor.awaitText(By.id("invalid"), "Liên kết không còn dùng được");
            Pages.login(visitor, app).signInAs("qncd.sv02", "Moi2026an");
            visitor.awaitUrlContains("/dashboard.xhtml");
        }
    }
}
