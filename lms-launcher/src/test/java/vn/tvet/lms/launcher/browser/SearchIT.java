package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;
import vn.tvet.lms.launcher.SignedInClient;

/**
 * Search on the real stack over the demo library: Vietnamese with and without diacritics, the visibility
 * rule for anonymous callers, other schools and authors (results and facet counts), badly typed queries,
 * the results page with facets, and a change becoming searchable right after it commits.
 */
@ExtendWith(RunningApplication.class)
class SearchIT {

    private final HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anonymousCallersFindPublicMaterialOnly(App app) throws Exception {
        String hotel = awaitSearch(anonymous, app, "le tan khach san", "Nghiệp vụ lễ tân khách sạn");
        assertTrue(hotel.contains("\"total\":1"), hotel);
        String network = search(anonymous, app, "xưởng thực hành ảo");
        assertTrue(network.contains("\"total\":0"), "network material needs a sign-in: " + network);
    }

    @Test
    void teachersFindSharedMaterialButNeverSomeoneElsesDraft(App app) throws Exception {
        SignedInClient otherSchool = SignedInClient.signIn(app.stack().url(), "qncd.gv1", Pages.DEMO_PASSWORD);
        String found = awaitSearch(otherSchool.http(), app, "xuong thuc hanh ao", "Xưởng thực hành ảo: lắp đặt tủ điện phân phối");
        assertTrue(found.contains("<mark>"), "snippets mark the matches: " + found);
        assertTrue(search(otherSchool.http(), app, "bảo dưỡng máy biến áp").contains("Quy trinh bao duong may bien ap"),
                "text without diacritics is found by an accented query");

        String draftQuery = "đề kiểm tra khí cụ điện";
        String outsider = search(otherSchool.http(), app, draftQuery);
        assertFalse(outsider.contains("Bản nháp"), outsider);
        String everything = search(otherSchool.http(), app, "");
        assertFalse(everything.contains("Bản nháp"), "not in an empty search either: " + everything);
        String author = search(SignedInClient.signIn(app.stack().url(), "hpcd.gv1", Pages.DEMO_PASSWORD).http(), app, draftQuery);
        assertTrue(author.contains("Bản nháp"), "the author finds their own draft: " + author);
        // the draft's school's bucket: the author counts the draft in it, another school's teacher does not
        String draftSchool = Long.toString(app.queryLong("select id from institution where code = ?", "HP-CDKT"));
        long authorCount = schoolCount(author, draftSchool);
        long outsiderSchoolCount = schoolCount(search(otherSchool.http(), app, draftQuery), draftSchool);
        assertTrue(authorCount > outsiderSchoolCount, "facet counts leave the draft out: " + authorCount + " vs "
                + outsiderSchoolCount);
    }

