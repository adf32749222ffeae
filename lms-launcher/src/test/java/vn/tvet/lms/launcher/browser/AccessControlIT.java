package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;
import vn.tvet.lms.launcher.SignedInClient;

/**
 * The access-control holes found by trying the running application as an attacker would, each closed on the
 * real stack: a school admin taking over another school's teacher, a student adding to the library, sessions
 * that outlived a password reset or a disabled account on non-page paths, and review notes shown to everyone.
 */
@ExtendWith(RunningApplication.class)
class AccessControlIT {

    @Test
    void aSchoolAdminCannotResetOrDisableATeacherWhoAlsoTeachesInAnotherSchool(App app) {
        long twoSchools = app.personId("hpcd.gv2");
        try (Browser admin = new Browser()) {
            Pages.login(admin, app).signInAs("hptc.quantri", Pages.DEMO_PASSWORD);
            admin.open(app.url("/admin/school/member.xhtml?id=" + twoSchools));
            admin.awaitText(By.id("member:managedElsewhere"), "chỉ quản trị hệ thống");
            assertTrue(admin.driver().findElements(By.id("member:reset")).isEmpty(), "no reset for another school's teacher");
            assertTrue(admin.driver().findElements(By.id("member:disable")).isEmpty(), "no disable either");
        }
        // The network admin handles such accounts; disabling keeps every role in both schools.
        try (Browser network = new Browser()) {
            Pages.login(network, app).signInAs("quantri.mang", Pages.DEMO_PASSWORD);
            network.click(By.id("nav:navAccounts"));
            network.awaitUrlContains("/admin/network/people.xhtml");
            network.open(app.url("/admin/network/person.xhtml?id=" + twoSchools));
            String roles = network.text(By.id("accountRoles"));
            assertTrue(roles.contains("Hải Phòng") && roles.contains("Hải An"), roles);
            network.click(By.id("account:disable"));
            network.click(By.id("account:confirmYes"));
            network.awaitText(By.id("memberStatus"), "Đã khóa");
            network.click(By.id("account:enable"));
            network.awaitText(By.id("memberStatus"), "Đang hoạt động");
            assertEquals(roles, network.text(By.id("accountRoles")));
        }
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv2", Pages.DEMO_PASSWORD);
        }
    }

    @Test
    void aStudentCannotOpenTheNewItemForm(App app) {
        try (Browser student = new Browser()) {
            Pages.login(student, app).signInAs("hpcd.sv01", Pages.DEMO_PASSWORD);
            student.open(app.url("/library/new.xhtml"));
            assertEquals("403", student.find(By.id("main")).getAttribute("data-status"));
            assertTrue(student.driver().getTitle().startsWith("Không có quyền truy cập"), student.driver().getTitle());
        }
    }

    @Test
    void aPasswordResetOrADisabledAccountEndsSessionsOnEveryPath(App app) throws Exception {
        String temporary;
        Pages.MembersPage members;
        try (Browser admin = new Browser()) {
            members = Pages.login(admin, app).signInAs("qncd.quantri", Pages.DEMO_PASSWORD).members();
            temporary = members.create("qncd.gv.phien", "Lưu Văn Phiên", "Nhà giáo");

            // A temporary password opens nothing but the password page, on any path.
            SignedInClient mustChange = SignedInClient.signIn(URI.create(app.url("/")), "qncd.gv.phien", temporary,
                    "/account/password.xhtml");
            assertEquals(403, get(mustChange, "/api/search?q=điện").statusCode());

            String own = "PhienLamViec2026";
            changePassword(app, "qncd.gv.phien", temporary, own);
            SignedInClient working = SignedInClient.signIn(URI.create(app.url("/")), "qncd.gv.phien", own);
            assertEquals(200, get(working, "/api/search?q=điện").statusCode());

            members.filterByName("phiên");
            String reset = members.open("Lưu Văn Phiên").resetPassword();
            assertEquals(401, get(working, "/api/search?q=điện").statusCode(), "the reset ends the old session");
            assertEquals(401, get(mustChange, "/library/files/1/1").statusCode());

            changePassword(app, "qncd.gv.phien", reset, own);
            SignedInClient again = SignedInClient.signIn(URI.create(app.url("/")), "qncd.gv.phien", own);
            assertEquals(200, get(again, "/api/search?q=điện").statusCode());
            admin.open(app.url("/admin/school/member.xhtml?id=" + app.personId("qncd.gv.phien")));
            new Pages.MemberPage(admin, app).disable();
            HttpResponse<String> refused = again.send(HttpRequest.newBuilder(again.url("/library/uploads"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode(), refused.body());
            // The session is gone: what follows is anonymous, and pages for signed-in people ask to sign in.
            assertTrue(get(again, "/dashboard.xhtml").uri().getPath().endsWith("/login.xhtml"));
        }
    }

    @Test
    void editHistoryAndReviewNotesAreForTheSchoolAndTheReviewersOnly(App app) throws Exception {
        long publicItem = app.queryLong("select id from learning_resource where scope = 'PUBLIC' and status = 'PUBLISHED'"
                + " and title <> ? order by id limit 1", "");
        var anonymous = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(app.url("/library/item.xhtml?id=" + publicItem))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, anonymous.statusCode());
        assertFalse(anonymous.body().contains("id=\"history\""), "an anonymous visitor sees no history");
        assertFalse(anonymous.body().contains("Đạt yêu cầu (dữ liệu mẫu)"), "nor the reviewer's note");

        SignedInClient otherSchool = SignedInClient.signIn(URI.create(app.url("/")), "qncd.gv1", Pages.DEMO_PASSWORD);
        assertFalse(get(otherSchool, "/library/item.xhtml?id=" + publicItem).body().contains("id=\"history\""));

        SignedInClient reviewer = SignedInClient.signIn(URI.create(app.url("/")), "thuvien", Pages.DEMO_PASSWORD);
        assertTrue(get(reviewer, "/library/item.xhtml?id=" + publicItem).body().contains("id=\"history\""));
    }

    @Test
    void anyProgrammeIsReadableByEverySignedInPersonButChangedOnlyByItsSchool(App app) throws Exception {
        long programme = app.queryLong("select id from programme where code = ?", "DCN-CD-MAU");
        SignedInClient otherSchool = SignedInClient.signIn(URI.create(app.url("/")), "qncd.gv1", Pages.DEMO_PASSWORD);
        HttpResponse<String> view = get(otherSchool, "/programmes/view.xhtml?id=" + programme);
        assertEquals(200, view.statusCode());
        assertTrue(view.body().contains("Hải Phòng") && !view.body().contains("id=\"openEditor\""), "read-only view");
        assertEquals(404, get(otherSchool, "/programmes/programme.xhtml?id=" + programme).statusCode(),
                "the editor stays the school's own");

        SignedInClient ownSchool = SignedInClient.signIn(URI.create(app.url("/")), "hpcd.gv1", Pages.DEMO_PASSWORD);
        assertTrue(get(ownSchool, "/programmes/view.xhtml?id=" + programme).body().contains("id=\"openEditor\""));
    }

    @Test
    void aPublishedPublicLinkCannotBecomeAPhishingLinkWithoutReview(App app) throws Exception {
        String title = "Cổng thông tin an toàn lao động điện";
        String reviewed = "https://antoan.example.vn/dien";
        long id;
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hptc.gv2", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/library/new.xhtml"));
            teacher.type(By.id("resource:title"), title);
            teacher.choose("resource:type", "Liên kết");
            teacher.type(By.id("resource:linkUrl"), reviewed);
            teacher.choose("resource:licence", "CC BY 4.0 (Ghi công)");
            teacher.choose("resource:scope", "Công khai");
            teacher.clickAndAwaitReload(By.id("resource:save"));
            teacher.awaitUrlContains("/library/item.xhtml");
            Pages.ResourcePage page = new Pages.ResourcePage(teacher, app);
            id = page.id();
            page.submit();
        }
        try (Browser librarian = new Browser()) {
            Pages.login(librarian, app).signInAs("thuvien", Pages.DEMO_PASSWORD);
            Pages.ResourcePage.open(librarian, app, id).approve("Nguồn chính thống.");
        }
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hptc.gv2", Pages.DEMO_PASSWORD);
            teacher.open(app.url("/library/edit.xhtml?id=" + id));
            teacher.type(By.id("resource:title"), "Đăng nhập để nhận chứng chỉ");
            teacher.type(By.id("resource:linkUrl"), "https://evil.example/login");
            teacher.clickAndAwaitReload(By.id("resource:save"));
            teacher.awaitUrlContains("/library/item.xhtml");
            teacher.awaitText(By.id("pendingLink"), "https://evil.example/login");
            assertEquals("Đăng nhập để nhận chứng chỉ", teacher.text(By.id("pendingTitle")));
        }
        String anonymous = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(app.url("/library/item.xhtml?id=" + id))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(anonymous.contains(reviewed) && anonymous.contains(title), "the public keeps the reviewed link and title");
        assertFalse(anonymous.contains("evil.example") || anonymous.contains("Đăng nhập để nhận chứng chỉ"),
                "the unreviewed change reaches nobody else");
    }

    @Test
    void anonymousReadsStartNoSessionAndPagesCarryTheSecurityHeaders(App app) throws Exception {
        long publicItem = app.queryLong("select id from learning_resource where scope = 'PUBLIC' and status = 'PUBLISHED'"
                + " and title <> ? order by id limit 1", "");
        var http = java.net.http.HttpClient.newHttpClient();
        for (String path : java.util.List.of("/search.xhtml?q=điện", "/api/search?q=điện",
                "/library/files/" + publicItem + "/0", "/error/404.xhtml", "/library/index.xhtml",
                "/library/index.xhtml?type=DOCUMENT&sort=title&dir=asc&page=2&size=10&school=x",
                "/library/item.xhtml?id=" + publicItem)) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() < 400, path + " answered " + answer.statusCode());
            assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " started a session: " + answer.headers().allValues("Set-Cookie"));
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(app.url("/search.xhtml?q=điện"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'self'")
                && policy.contains("base-uri 'self'"), policy);
        assertFalse(page.body().matches("(?s).*[?&]v=\\d+\\.\\d+.*"), "no framework version in resource URLs");

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(app.url("/login.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);

        SignedInClient teacher = SignedInClient.signIn(URI.create(app.url("/")), "hpcd.gv1", Pages.DEMO_PASSWORD);
        HttpResponse<String> forged = teacher.send(HttpRequest.newBuilder(teacher.url("/logout"))
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), "a sign-out posted from another site is refused");
        assertTrue(get(teacher, "/dashboard.xhtml").uri().getPath().endsWith("/dashboard.xhtml"), "still signed in");
    }

    @Test
    void anOverlongVersionNoteIsRefusedBeforeAnyByteIsStored(App app) throws Exception {
        long draft = app.queryLong("insert into learning_resource (owner_id, author_id, title, type, language, licence,"
                + " scope, status, created_at, updated_at) select i.id, p.id, ?, 'DOCUMENT', 'vi', 'CC_BY', 'PRIVATE',"
                + " 'DRAFT', now(), now() from institution i, person p where i.code = 'HP-CDKT' and p.username = 'hpcd.gv2'"
                + " returning id", "Ghi chú dài");
        SignedInClient teacher = SignedInClient.signIn(URI.create(app.url("/")), "hpcd.gv2", Pages.DEMO_PASSWORD);
        String body = "Nội dung bài giảng " + java.util.UUID.randomUUID();
        HttpResponse<String> refused = teacher.send(HttpRequest.newBuilder(teacher.url("/library/upload?resource=" + draft
                        + "&name=ghi-chu.txt&note=" + "a".repeat(1001))).header("X-LMS-Upload", "1")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("1.000"), refused.body());
        assertEquals(0, app.queryLong("select count(*) from resource_version where resource_id = cast(? as bigint)",
                String.valueOf(draft)));

        HttpResponse<String> accepted = teacher.send(HttpRequest.newBuilder(teacher.url("/library/upload?resource=" + draft
                        + "&name=ghi-chu.txt&note=" + "a".repeat(1000))).header("X-LMS-Upload", "1")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, accepted.statusCode(), accepted.body());
    }

    private static void changePassword(App app, String username, String current, String chosen) {
        try (Browser person = new Browser()) {
            Pages.login(person, app).submit(username, current);
            person.awaitUrlContains("/account/password.xhtml");
            person.type(By.id("password:current"), current);
            person.type(By.id("password:new"), chosen);
            person.type(By.id("password:repeated"), chosen);
            person.clickAndAwaitReload(By.id("password:submit"));
            person.awaitUrlContains("/dashboard.xhtml");
        }
    }

    private static HttpResponse<String> get(SignedInClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(client.url(path)).GET(), HttpResponse.BodyHandlers.ofString());
    }
}
