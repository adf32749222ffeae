package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/** The shared library as teachers, reviewers and other schools use it, with the bad uploads it must survive. */
@ExtendWith(RunningApplication.class)
class LibraryIT {

    @TempDir
    Path files;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void teacherPublishesAPdfThroughReviewAndAnotherSchoolFindsIt(App app) throws Exception {
        Path pdf = TestFiles.pdf(files, "giao-trinh-an-toan-dien.pdf", "Giáo trình An toàn điện", "An toan dien - Bai 1");
        String title = "Giáo trình An toàn điện cho nghề Điện công nghiệp";
        long id;
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            Pages.ResourcePage page = Pages.NewResourcePage.open(teacher, app)
                    .save(title, "Tài liệu", "6520227", "CC BY-SA 4.0 (Ghi công – Chia sẻ tương tự)", "Toàn mạng lưới");
            id = page.id();
            assertEquals("Bản nháp", page.status());
            teacher.click(By.id("startUpload"));
            teacher.awaitText(By.id("uploadStatus"), "Hãy chọn tệp cần tải lên trước.");
            assertFalse(teacher.find(By.id("review:submit")).isEnabled(), "nothing to review yet: no confirmation to refuse");
            assertTrue(teacher.text(By.id("review:submitBlocker")).contains("chưa có tệp"));
            page.upload(pdf);
            assertEquals("An toan dien - Bai 1", page.pdfPreviewText(), "the PDF shows in the page, its text selectable");
            page.submit();
        }
        try (Browser otherSchool = new Browser()) {
            Pages.login(otherSchool, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            Pages.ResourcePage.open(otherSchool, app, id);
            assertTrue(otherSchool.text(By.id("errorText")).contains("Không tìm thấy"), "not published yet");
        }
        try (Browser librarian = new Browser()) {
            Pages.login(librarian, app).signInAs("thuvien", Pages.DEMO_PASSWORD);
            librarian.click(By.id("nav:navReview"));
            librarian.awaitText(By.id("queue"), title);
            librarian.click(By.linkText(title));
            new Pages.ResourcePage(librarian, app).approve("Nội dung chính xác, ghi công đầy đủ.");
        }
        try (Browser otherSchool = new Browser()) {
            Pages.login(otherSchool, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            otherSchool.click(By.id("nav:navLibrary"));
            otherSchool.type(By.id("library:title"), "an toàn điện");
            otherSchool.clickAndAwaitReload(By.id("library:apply"));
            otherSchool.awaitText(By.id("library:table"), title);
            assertTrue(otherSchool.driver().getCurrentUrl().contains("q=an+to%C3%A0n+%C4%91i%E1%BB%87n"),
                    "the filtered list has its own address: " + otherSchool.driver().getCurrentUrl());
            otherSchool.click(By.linkText(title));
            otherSchool.awaitText(By.id("attribution"), "Nguyễn Văn Đức");
            assertTrue(otherSchool.text(By.id("licence")).contains("CC BY-SA 4.0"));

            HttpResponse<byte[]> file = get(app, "/library/files/" + id + "/0", otherSchool, Map.of());
            assertEquals(200, file.statusCode());
            assertEquals(Files.size(pdf), file.body().length);
            assertTrue(new String(file.body(), 0, 8).startsWith("%PDF"));
        }
        HttpResponse<byte[]> anonymous = get(app, "/library/files/" + id + "/0", null, Map.of());
        assertEquals(404, anonymous.statusCode(), "network scope needs a sign-in");

        // Reuse: the other school keeps it by reference and hears of the author's next version once it is reviewed.
        try (Browser otherSchool = new Browser()) {
            Pages.login(otherSchool, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            Pages.ResourcePage.open(otherSchool, app, id);
            otherSchool.click(By.id("reuse:addToCollection"));
            otherSchool.awaitText(By.id("reuse"), "Đã có trong bộ sưu tập");
        }
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            Pages.ResourcePage page = Pages.ResourcePage.open(teacher, app, id).upload(TestFiles.pdf(files,
                    "giao-trinh-an-toan-dien-v2.pdf", "Giáo trình An toàn điện (bản 2)", "An toan dien - Bai 1 va 2"));
            assertTrue(teacher.text(By.id("pendingFiles")).contains("giao-trinh-an-toan-dien-v2.pdf"));
            assertEquals("Đã xuất bản", page.status(), "the published item stays as it was approved");
            page.submitRevision();
        }
        try (Browser otherSchool = new Browser()) {
            Pages.login(otherSchool, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            assertEquals(Files.size(pdf), get(app, "/library/files/" + id + "/0", otherSchool, Map.of()).body().length,
                    "until the change is approved, everyone else gets the reviewed file");
            assertEquals(404, get(app, "/library/files/" + id + "/2", otherSchool, Map.of()).statusCode());
            Pages.ResourcePage.open(otherSchool, app, id);
            assertTrue(otherSchool.driver().findElements(By.id("revision")).isEmpty(), "the change is not shown to them");
            assertFalse(otherSchool.text(By.id("versions")).contains("v2"));
        }
        try (Browser librarian = new Browser()) {
            Pages.login(librarian, app).signInAs("thuvien", Pages.DEMO_PASSWORD);
            librarian.click(By.id("nav:navReview"));
            librarian.awaitText(By.id("queue"), title);
            librarian.click(By.linkText(title));
            new Pages.ResourcePage(librarian, app).approveRevision("Bản 2 đạt yêu cầu.");
        }
        try (Browser otherSchool = new Browser()) {
            Pages.login(otherSchool, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            otherSchool.click(By.id("nav:navCollection"));
            otherSchool.awaitText(By.id("collection:items"), "Có phiên bản mới");
            assertTrue(otherSchool.text(By.id("collection:items")).contains("Nguyễn Văn Đức"), "attribution kept");
            otherSchool.click(By.cssSelector("button.take-latest"));
            otherSchool.awaitText(By.id("collection:items"), "v2");
            assertFalse(otherSchool.text(By.id("collection:items")).contains("Có phiên bản mới"));
        }
        assertEquals(2, app.queryLong("select count(distinct v.sha256) from resource_version v join learning_resource r"
                + " on r.id = v.resource_id where r.title = ?", title), "two versions, two different files");
    }

    @Test
    void onAPhoneTheMenuFoldsAwayAndNoPageIsWiderThanTheScreen(App app) {
        try (Browser teacher = new Browser()) {
            teacher.phoneSized();
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            assertFalse(teacher.driver().findElement(By.id("sidebar")).isDisplayed(),
                    "the menu does not take half the screen");
            assertEquals(0, teacher.overflowsSideways(), "dashboard");
            teacher.click(By.id("menuToggle"));
            teacher.await(d -> d.findElement(By.id("nav:navLibrary")).isDisplayed());
            assertEquals("true", teacher.find(By.id("menuToggle")).getAttribute("aria-expanded"));
            teacher.click(By.id("nav:navLibrary"));
            teacher.awaitUrlContains("/library/index.xhtml");
            assertEquals(0, teacher.overflowsSideways(), "the library list scrolls inside its table");
            teacher.click(By.cssSelector("#library\\:table tbody a"));
            teacher.awaitUrlContains("/library/item.xhtml");
            assertEquals(0, teacher.overflowsSideways(), "an item's details, versions and checksum fit the width");
        }
    }

    /** Each role's main pages at phone width: none makes the reader scroll sideways. */
    @ParameterizedTest(name = "{0} on a phone")
    @CsvSource({
        "hpcd.sv01,    /dashboard.xhtml /modules/learning.xhtml /library/index.xhtml",
        "hpcd.quantri, /admin/school/members.xhtml /admin/school/import.xhtml /library/review.xhtml",
        "quantri.mang, /admin/network/institutions.xhtml /admin/network/people.xhtml /admin/network/occupations.xhtml"
                + " /admin/network/frameworks.xhtml",
        "thuvien,      /library/review.xhtml /modules/review.xhtml /search.xhtml?q=an+toan"
    })
    void everyRolesMainPagesFitAPhone(String username, String pages, App app) {
        try (Browser person = new Browser()) {
            person.phoneSized();
            Pages.login(person, app).signInAs(username, Pages.DEMO_PASSWORD);
            for (String page : pages.split(" ")) {
                person.open(app.url(page));
                person.await(d -> !d.findElements(By.id("main")).isEmpty());
                assertEquals(0, person.overflowsSideways(), page + " is wider than a phone");
            }
        }
    }

    @Test
    void badUploadsAreRefusedWithClearMessagesAndRecordNothing(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "hptc.gv1", "Bài giảng Đo lường điện", "Tài liệu", "Trong trường");

            assertTrue(page.uploadRefused(TestFiles.zipNamed(files, "bai-giang.pdf")).contains("không khớp"));
            assertTrue(page.uploadRefused(TestFiles.sized(files, "qua-lon.pdf", RunningApplication.MAX_UPLOAD_BYTES + 1))
                    .contains("vượt quá giới hạn " + RunningApplication.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB"));
            assertTrue(page.uploadRefused(TestFiles.text(files, "lai-html.pdf",
                    "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n")).contains("nội dung ẩn"));
            assertTrue(page.uploadRefused(TestFiles.sized(files, "rong.pdf", 0)).contains("Tệp rỗng"));
            assertTrue(page.uploadRefused(TestFiles.text(files, "setup.exe", "MZ")).contains("Định dạng tệp này không được nhận ở đây"));

            assertEquals(0, app.queryLong("select count(*) from resource_version v join learning_resource r"
                    + " on r.id = v.resource_id where r.title = ?", "Bài giảng Đo lường điện"));
            teacher.driver().navigate().refresh();
            assertTrue(teacher.text(By.id("noFile")).contains("Chưa có tệp nào"));
        }
    }

    @Test
    void uploadsFailClearlyWhileTheStoreIsDownAndWorkWhenItIsBack(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "hptc.gv2", "Bài giảng Khí cụ điện", "Tài liệu", "Cá nhân");
            Path pdf = TestFiles.pdf(files, "khi-cu-dien.pdf", "Khí cụ điện", "Khi cu dien");
            app.stack().stopObjectStore();
            try {
                assertTrue(page.uploadRefused(pdf).contains("tạm thời không sẵn sàng"));
                teacher.driver().navigate().refresh();
                assertTrue(teacher.text(By.id("noFile")).contains("Chưa có tệp nào"), "the page itself still works");
            } finally {
                app.stack().restartObjectStore();
            }
            teacher.driver().navigate().refresh();
            page.upload(pdf);
        }
    }

    @Test
    void html5PackagesPlayInASandboxAndHostileArchivesAreRefused(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "hpcd.gv1", "Mô phỏng đấu dây động cơ", "Gói HTML5", "Cá nhân");

            assertTrue(page.uploadRefused(TestFiles.zip(files, "slip.zip", Map.of("index.html", "<html></html>",
                    "../../evil.jsp", "<% %>"))).contains("đường dẫn không an toàn"));

            page.upload(TestFiles.zip(files, "mo-phong.zip", Map.of(
                    "mo-phong/index.html", "<html><body><h1>Mô phỏng</h1><script src=\"js/app.js\"></script></body></html>",
                    "mo-phong/js/app.js", "document.body.dataset.ready = 'yes';")));
            String player = teacher.find(By.id("player")).getAttribute("src");
            assertTrue(player.endsWith("/library/play/" + page.id() + "/1/index.html"), player);

            HttpResponse<byte[]> index = get(app, "/library/play/" + page.id() + "/1/index.html", teacher, Map.of());
            assertEquals(200, index.statusCode());
            String csp = index.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.startsWith("sandbox allow-scripts") && !csp.contains("allow-same-origin"), csp);
            assertEquals(200, get(app, "/library/play/" + page.id() + "/1/js/app.js", teacher, Map.of()).statusCode());
            assertEquals(404, get(app, "/library/play/" + page.id() + "/1/../../etc/passwd", teacher, Map.of()).statusCode());
        }
    }

    @Test
    void editingKeepsTheReplacedValuesInTheHistory(App app) {
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            Pages.ResourcePage page = Pages.NewResourcePage.open(teacher, app)
                    .save("Bài tập Hàn điện cơ bản", "Tài liệu", "6520110", "CC BY 4.0 (Ghi công)", "Trong trường");
            teacher.click(By.id("edit"));
            teacher.awaitUrlContains("/library/edit.xhtml");
            // A keyword past the domain's limit gets through the form's overall limit: the page names the field
            // and the limit in Vietnamese, and keeps the person on the form.
            teacher.type(By.id("resource:occupations_input"), "Nghề không có trong danh mục");
            teacher.clickAndAwaitReload(By.id("resource:save"));
            teacher.awaitText(By.id("resource"), "Chưa tìm thấy nghề “Nghề không có trong danh mục”");
            // an occupation picked from the catalogue's suggestions by part of its name, diacritics aside
            teacher.pickSuggestion(By.id("resource:occupations_input"), "dien cong", "6520227 – Điện công nghiệp");
            teacher.awaitText(By.id("resource:occupations"), "6520227 – Điện công nghiệp");
            teacher.type(By.id("resource:keywords"), "hàn " + "rất dài ".repeat(10));
            teacher.clickAndAwaitReload(By.id("resource:save"));
            teacher.awaitText(By.id("messages"), "Từ khóa dài quá 60 ký tự");
            teacher.type(By.id("resource:keywords"), "hàn điện");
            teacher.type(By.id("resource:title"), "Bài tập Hàn điện cơ bản và nâng cao");
            teacher.clickAndAwaitReload(By.id("resource:save"));
            teacher.awaitUrlContains("/library/item.xhtml");
            assertEquals("Bài tập Hàn điện cơ bản và nâng cao", teacher.text(By.cssSelector("main h1")));
            assertTrue(teacher.pageText().contains("6520227"), "the name became the occupation's codes");
            String history = teacher.text(By.id("history"));
            assertTrue(history.contains("Sửa thông tin") && history.contains("«Bài tập Hàn điện cơ bản»"), history);
            assertEquals(page.id(), new Pages.ResourcePage(teacher, app).id());
        }
    }

    @Test
    void largePdfsAndModelsPreviewFromTheStoresPresignedUrls(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "qncd.gv1", "Giáo trình Khí cụ điện (bản đầy đủ)", "Tài liệu", "Cá nhân");
            page.upload(TestFiles.pdf(files, "khi-cu-dien-day-du.pdf", "Khí cụ điện", "Khi cu dien - ban day du",
                    RunningApplication.REDIRECT_THRESHOLD_BYTES + 10_000));
            assertEquals(302, get(app, "/library/files/" + page.id() + "/0", teacher, Map.of()).statusCode(),
                    "the file is large enough to come from the store");
            assertEquals("Khi cu dien - ban day du", page.pdfPreviewText(), "the store answers the page's CORS request");

            Pages.ResourcePage model = Pages.NewResourcePage.open(teacher, app)
                    .save("Mô hình máy phay (chi tiết)", "Mô hình thiết bị 3D", "", "CC BY 4.0 (Ghi công)", "Cá nhân");
            model.upload(TestFiles.glb(files, "may-phay.glb", RunningApplication.REDIRECT_THRESHOLD_BYTES + 10_000));
            teacher.await(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.getElementById('model').loaded === true")));
        }
    }

    @Test
    void equipmentModelsOpenInThe3dViewer(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "hptc.gv1", "Mô hình máy tiện ảo", "Mô hình thiết bị 3D", "Cá nhân");
            page.upload(TestFiles.glb(files, "may-tien.glb"));
            String src = teacher.find(By.id("model")).getAttribute("src");
            assertTrue(src.endsWith("/library/files/" + page.id() + "/0"), src);
            new org.openqa.selenium.support.ui.WebDriverWait(teacher.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return customElements.get('model-viewer') !== undefined")));
        }
    }

    @Test
    void plainTextFilesAreShownInThePageAsText(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "hptc.gv2", "Ghi chú bảo dưỡng", "Tài liệu", "Cá nhân");
            page.upload(TestFiles.text(files, "ghi-chu.txt",
                    "Quy trình bảo dưỡng máy biến áp\n1. Ngắt điện <b>trước</b> khi mở nắp\n"));
            String shown = teacher.text(By.id("textPreview"));
            assertTrue(shown.contains("Quy trình bảo dưỡng máy biến áp"), shown);
            assertTrue(shown.contains("<b>trước</b>"), "markup in a text file is shown as text: " + shown);
            assertTrue(teacher.driver().findElements(By.cssSelector("#textPreview b")).isEmpty());
        }
    }

    @Test
    void scriptInAnSvgIsNeverRunInTheApplicationsOrigin(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "hpcd.gv2", "Sơ đồ mạch điện", "Hình ảnh", "Cá nhân");
            page.upload(TestFiles.text(files, "so-do.svg",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"));

            HttpResponse<byte[]> svg = get(app, "/library/files/" + page.id() + "/1", teacher, Map.of());
            assertEquals(200, svg.statusCode());
            assertTrue(svg.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals("sandbox", svg.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals("nosniff", svg.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void videoSeeksWithRangesAndLargeFilesComeStraightFromTheStore(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "qncd.gv2", "Video hướng dẫn đấu dây", "Video", "Cá nhân");
            page.upload(mp4("small.mp4", 100_000));
            page.upload(mp4("large.mp4", RunningApplication.REDIRECT_THRESHOLD_BYTES + 50_000));
            long id = page.id();

            HttpResponse<byte[]> part = get(app, "/library/files/" + id + "/1", teacher, Map.of("Range", "bytes=1000-1999"));
            assertEquals(206, part.statusCode());
            assertEquals(1000, part.body().length);
            assertEquals("bytes 1000-1999/100000", part.headers().firstValue("Content-Range").orElse(""));
            assertEquals(200, get(app, "/library/files/" + id + "/1", teacher,
                    Map.of("Range", "bytes=0-10,5-20,0-99999")).statusCode(), "several ranges get the whole file");
            HttpResponse<byte[]> pastEnd = get(app, "/library/files/" + id + "/1", teacher, Map.of("Range", "bytes=200000-"));
            assertEquals(416, pastEnd.statusCode());
            assertEquals("bytes */100000", pastEnd.headers().firstValue("Content-Range").orElse(""));

            HttpResponse<byte[]> large = get(app, "/library/files/" + id + "/2", teacher, Map.of());
            assertEquals(302, large.statusCode(), "large media is redirected to the store");
            assertEquals("private, max-age=300", large.headers().firstValue("Cache-Control").orElse(""),
                    "the redirect is kept for less time than its presigned URL lives (600 s)");
            URI presigned = URI.create(large.headers().firstValue("Location").orElseThrow());
            assertTrue(!presigned.getAuthority().equals(URI.create(app.url("/")).getAuthority()));
            HttpResponse<byte[]> direct = http.send(HttpRequest.newBuilder(presigned).header("Range", "bytes=0-99").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(206, direct.statusCode(), "the store itself answers ranges for seeking");
            assertEquals(100, direct.body().length);
        }
    }

    @Test
    void aLargeFileGoesUpInChunksAndResumesAfterTheConnectionDrops(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.ResourcePage page = draft(teacher, app, "hptc.gv1", "Video thực hành hàn MIG (tải lên khi mạng chập chờn)",
                    "Video", "Cá nhân");
            Path file = mp4("han-mig.mp4", 2 * RunningApplication.UPLOAD_CHUNK_BYTES + 123_456);
            teacher.throttleUploads(2 * 1024 * 1024);
            teacher.driver().findElement(By.id("file")).sendKeys(file.toString());
            teacher.click(By.id("startUpload"));
            teacher.await(d -> Integer.parseInt(d.findElement(By.id("uploadProgress")).getAttribute("value")) >= 10);

            teacher.goOffline();
            teacher.awaitText(By.id("uploadStatus"), "Mất kết nối");
            teacher.goOnline();

            teacher.awaitText(By.id("versions"), "han-mig.mp4");
            assertTrue(teacher.text(By.id("versions")).contains(sha256(file)), "the whole file arrived intact");
        }
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    /** Signs in and saves a CC BY draft, returning its page. */
    private static Pages.ResourcePage draft(Browser browser, App app, String username, String title, String typeLabel,
            String scopeLabel) {
        Pages.login(browser, app).signInAs(username, Pages.DEMO_PASSWORD);
        return Pages.NewResourcePage.open(browser, app).save(title, typeLabel, "", "CC BY 4.0 (Ghi công)", scopeLabel);
    }

    /** A file that starts like an MP4 ("ftyp" box), which is all detection looks at. */
    private Path mp4(String name, int size) throws IOException {
        byte[] content = new byte[size];
        byte[] header = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        System.arraycopy(header, 0, content, 0, header.length);
        for (int i = header.length; i < size; i++) {
            content[i] = (byte) (i % 251);
        }
        return Files.write(files.resolve(name), content);
    }

    /** A GET with the browser's session (or none), so access rules are checked as for that person. */
    private HttpResponse<byte[]> get(App app, String path, Browser as, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)));
        if (as != null) {
            request.header("Cookie", "JSESSIONID=" + as.driver().manage().getCookieNamed("JSESSIONID").getValue());
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
