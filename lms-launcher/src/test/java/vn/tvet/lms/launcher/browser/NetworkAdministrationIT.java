package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/** The network admin registers and corrects institutions and keeps the occupation catalogue. */
@ExtendWith(RunningApplication.class)
class NetworkAdministrationIT {

    @TempDir
    Path files;

    private static final String CASE_PACKAGE = """
            {"CFDocument": {"identifier": "7d4c2f0e-5b61-4a7e-9a0c-2f4f3e9d1a01", "uri": "https://example.vn/case/doc",
              "title": "Tiêu chuẩn kỹ năng nghề Hàn (trích)", "version": "2026", "creator": "Bộ LĐTBXH (mẫu)",
              "subject": ["occupational-safety-health"], "notes": "code: TCKNN-HAN", "lastChangeDateTime": "2026-11-01T00:00:00Z"},
             "CFItems": [
              {"identifier": "han-u1", "fullStatement": "Hàn hồ quang tay ở vị trí hàn bằng", "humanCodingScheme": "H1",
               "CFItemType": "Unit of Competency", "educationLevel": ["bac-2"]},
              {"identifier": "han-e1", "fullStatement": "Chuẩn bị phôi và que hàn", "humanCodingScheme": "H1.1", "CFItemType": "Element"},
              {"identifier": "han-c1", "fullStatement": "Que hàn được sấy đúng nhiệt độ", "humanCodingScheme": "H1.1.1",
               "CFItemType": "Performance Criterion"}],
             "CFAssociations": [
              {"identifier": "a1", "associationType": "isChildOf", "originNodeURI": {"identifier": "han-u1"},
               "destinationNodeURI": {"identifier": "7d4c2f0e-5b61-4a7e-9a0c-2f4f3e9d1a01"}, "sequenceNumber": 1},
              {"identifier": "a2", "associationType": "isChildOf", "originNodeURI": {"identifier": "han-e1"},
               "destinationNodeURI": {"identifier": "han-u1"}, "sequenceNumber": 1},
              {"identifier": "a3", "associationType": "isChildOf", "originNodeURI": {"identifier": "han-c1"},
               "destinationNodeURI": {"identifier": "han-e1"}, "sequenceNumber": 1}]}
            """;