    @Test
    void badlyTypedQueriesAnswerNormally(App app) throws Exception {
        for (String typed : List.of("\"điện công", "*", "title:điện", "status:DRAFT", "((", "a".repeat(3000), "điện\u0000")) {
            HttpResponse<String> answer = get(anonymous, app, "/api/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), typed);
            assertTrue(answer.body().contains("\"total\":"), answer.body());
        }
        assertTrue(search(anonymous, app, "a".repeat(3000)).contains("\"queryShortened\":true"));
        assertEquals(200, get(anonymous, app, "/api/search?page=abc&size=-4&sort=%27").statusCode());
        // Every JSON endpoint fails in one shape: a status and {"error": …} in Vietnamese, never a server page.
        HttpResponse<String> unknown = get(anonymous, app, "/api/ims/case/v1p1/NoSuchThing/x");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().startsWith("{\"error\":\"Không tìm thấy"), unknown.body());
        HttpResponse<String> wrongMethod = anonymous.send(HttpRequest.newBuilder(URI.create(app.url("/api/search?q=a")))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(wrongMethod.body().contains("\"error\":\"Yêu cầu không hợp lệ"), wrongMethod.body());
        HttpResponse<String> noFramework = get(anonymous, app, "/api/ims/case/v1p1/CFPackages/khong-co");
        assertEquals(404, noFramework.statusCode());
        assertTrue(noFramework.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        for (String typed : List.of("\"", "*", "type:VIDEO", "a".repeat(3000))) {
            HttpResponse<String> page = get(anonymous, app, "/search.xhtml?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)
                    + "&page=-1&type=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
            assertEquals(200, page.statusCode(), typed);
            assertFalse(page.body().contains("Exception") || page.body().contains("<script>alert(1)"), page.body());
        }
    }

    @Test
    void aNetworkAdminRebuildsTheIndexAndSearchComesBack(App app) throws Exception {
        awaitSearch(anonymous, app, "le tan khach san", "Nghiệp vụ lễ tân khách sạn");
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            admin.click(By.id("nav:navSearchIndex"));
            admin.awaitText(By.tagName("h1"), "Chỉ mục tìm kiếm");
            admin.click(By.id("searchAdmin:rebuild"));
            admin.click(By.id("searchAdmin:confirmYes"));
            admin.awaitText(By.id("messages"), "đang được lập chỉ mục lại");
        }
        awaitSearch(anonymous, app, "le tan khach san", "Nghiệp vụ lễ tân khách sạn");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (app.queryLong("select count(*) from search_index_task where document_id > cast(? as bigint)", "0") > 0) {
            assertTrue(System.nanoTime() < deadline, "the rebuild did not finish");
            Thread.sleep(20);
        }
    }

    @Test
    void theResultsPageSearchesRefinesAndHighlights(App app) throws Exception {
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hptc.gv1", Pages.DEMO_PASSWORD);
            teacher.type(By.id("topSearch"), "duong day trung the");
            teacher.find(By.id("topSearch")).submit();
            teacher.awaitText(By.id("hits"), "Đường dây trung thế: kiểm tra và bảo dưỡng");
            assertFalse(teacher.driver().findElements(By.cssSelector("#hits mark")).isEmpty(), "matches are marked");

            teacher.type(By.id("searchText"), "an toàn");
            teacher.click(By.id("searchSubmit"));
            teacher.awaitText(By.id("resultsHeading"), "Kết quả");
            String heading = teacher.text(By.id("resultsHeading"));
            assertTrue(heading.matches("Kết quả 1–\\d+ trong \\d+"), "the count is formatted: " + heading);
            WebElement levelFacet = teacher.find(By.id("facet-level"));
            WebElement intermediate = levelFacet.findElements(By.tagName("a")).stream()
                    .filter(link -> link.getText().contains("Trung cấp")).findFirst().orElseThrow();
            intermediate.click();
            teacher.awaitText(By.id("facet-level"), "☑");
            assertTrue(teacher.text(By.id("hits")).contains("An toàn điện khi làm việc trên cao"), teacher.text(By.id("hits")));
            assertFalse(teacher.text(By.id("hits")).contains("Xưởng thực hành ảo"), "the college item is filtered out");
            assertTrue(teacher.driver().getCurrentUrl().contains("level=INTERMEDIATE"), "the search is in the URL");
        }
    }

    @Test
    void aNewDraftIsSearchableByItsAuthorRightAfterSaving(App app) throws Exception {
        SignedInClient teacher = SignedInClient.signIn(app.stack().url(), "qncd.gv2", Pages.DEMO_PASSWORD);
        try (Browser browser = new Browser()) {
            Pages.login(browser, app).signInAs("qncd.gv2", Pages.DEMO_PASSWORD);
            Pages.NewResourcePage.open(browser, app).save("Mô phỏng cầu trục cảng biển Cái Lân", "Mô phỏng", "", "CC BY 4.0 (Ghi công)",
                    "Cá nhân");
            long saved = System.nanoTime();
            String found = awaitSearch(teacher.http(), app, "cau truc cang bien", "Mô phỏng cầu trục cảng biển Cái Lân");
            double seconds = (System.nanoTime() - saved) / 1e9;
            System.out.printf("Draft searchable %.3f s after the save returned%n", seconds);
            assertTrue(seconds < 3, "searchable within a second of commit (3 s allowed for a loaded test machine): " + seconds);
            assertTrue(found.contains("\"total\":1"));
        }
    }

    @Test
    void theTextInsideFilesAndPackagesIsFoundAndUnreadableFilesKeepTheirReason(App app) throws Exception {
        SignedInClient teacher = SignedInClient.signIn(app.stack().url(), "hpcd.gv2", Pages.DEMO_PASSWORD);
        java.nio.file.Path files = java.nio.file.Files.createTempDirectory("search-files");
        long pdf = draft(app, "DOCUMENT", "Giáo trình máy điện (tệp PDF)");
        upload(teacher, pdf, TestFiles.pdf(files, "may-dien.pdf", "Máy điện", "Stator rotor khe ho khong khi"));
        long html5 = draft(app, "HTML5_PACKAGE", "Bài học tương tác về tua bin");
        upload(teacher, html5, TestFiles.zip(files, "tua-bin.zip", java.util.Map.of("index.html",
                "<html><body><h1>Tuabin gió trục ngang</h1><p>Cánh quạt và hộp số tăng tốc.</p></body></html>")));
        long broken = draft(app, "DOCUMENT", "Tài liệu hỏng về cầu dao tự động");
        upload(teacher, broken, java.nio.file.Files.writeString(files.resolve("hong.pdf"), "%PDF-1.4 not really a PDF"));

        assertTrue(awaitSearch(teacher.http(), app, "khe hở không khí stator", "Giáo trình máy điện (tệp PDF)").contains("<mark>"),
                "words inside the PDF");
        awaitSearch(teacher.http(), app, "tuabin gió trục ngang", "Bài học tương tác về tua bin");
        awaitSearch(teacher.http(), app, "cầu dao tự động", "Tài liệu hỏng về cầu dao tự động");
        assertEquals(1, app.queryLong("select count(*) from blob_text t join resource_version v on v.sha256 = t.sha256"
                + " where v.resource_id = cast(? as bigint) and t.failure like 'unreadable%'", String.valueOf(broken)),
                "the reason the file could not be read is kept");
    }

    private static long draft(App app, String type, String title) {
        return app.queryLong("insert into learning_resource (owner_id, author_id, title, type, language, licence, scope,"
                + " status, created_at, updated_at) select i.id, p.id, ?, '" + type + "', 'vi', 'CC_BY', 'PRIVATE', 'DRAFT',"
                + " now(), now() from institution i, person p where i.code = 'HP-CDKT' and p.username = 'hpcd.gv2'"
                + " returning id", title);
    }

    private static void upload(SignedInClient client, long resource, java.nio.file.Path file) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(client.url("/library/upload?resource=" + resource
                        + "&name=" + file.getFileName())).header("X-LMS-Upload", "1").POST(HttpRequest.BodyPublishers.ofFile(file)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
    }

    private static long schoolCount(String json, String schoolId) {
        int facet = json.indexOf("\"school\":[");
        java.util.regex.Matcher bucket = java.util.regex.Pattern.compile("\\{[^}]*\\}")
                .matcher(json.substring(facet, json.indexOf(']', facet)));
        while (bucket.find()) {
            if (bucket.group().contains("\"value\":\"" + schoolId + "\"")) {
                return Long.parseLong(bucket.group().replaceAll(".*\"count\":(\\d+).*", "$1"));
            }
        }
        return 0;
    }

    /** Searches until the expected title shows (the index follows commits asynchronously), at most 20 s. */
    private static String awaitSearch(HttpClient client, App app, String query, String expected) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String answer = search(client, app, query);
        while (!answer.contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            answer = search(client, app, query);
        }
        assertTrue(answer.contains(expected), expected + " in " + answer);
        return answer;
    }

    private static String search(HttpClient client, App app, String query) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(client, app, "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static HttpResponse<String> get(HttpClient client, App app, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
