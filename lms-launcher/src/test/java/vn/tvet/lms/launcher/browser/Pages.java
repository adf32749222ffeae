package vn.tvet.lms.launcher.browser;

import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication.App;

/** Page objects: each action returns the page a person lands on next. */
public final class Pages {

    public static final String DEMO_PASSWORD = "Demo@2026";

    private Pages() {
    }

    /** A network admin imports a competency framework from CSV text (version 1) through the frameworks page. */
    public static void importFramework(App app, String code, String name, String csvText) {
        try {
            java.nio.file.Path csv = java.nio.file.Files.createTempFile("tieu-chuan", ".csv");
            java.nio.file.Files.writeString(csv, csvText, java.nio.charset.StandardCharsets.UTF_8);
            try (Browser admin = new Browser()) {
                login(admin, app).signInAs("quantri.mang", DEMO_PASSWORD);
                admin.open(app.url("/admin/network/frameworks.xhtml"));
                admin.driver().findElement(org.openqa.selenium.By.cssSelector("input[type=file]")).sendKeys(csv.toString());
                admin.type(org.openqa.selenium.By.id("import:code"), code);
                admin.type(org.openqa.selenium.By.id("import:name"), name);
                admin.type(org.openqa.selenium.By.id("import:version"), "1");
                admin.clickAndAwaitReload(org.openqa.selenium.By.id("import:submit"));
                admin.awaitText(org.openqa.selenium.By.id("messages"), "Đã nhập " + code);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static LoginPage login(Browser browser, App app) {
        browser.open(app.url("/login.xhtml"));
        return new LoginPage(browser, app);
    }

    /** The sign-in form. */
    public record LoginPage(Browser browser, App app) {

        public DashboardPage signInAs(String username, String password) {
            submit(username, password);
            browser.awaitUrlContains("/dashboard.xhtml");
            return new DashboardPage(browser, app);
        }

        public LoginPage submit(String username, String password) {
            browser.type(By.id("login:username"), username);
            browser.type(By.id("login:password"), password);
            browser.clickAndAwaitReload(By.id("login:submit"));
            return this;
        }

        public String message() {
            return browser.text(By.id("messages"));
        }
    }

    /** The dashboard after sign-in. */
    public record DashboardPage(Browser browser, App app) {

        public String heading() {
            return browser.text(By.cssSelector("main h1"));
        }

        public boolean shows(String panelId) {
            return !browser.driver().findElements(By.id(panelId)).isEmpty();
        }

        public String roles() {
            return browser.text(By.id("roles"));
        }

        public LoginPage signOut() {
            browser.click(By.id("logout"));
            browser.awaitUrlContains("/login.xhtml");
            return new LoginPage(browser, app);
        }

        public MembersPage members() {
            browser.click(By.id("nav:navMembers"));
            browser.awaitUrlContains("/admin/school/members.xhtml");
            return new MembersPage(browser, app);
        }
    }

    /** The school admin's list of people. */
    public record MembersPage(Browser browser, App app) {

        /** Creates an account and returns the temporary password shown once. */
        public String create(String username, String fullName, String roleLabel) {
            browser.click(By.id("members:openCreate"));
            browser.type(By.id("createForm:username"), username);
            browser.type(By.id("createForm:fullName"), fullName);
            browser.choose("createForm:role", roleLabel);
            browser.click(By.id("createForm:create"));
            return browser.find(By.id("issuedPassword")).getText().strip();
        }

        public void filterByName(String name) {
            browser.type(By.id("members:nameFilter"), name);
            browser.click(By.id("members:applyFilter"));
        }

        public String tableText() {
            return browser.text(By.id("members:table"));
        }

        public MemberPage open(String fullName) {
            browser.click(By.linkText(fullName));
            browser.awaitUrlContains("/admin/school/member.xhtml");
            return new MemberPage(browser, app);
        }
    }

    /** Step 1 of adding material. */
    public record NewResourcePage(Browser browser, App app) {

        public static NewResourcePage open(Browser browser, App app) {
            browser.open(app.url("/library/new.xhtml"));
            return new NewResourcePage(browser, app);
        }

        public ResourcePage save(String title, String typeLabel, String occupations, String licenceLabel,
                String scopeLabel) {
            browser.type(By.id("resource:title"), title);
            browser.type(By.id("resource:description"), "Học liệu thử nghiệm cho " + title);
            browser.choose("resource:type", typeLabel);
            browser.type(By.id("resource:occupations_input"), occupations);
            browser.choose("resource:level", "Cao đẳng");
            browser.choose("resource:licence", licenceLabel);
            browser.type(By.id("resource:keywords"), "an toàn điện, xưởng thực hành ảo");
            browser.choose("resource:scope", scopeLabel);
            browser.clickAndAwaitReload(By.id("resource:save"));
            browser.awaitUrlContains("/library/item.xhtml");
            return new ResourcePage(browser, app);
        }
    }

    /** The item page of one resource. */
    public record ResourcePage(Browser browser, App app) {

        public static ResourcePage open(Browser browser, App app, long id) {
            browser.open(app.url("/library/item.xhtml?id=" + id));
            return new ResourcePage(browser, app);
        }

        public long id() {
            String url = browser.driver().getCurrentUrl();
            return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }

        /** Uploads through the page's uploader and waits for the page to show the new version. */
        public ResourcePage upload(java.nio.file.Path file) {
            browser.driver().findElement(By.id("file")).sendKeys(file.toString());
            browser.click(By.id("startUpload"));
            browser.awaitText(By.id("versions"), file.getFileName().toString());
            return this;
        }

        /** Waits for PDF.js to draw the first page and returns the text laid over it. */
        public String pdfPreviewText() {
            browser.await(d -> "1".equals(d.findElement(By.id("pdfPreview")).getAttribute("data-rendered-page"))
                    || d.findElement(By.id("pdfPreview")).getAttribute("data-error") != null);
            String error = browser.driver().findElement(By.id("pdfPreview")).getAttribute("data-error");
            if (error != null) {
                throw new AssertionError("PDF preview failed: " + error);
            }
            return browser.driver().findElement(By.cssSelector("#pdfPreview .textLayer")).getAttribute("textContent").trim();
        }

        /** Tries an upload the server should refuse and returns what the page says. */
        public String uploadRefused(java.nio.file.Path file) {
            browser.driver().navigate().refresh();
            browser.driver().findElement(By.id("file")).sendKeys(file.toString());
            browser.click(By.id("startUpload"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("uploadStatus")).getAttribute("class").contains("row-problem"));
            return browser.text(By.id("uploadStatus"));
        }

        public String status() {
            return browser.text(By.id("status"));
        }

        public void submit() {
            browser.click(By.id("review:submit"));
            browser.click(By.id("review:confirmYes"));
            browser.awaitText(By.id("status"), "Chờ duyệt");
        }

        public void approve(String note) {
            browser.type(By.id("review:note"), note);
            browser.click(By.id("review:approve"));
            browser.awaitText(By.id("status"), "Đã xuất bản");
        }

        /** Sends a published item's prepared change (a new file, a new title) to its reviewers. */
        public void submitRevision() {
            browser.click(By.id("review:submit"));
            browser.click(By.id("review:confirmYes"));
            browser.awaitText(By.id("revisionStatus"), "Thay đổi đang chờ duyệt");
        }

        /** A reviewer accepts a published item's change: the pending card goes away. */
        public void approveRevision(String note) {
            browser.awaitText(By.id("revisionStatus"), "Thay đổi đang chờ duyệt");
            browser.type(By.id("review:note"), note);
            browser.click(By.id("review:approve"));
            browser.await(d -> d.findElements(By.id("revision")).isEmpty());
        }
    }

    /** The network admin's list of institutions. */
    public record InstitutionsPage(Browser browser, App app) {

        public static InstitutionsPage open(Browser browser, App app) {
            browser.open(app.url("/admin/network/institutions.xhtml"));
            return new InstitutionsPage(browser, app);
        }

        /** Fills and saves the registration dialog; the caller checks the outcome. */
        public void register(String code, String name, String typeLabel, String province) {
            browser.click(By.id("institutions:add"));
            browser.type(By.id("institutionForm:code"), code);
            browser.type(By.id("institutionForm:name"), name);
            browser.choose("institutionForm:type", typeLabel);
            browser.type(By.id("institutionForm:province"), province);
            browser.click(By.id("institutionForm:save"));
        }

        public String tableText() {
            return browser.text(By.id("institutions:table"));
        }
    }

    /** One person, for the school admin. */
    public record MemberPage(Browser browser, App app) {

        public String status() {
            return browser.text(By.id("memberStatus"));
        }

        public void disable() {
            browser.click(By.id("member:disable"));
            browser.click(By.id("member:confirmYes"));
            browser.awaitText(By.id("memberStatus"), "Đã khóa");
        }

        public String resetPassword() {
            browser.click(By.id("member:reset"));
            browser.click(By.id("member:confirmYes"));
            return browser.find(By.id("issuedPassword")).getText().strip();
        }
    }
}