    @Test
    void competencyFrameworksComeInAsCaseOrCsvAndGoOutOverCase(App app) throws Exception {
        Path caseFile = Files.writeString(files.resolve("tcknn-han.json"), CASE_PACKAGE, StandardCharsets.UTF_8);
        Path broken = Files.writeString(files.resolve("hong.json"), CASE_PACKAGE.replace("\"originNodeURI\": {\"identifier\": \"han-e1\"}",
                "\"originNodeURI\": {\"identifier\": \"han-e9\"}"), StandardCharsets.UTF_8);
        assertFalse(Files.readString(broken).contains("\"originNodeURI\": {\"identifier\": \"han-e1\"}"));
        Path csv = Files.writeString(files.resolve("chuan-dau-ra.csv"), """
                loại,mã,mã cha,nội dung,bậc
                đơn vị,CD1,,Sử dụng công nghệ số trong học tập,1
                thành phần,CD1.1,CD1,Tìm kiếm học liệu số,
                tiêu chí,CD1.1.1,CD1.1,Tìm được học liệu theo mã nghề,
                """, StandardCharsets.UTF_8);
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            admin.click(By.id("nav:navFrameworks"));
            admin.awaitUrlContains("/admin/network/frameworks.xhtml");
            assertTrue(admin.text(By.id("indicator")).matches("(?s).*ánh xạ với bộ tiêu chuẩn.*: \\d+/\\d+ \\(\\d+%\\).*"),
                    admin.text(By.id("indicator")));

            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(broken.toString());
            admin.clickAndAwaitReload(By.id("import:submit"));
            admin.awaitText(By.id("problems"), "Liên kết nhắc tới mục han-e9 không có trong bộ tiêu chuẩn");
            assertFalse(admin.text(By.id("frameworks")).contains("TCKNN-HAN"), "nothing stored");

            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(caseFile.toString());
            admin.clickAndAwaitReload(By.id("import:submit"));
            admin.awaitText(By.id("messages"), "Đã nhập TCKNN-HAN phiên bản 2026 với 3 mục");

            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            admin.type(By.id("import:code"), "CDR-SO");
            admin.type(By.id("import:name"), "Chuẩn đầu ra năng lực số của trường");
            admin.type(By.id("import:version"), "1");
            admin.click(By.id("import:digital"));
            admin.clickAndAwaitReload(By.id("import:submit"));
            admin.awaitText(By.id("messages"), "Đã nhập CDR-SO phiên bản 1 với 3 mục");
            assertTrue(admin.text(By.id("frameworks")).contains("Năng lực số"), admin.text(By.id("frameworks")));

            admin.click(By.linkText("Tiêu chuẩn kỹ năng nghề Hàn (trích)"));
            admin.awaitText(By.id("tree"), "Que hàn được sấy đúng nhiệt độ");
            assertTrue(admin.text(By.id("tree")).contains("Đơn vị năng lực: Hàn hồ quang tay"), admin.text(By.id("tree")));
        }
        java.net.http.HttpResponse<String> exported = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(app.url("/api/ims/case/v1p1/CFPackages/7d4c2f0e-5b61-4a7e-9a0c-2f4f3e9d1a01")))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, exported.statusCode());
        assertTrue(exported.body().contains("\"humanCodingScheme\":\"H1.1.1\"") && exported.body().contains("\"bac-2\""),
                exported.body());
        assertEquals(404, java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                app.url("/api/ims/case/v1p1/CFPackages/khong-co"))).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode());
    }

    /** A package as other CASE servers publish it: CASE 1.0, their own item types, no codes, no version, four levels. */
    private static final String FOREIGN_PACKAGE = """
            {"CFDocument": {"identifier": "5a1f7c9e-2b4d-4e8f-9a6c-3d2e1f0a9b8c", "uri": "https://case.example.org/d",
                "creator": "Sở Lao động mẫu", "title": "Năng lực số cho người học nghề (nguồn ngoài)",
                "lastChangeDateTime": "2024-05-17T09:30:00+00:00"},
             "CFItems": [
               {"identifier": "ns-d1", "CFItemType": "Domain", "fullStatement": "Khai thác dữ liệu và thông tin", "listEnumeration": "1"},
               {"identifier": "ns-s11", "CFItemType": "Standard", "fullStatement": "Tìm kiếm thông tin", "listEnumeration": "1"},
               {"identifier": "ns-c111", "fullStatement": "Dùng toán tử 𝐀𝐍𝐃 🔎 khi tìm kiếm", "listEnumeration": "1"},
               {"identifier": "ns-x1111", "CFItemType": "Indicator", "fullStatement": "Lọc kết quả theo thời gian"}],
             "CFAssociations": [
               {"identifier": "na1", "associationType": "isChildOf", "originNodeURI": {"identifier": "ns-d1"},
                "destinationNodeURI": {"identifier": "5a1f7c9e-2b4d-4e8f-9a6c-3d2e1f0a9b8c"}},
               {"identifier": "na2", "associationType": "isChildOf", "originNodeURI": {"identifier": "ns-s11"},
                "destinationNodeURI": {"identifier": "ns-d1"}},
               {"identifier": "na3", "associationType": "isChildOf", "originNodeURI": {"identifier": "ns-c111"},
                "destinationNodeURI": {"identifier": "ns-s11"}},
               {"identifier": "na4", "associationType": "isChildOf", "originNodeURI": {"identifier": "ns-x1111"},
                "destinationNodeURI": {"identifier": "ns-c111"}}]}
            """;

    @Test
    void frameworksFromOtherCaseServersComeInByFileAndStraightFromAProviderUrl(App app) throws Exception {
        Path foreign = Files.writeString(files.resolve("nang-luc-so-nguon-ngoai.json"), FOREIGN_PACKAGE, StandardCharsets.UTF_8);
        String identifier = app.queryString("select identifier from competency_framework where code = ?", "MAU-DCN");
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            admin.open(app.url("/admin/network/frameworks.xhtml"));
            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(foreign.toString());
            admin.clickAndAwaitReload(By.id("import:submit"));
            admin.awaitText(By.id("messages"), "phiên bản 2024-05-17 với 4 mục");
            assertTrue(admin.text(By.id("frameworks")).contains("Năng lực số cho người học nghề (nguồn ngoài)"));
            admin.click(By.linkText("Năng lực số cho người học nghề (nguồn ngoài)"));
            admin.awaitText(By.id("tree"), "Dùng toán tử 𝐀𝐍𝐃 🔎 khi tìm kiếm");
            assertTrue(admin.text(By.id("tree")).contains("1.1.1"), "codes made from the list enumeration");
            assertTrue(admin.text(By.id("tree")).contains("(Standard)"), "the source's item types are kept and shown");

            admin.open(app.url("/admin/network/frameworks.xhtml"));
            admin.type(By.id("fromUrl:url"), "http://evil.example/ims/case/v1p1/CFPackages/x");
            admin.clickAndAwaitReload(By.id("fromUrl:fetch"));
            admin.awaitText(By.id("fromUrl"), "không nằm trong danh sách được phép");

            // This application's own CASE endpoint on loopback is a provider like any other; it serves MAU-DCN,
            // which is here already, so the import is refused by name, in Vietnamese, with nothing stored twice.
            admin.type(By.id("fromUrl:url"), app.url("/api/ims/case/v1p1/CFPackages/" + identifier));
            admin.clickAndAwaitReload(By.id("fromUrl:fetch"));
            admin.awaitText(By.id("problems"), "đã được nhập trước đây");
            assertTrue(admin.text(By.id("problems")).contains("MAU-DCN"), admin.text(By.id("problems")));
        }
        assertEquals(1, app.queryLong("select count(*) from competency_framework where identifier = ?", identifier));
        assertEquals(1, app.queryLong("select count(*) from competency_item where identifier = 'ns-s11' and source_item_type = ?",
                "Standard"));
    }

    @Test
    void casePackagesNameOnlyTheConfiguredUrlAndEveryUriTheyNameIsServed(App app) throws Exception {
        String identifier = app.queryString("select identifier from competency_framework where code = ?", "MAU-DCN");
        String path = "/api/ims/case/v1p1/CFPackages/" + identifier;
        java.net.URI base = java.net.URI.create(app.url("/"));
        String raw;
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(raw.startsWith("HTTP/1.1 200"), raw.lines().findFirst().orElse(""));
        assertFalse(raw.contains("evil.example"), "a caller's Host header never reaches the uris");

        var client = java.net.http.HttpClient.newHttpClient();
        String body = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url(path))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher uris = java.util.regex.Pattern.compile("\"uri\":\"([^\"]+)\"").matcher(body);
        java.util.Set<String> named = new java.util.TreeSet<>();
        while (uris.find()) {
            named.add(uris.group(1));
        }
        assertTrue(named.stream().anyMatch(uri -> uri.contains("/CFDocuments/"))
                && named.stream().anyMatch(uri -> uri.contains("/CFItems/"))
                && named.stream().anyMatch(uri -> uri.contains("/CFAssociations/")), named.toString());
        for (String uri : named) {
            assertTrue(uri.startsWith(app.url("/api/ims/case/v1p1/")), uri);
            var node = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(uri)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, node.statusCode(), uri);
            String id = uri.substring(uri.lastIndexOf('/') + 1);
            assertTrue(node.body().contains("\"identifier\":\"" + id + "\""), uri + " -> " + node.body());
        }
    }

    @Test
    void theOccupationCatalogueShipsMarkedSeedDataAndTakesACsvImportWithRowErrors(App app) throws IOException {
        Path csv = Files.writeString(files.resolve("danh-muc-nghe.csv"), """
                mã nghề;tên nghề;trình độ
                6340113;Logistics;Cao đẳng
                6520263;Cơ điện tử;Cao đẳng
                6520264;Công nghệ kỹ thuật nhiệt;đại học
                6520265;;cao dang
                """, StandardCharsets.UTF_8);
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            admin.click(By.id("nav:navOccupations"));
            admin.awaitUrlContains("/admin/network/occupations.xhtml");
            admin.type(By.id("list:text"), "logistics");
            admin.click(By.id("list:apply"));
            admin.awaitText(By.id("list:occupations"), "5340113");
            String seeded = admin.text(By.id("list:occupations"));
            assertTrue(seeded.contains("6340113") && seeded.contains("Dữ liệu mẫu"), seeded);

            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            admin.awaitText(By.id("summary"), "Có thể nhập 2 dòng; 2 dòng có lỗi");
            String preview = admin.text(By.id("preview:rows"));
            assertTrue(preview.contains("Cập nhật") && preview.contains("Thêm mới"), preview);
            assertTrue(preview.contains("Trình độ phải là sơ cấp, trung cấp hoặc cao đẳng") && preview.contains("Thiếu tên"), preview);

            admin.click(By.id("preview:import"));
            admin.click(By.id("preview:confirmYes"));
            admin.awaitText(By.id("messages"), "1 nghề được thêm, 1 nghề được cập nhật");
            admin.type(By.id("list:text"), "65202");
            admin.click(By.id("list:apply"));
            admin.awaitText(By.id("list:occupations"), "Cơ điện tử");
            assertFalse(admin.text(By.id("list:occupations")).contains("Công nghệ kỹ thuật nhiệt"), "the bad row was skipped");
        }
    }

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
