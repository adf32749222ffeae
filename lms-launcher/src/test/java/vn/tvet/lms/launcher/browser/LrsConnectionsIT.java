package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * A school admin creates an xAPI connection, a simulation writes a statement with the key and secret shown once,
 * and after the admin revokes the connection the same credentials are refused.
 */
@ExtendWith(RunningApplication.class)
class LrsConnectionsIT {

    private static final String STATEMENT = "{\"actor\":{\"mbox\":\"mailto:sv@hpcd.example\"},\"verb\":{\"id\":"
            + "\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"http://mo-phong.example/tu-dien\"}}";

    @Test
    void aSchoolAdminIssuesAndRevokesCredentials(App app) throws Exception {
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("hpcd.quantri", Pages.DEMO_PASSWORD);
            admin.click(By.id("nav:navLrs"));
            admin.awaitUrlContains("/admin/school/lrs.xhtml");
            assertTrue(admin.text(By.id("endpoint")).endsWith("/xapi/"));
            admin.click(By.id("create:save"));
            admin.awaitText(By.id("create"), "Hãy đặt tên cho kết nối.");
            admin.type(By.id("create:name"), "Mô phỏng tủ điện – xưởng 2");
            admin.click(By.id("create:save"));
            admin.awaitText(By.id("messages"), "Đã tạo kết nối «Mô phỏng tủ điện – xưởng 2».");
            String key = admin.text(By.id("issuedKey"));
            String secret = admin.text(By.id("issuedSecret"));
            admin.awaitText(By.id("list:table"), key);
            admin.auditAccessibility();
            String basic = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
            assertEquals(200, post(app, basic).statusCode());

            admin.driver().navigate().refresh();
            assertTrue(admin.driver().findElements(By.id("issuedSecret")).isEmpty(), "the secret is shown once");
            admin.click(By.id("list:table:0:revoke"));
            admin.click(By.id("confirmForm:confirmYes"));
            admin.awaitText(By.id("messages"), "Đã thu hồi kết nối «Mô phỏng tủ điện – xưởng 2».");
            admin.awaitText(By.id("list:table"), "Đã thu hồi lúc");
            assertEquals(401, post(app, basic).statusCode(), "revoked credentials are refused");
        }
    }

    private static HttpResponse<String> post(App app, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/xapi/statements")))
                .header("X-Experience-API-Version", "1.0.3").header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(STATEMENT, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
