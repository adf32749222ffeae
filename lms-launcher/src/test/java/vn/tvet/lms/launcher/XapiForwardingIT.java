package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.launcher.LrsRequests.send;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication.App;
import vn.tvet.lms.launcher.browser.Browser;
import vn.tvet.lms.launcher.browser.Pages;

/**
 * A school forwards its statements to an external LRS: a second, separate installation started for the test (its
 * own PostgreSQL, store and Payara), whose LRS client the school admin enters on the LRS page. A statement recorded
 * at the school arrives there under the same id; the page counts it as sent; forwarding turned off sends no more.
 */
@ExtendWith(RunningApplication.class)
class XapiForwardingIT {

    @Test
    void statementsReachTheExternalLrsUnderTheirIds(App app) throws Exception {
        Path data = RunningApplication.freshDirectory("external-lrs");
        try (LocalStack external = LocalStack.start(RunningApplication.settings(data))) {
            App other = new App(external);
            String receiver = LrsRequests.client(other, "HP-TCHA", "so-gd-" + UUID.randomUUID().toString().substring(0, 8),
                    true, true);
            String[] credentials = new String(Base64.getDecoder().decode(receiver.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            try (Browser admin = new Browser()) {
                Pages.login(admin, app).signInAs("qncd.quantri", Pages.DEMO_PASSWORD);
                admin.open(app.url("/admin/school/lrs.xhtml"));
                admin.type(By.id("forwarding:fwEndpoint"), "ftp://not-an-lrs");
                admin.type(By.id("forwarding:fwUsername"), credentials[0]);
                admin.type(By.id("forwarding:fwSecret"), credentials[1]);
                admin.click(By.id("forwarding:fwSave"));
                admin.awaitText(By.id("messages"), "Địa chỉ LRS không hợp lệ");
                admin.type(By.id("forwarding:fwEndpoint"), other.url("/xapi/"));
                admin.type(By.id("forwarding:fwSecret"), credentials[1]);
                admin.click(By.cssSelector("#forwarding\\:fwEnabled .ui-chkbox-box"));
                admin.click(By.id("forwarding:fwSave"));
                admin.awaitText(By.id("messages"), "Đã lưu; các bản ghi mới sẽ được chuyển tiếp.");

                String sender = LrsRequests.client(app, "QN-CDCN", "chuyen-" + UUID.randomUUID().toString().substring(0, 8),
                        true, true);
                String id = UUID.randomUUID().toString();
                HttpResponse<String> stored = send(app, "PUT", "/xapi/statements?statementId=" + id, sender,
                        "{\"actor\":{\"mbox\":\"mailto:sv@qncd.example\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/"
                                + "experienced\"},\"object\":{\"id\":\"http://mo-phong.example/chuyen-tiep\"}}",
                        "application/json");
                assertEquals(204, stored.statusCode(), stored.body());

                Instant deadline = Instant.now().plusSeconds(60);
                HttpResponse<String> arrived = send(other, "GET", "/xapi/statements?statementId=" + id, receiver, null, null);
                while (arrived.statusCode() != 200 && Instant.now().isBefore(deadline)) {
                    Thread.sleep(1000);
                    arrived = send(other, "GET", "/xapi/statements?statementId=" + id, receiver, null, null);
                }
                assertEquals(200, arrived.statusCode(), "the statement reached the external LRS");
                assertTrue(arrived.body().contains("chuyen-tiep"), arrived.body());

                admin.open(app.url("/admin/school/lrs.xhtml"));
                assertTrue(Long.parseLong(admin.text(By.id("fwDelivered"))) >= 1, "counted as sent");
                admin.click(By.cssSelector("#forwarding\\:fwEnabled .ui-chkbox-box"));
                admin.click(By.id("forwarding:fwSave"));
                admin.awaitText(By.id("messages"), "việc chuyển tiếp đang tắt");
            }
        }
    }
}
