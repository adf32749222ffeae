package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * A teacher builds a module from library items and written activities, maps its outcome on the searchable
 * competency tree, orders lessons by drag and drop, and publishes it; a learner keeps the version they
 * started until the teacher moves them; the module is shared after review, another school adopts it as a
 * linked copy and takes a newer upstream version when it asks.
 */
@ExtendWith(RunningApplication.class)
class ModulesIT {

    private static final String TITLE = "Đo lường điện cơ bản";

    @Test
    void aTeacherBuildsMapsAndPublishesAModuleThatLearnersAndOtherSchoolsUse(App app) {
        importFramework(app);
        String moduleUrl;
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.click(By.id("nav:navModules"));
            teacher.awaitUrlContains("/modules/index.xhtml");
            teacher.clickAndAwaitReload(By.id("create:save"));
            teacher.awaitText(By.id("create"), "cần nhập");
            assertFalse(teacher.pageText().contains("Validation Error"), "Faces' own messages speak Vietnamese too");
            teacher.type(By.id("create:code"), "MĐ-ĐL01");
            teacher.type(By.id("create:name"), TITLE);
            teacher.clickAndAwaitReload(By.id("create:save"));
            teacher.awaitUrlContains("/modules/module.xhtml");
            moduleUrl = teacher.driver().getCurrentUrl();

            // autosave: nothing to press
            String summary = "Mô đun giúp người học đo điện áp, dòng điện và điện trở cách điện an toàn.";
            teacher.type(By.id("draft:summary"), summary);
            teacher.await(d -> app.queryLong("select count(*) from course_module where summary = ?", summary) == 1);

            teacher.choose("draft:teaching", "DCN-CD-MAU · MĐ07 Lắp đặt tủ điện phân phối");
            teacher.awaitText(By.id("messages"), "mức độ đáp ứng năng lực của chương trình tính cả");
            outcomeMappedOnTheSearchableTree(teacher);
            theProgrammeCountsTheModulesMapping(app, teacher);
            teacher.open(moduleUrl);
            lessonsOrderedByDragAndDropAndKeyboard(teacher);
            activitiesFromTheLibraryAndWritten(teacher);
            publish(teacher, 1);
        }
        try (Browser learner = new Browser()) {
            Pages.login(learner, app).signInAs("hpcd.sv01", Pages.DEMO_PASSWORD);
            learner.click(By.id("nav:navLearning"));
            learner.clickAndAwaitReload(By.linkText(TITLE));
            learner.clickAndAwaitReload(By.id("learn:start"));
            learner.awaitText(By.id("versionNote"), "Bạn đang học phiên bản 1.");
            String page = learner.pageText();
            assertTrue(page.contains("Ngắt nguồn trước khi đo") && page.contains("An toàn điện khi làm việc trên cao"), page);
            learner.find(By.xpath("//label[normalize-space(.)='12 V']")).click();
            learner.click(By.cssSelector("button[id$=':check']"));
            learner.awaitText(By.cssSelector(".quiz-score"), "Đúng 1/1 câu.");
            learner.clickAndAwaitReload(By.cssSelector("a.resource-link"));
            learner.awaitUrlContains("/library/item.xhtml");
            learner.clickAndAwaitReload(By.id("backToModule"));
            learner.awaitUrlContains("/modules/learn.xhtml?id=");
            learner.awaitText(By.id("versionNote"), "Bạn đang học phiên bản 1.");

            try (Browser teacher = teacherAt(app, "hpcd.gv1", moduleUrl)) {
                addLesson(teacher, "Bài 4: Ôn tập");
                publish(teacher, 2);
                teacher.awaitText(By.id("publish:learners"), "1");
            }
            learner.driver().navigate().refresh();
            learner.awaitText(By.id("versionNote"), "Bạn đang học phiên bản 1. Mô đun đã có phiên bản mới hơn");
            assertFalse(learner.pageText().contains("Bài 4: Ôn tập"), "a learner keeps the version they started");

            try (Browser teacher = teacherAt(app, "hpcd.gv1", moduleUrl)) {
                teacher.click(By.id("publish:migrateAll"));
                teacher.click(By.id("confirmForm:confirmYes"));
                teacher.awaitText(By.id("messages"), "Đã chuyển 1 người học sang phiên bản 2");
            }
            learner.driver().navigate().refresh();
            learner.awaitText(By.id("versionNote"), "Bạn đang học phiên bản 2.");
            assertTrue(learner.pageText().contains("Bài 4: Ôn tập"));
        }

        sharedAfterReviewAndAdoptedAsALinkedCopy(app, moduleUrl);
    }

    private static void importFramework(App app) {
        Pages.importFramework(app, "TC-DOLUONG", "Tiêu chuẩn đo lường điện (mẫu)", """
                loại,mã,mã cha,nội dung,bậc
                đơn vị,DL1,,Đo các đại lượng điện,2
                thành phần,DL1.1,DL1,Đo điện áp và dòng điện,
                thành phần,DL1.2,DL1,Đo điện trở cách điện,
                tiêu chí,DL1.2.1,DL1.2,Chọn đúng thang đo của megaohm kế,
                đơn vị,DL2,,Sửa chữa động cơ điện,3
                """);
    }

    private static void outcomeMappedOnTheSearchableTree(Browser teacher) {
        teacher.type(By.id("outcomes:outcomeCode"), "KN1");
        teacher.type(By.id("outcomes:outcomeStatement"), "Đo được điện trở cách điện của động cơ");
        teacher.click(By.id("outcomes:addOutcome"));
        teacher.awaitText(By.id("outcomes:list"), "Chưa ánh xạ");

        teacher.choose("outcomes:mapOutcome", "KN1 – Đo được điện trở cách điện của động cơ");
        teacher.choose("outcomes:mapFramework", "TC-DOLUONG 1 – Tiêu chuẩn đo lường điện (mẫu)");
        teacher.click(By.id("outcomes:openTree"));
        teacher.awaitText(By.id("outcomes:tree"), "Sửa chữa động cơ điện");
        // typed without diacritics; the match keeps its unit and element around it
        teacher.type(By.id("outcomes:treeFilter"), "cach dien");
        teacher.await(d -> !d.findElement(By.id("outcomes:tree")).getText().contains("Sửa chữa động cơ điện"));
        String tree = teacher.text(By.id("outcomes:tree"));
        assertTrue(tree.contains("DL1 – Đo các đại lượng điện") && tree.contains("DL1.2 – Đo điện trở cách điện"), tree);
        assertFalse(tree.contains("DL1.1"), tree);
        teacher.find(By.xpath("//div[contains(@class,'tree-row')][.//strong[text()='DL1.2']]//input[@type='checkbox']")).click();
        teacher.click(By.id("outcomes:saveMapping"));
        teacher.awaitText(By.id("messages"), "Đã lưu: KN1 gắn với 1 năng lực");
        teacher.awaitText(By.id("outcomes:list"), "TC-DOLUONG · DL1.2");
    }

    /** The demo programme's MĐ07 now builds the unit the module's outcome is mapped into. */
    private static void theProgrammeCountsTheModulesMapping(App app, Browser teacher) {
        teacher.open(app.url("/programmes/programme.xhtml?id=" + app.queryLong("select id from programme where code = ?",
                "DCN-CD-MAU")));
        assertTrue(teacher.find(By.id("competencyCoverage")).isDisplayed(),
                "the coverage of the framework the programme is mapped to shows without choosing it");
        teacher.choose("mapping:framework", "TC-DOLUONG 1 – Tiêu chuẩn đo lường điện (mẫu)");
        teacher.choose("mapping:course", "MĐ07 Lắp đặt tủ điện phân phối");
        teacher.clickAndAwaitReload(By.id("mapping:show"));
        String coverage = teacher.text(By.id("competencyCoverage"));
        assertTrue(coverage.matches("(?s).*Đo các đại lượng điện\\s+MĐ07 Lắp đặt tủ điện phân phối.*"), coverage);
        assertTrue(coverage.contains("1/2 đơn vị năng lực (50%)"), coverage);
    }

    private static void lessonsOrderedByDragAndDropAndKeyboard(Browser teacher) {
        // nothing to add yet: the button waits for a title and says so, rather than answering a click with nothing
        assertFalse(teacher.find(By.id("lessons:addLesson")).isEnabled(), "add lesson waits for a title");
        assertEquals("Nhập tên bài học để thêm.", teacher.text(By.id("lessons:lessonTitleNeeded")));
        addLesson(teacher, "Bài 1: Đồng hồ vạn năng");
        teacher.await(d -> !teacher.driver().findElement(By.id("lessons:addLesson")).isEnabled());
        addLesson(teacher, "Bài 2: Đo điện trở cách điện");
        addLesson(teacher, "Bài 3: An toàn khi đo");
        List<WebElement> rows = teacher.driver().findElements(By.cssSelector("#lessons\\:list_data tr"));
        new Actions(teacher.driver()).clickAndHold(rows.get(2).findElement(By.cssSelector("td"))).moveByOffset(0, -10)
                .moveToElement(rows.get(0)).moveByOffset(0, -12).pause(200).release().perform();
        teacher.awaitText(By.id("messages"), "Đã chuyển «Bài 3: An toàn khi đo» đến vị trí 1");
        assertEquals(List.of("Bài 3: An toàn khi đo", "Bài 1: Đồng hồ vạn năng", "Bài 2: Đo điện trở cách điện"), lessonTitles(teacher));

        teacher.click(By.id("lessons:list:1:down"));
        teacher.await(d -> lessonTitles(teacher).equals(
                List.of("Bài 3: An toàn khi đo", "Bài 2: Đo điện trở cách điện", "Bài 1: Đồng hồ vạn năng")));
        teacher.click(By.id("lessons:list:0:open"));
        teacher.awaitAjax();
        teacher.awaitText(By.id("openLessonHeading"), "Bài 3: An toàn khi đo");
    }

    private static void activitiesFromTheLibraryAndWritten(Browser teacher) {
        teacher.type(By.id("act:resourceQuery"), "an toan dien");
        teacher.click(By.id("act:searchResources"));
        teacher.awaitText(By.id("act:resourceResults"), "An toàn điện khi làm việc trên cao");
        teacher.find(By.xpath("//ol[@class='picker-results']/li[contains(., 'An toàn điện khi làm việc trên cao')]//button")).click();
        teacher.awaitText(By.id("act:list"), "An toàn điện khi làm việc trên cao");

        // a page is what the form starts with
        teacher.await(d -> d.findElement(By.cssSelector("#act\\:page .ql-editor")).isDisplayed());
        teacher.type(By.id("act:activityTitle"), "Lưu ý trước khi đo");
        teacher.find(By.cssSelector("#act\\:page .ql-editor")).sendKeys("Ngắt nguồn trước khi đo điện trở cách điện.");
        teacher.click(By.id("act:addWritten"));
        teacher.awaitText(By.id("act:list"), "Lưu ý trước khi đo");

        teacher.choose("act:kind", "Bài kiểm tra");
        teacher.await(d -> !d.findElements(By.id("act:quiz")).isEmpty());
        teacher.type(By.id("act:activityTitle"), "Kiểm tra nhanh");
        teacher.type(By.id("act:quiz"), "Câu?\nA. Có\nANSWER: B");
        teacher.click(By.id("act:addWritten"));
        teacher.awaitText(By.id("messages"), "Chưa đọc được câu hỏi: dòng 1: mỗi câu cần từ 2 đến 8 lựa chọn");
        assertTrue(teacher.scrolledBy() > 300 && teacher.inView(By.id("messages")),
                "the message shows where the teacher is, far down the editor, not only at its top");
        teacher.type(By.id("act:quiz"), "Điện áp an toàn khi làm việc nơi ẩm ướt?\nA. 12 V\nB. 220 V\nANSWER: A");
        teacher.click(By.id("act:addWritten"));
        teacher.awaitText(By.id("act:list"), "Kiểm tra nhanh – 1 câu hỏi");
    }

    private void sharedAfterReviewAndAdoptedAsALinkedCopy(App app, String moduleUrl) {
        try (Browser teacher = teacherAt(app, "hpcd.gv1", moduleUrl)) {
            teacher.click(By.id("sharing:askToShare"));
            teacher.clickAndAwaitReload(By.id("confirmForm:confirmYes"));
            teacher.awaitText(By.id("shareChip"), "Chờ duyệt chia sẻ");
        }
        try (Browser librarian = new Browser()) {
            Pages.login(librarian, app).signInAs("thuvien", Pages.DEMO_PASSWORD);
            librarian.click(By.id("nav:navModuleReview"));
            librarian.clickAndAwaitReload(By.linkText(TITLE));
            librarian.type(By.id("review:note"), "Nội dung tốt, dùng chung được.");
            librarian.clickAndAwaitReload(By.id("review:approve"));
            librarian.awaitText(By.id("messages"), "Đã duyệt chia sẻ «" + TITLE + "»");
        }
        String copyUrl;
        try (Browser other = new Browser()) {
            Pages.login(other, app).signInAs("qncd.gv1", Pages.DEMO_PASSWORD);
            other.open(moduleUrl);
            other.awaitText(By.id("errorText"), "Không tìm thấy");
            other.open(app.url("/modules/index.xhtml"));
            other.clickAndAwaitReload(By.linkText(TITLE));
            other.type(By.id("adopt:code"), "QN-ĐL01");
            other.clickAndAwaitReload(By.id("adopt:adoptButton"));
            other.awaitText(By.id("upstream"), "Bản liên kết của «" + TITLE + "» (Trường Cao đẳng Kỹ thuật Hải Phòng), đã lấy phiên bản 2");
            assertTrue(lessonTitles(other).contains("Bài 4: Ôn tập"), lessonTitles(other).toString());
            copyUrl = other.driver().getCurrentUrl();
        }
        try (Browser teacher = teacherAt(app, "hpcd.gv1", moduleUrl)) {
            addLesson(teacher, "Bài 5: Kiểm tra cuối mô đun");
            publish(teacher, 3);
        }
        try (Browser other = teacherAt(app, "qncd.gv1", copyUrl)) {
            other.awaitText(By.id("upstreamNewer"), "Bản gốc có phiên bản mới 3");
            assertFalse(lessonTitles(other).contains("Bài 5: Kiểm tra cuối mô đun"), "upstream updates wait to be asked for");
            other.click(By.id("upstreamForm:take"));
            other.clickAndAwaitReload(By.id("confirmForm:confirmYes"));
            other.awaitText(By.id("messages"), "Đã cập nhật bản nháp theo phiên bản 3 của bản gốc");
            assertTrue(lessonTitles(other).contains("Bài 5: Kiểm tra cuối mô đun"), lessonTitles(other).toString());
            assertTrue(other.driver().findElements(By.id("upstreamNewer")).isEmpty());

            other.open(app.url("/search.xhtml?q=" + java.net.URLEncoder.encode("đo lường điện", StandardCharsets.UTF_8)
                    + "&kind=MODULE"));
            other.awaitText(By.id("hits"), TITLE);
            assertTrue(other.text(By.id("hits")).contains("Mô đun"), other.text(By.id("hits")));
        }
    }

    private static Browser teacherAt(App app, String username, String url) {
        Browser teacher = new Browser();
        Pages.login(teacher, app).signInAs(username, Pages.DEMO_PASSWORD);
        teacher.open(url);
        return teacher;
    }

    private static void addLesson(Browser teacher, String title) {
        teacher.type(By.id("lessons:lessonTitle"), title);
        teacher.click(By.id("lessons:addLesson"));
        teacher.awaitText(By.id("lessons:list"), title);
    }

    private static void publish(Browser teacher, int expectedVersion) {
        teacher.type(By.id("publish:note"), "Phiên bản " + expectedVersion);
        teacher.click(By.id("publish:publishButton"));
        teacher.clickAndAwaitReload(By.id("confirmForm:confirmYes"));
        teacher.awaitText(By.id("versionChip"), "Phiên bản " + expectedVersion);
    }

    private static List<String> lessonTitles(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#lessons\\:list_data .lesson-title")).stream()
                .map(WebElement::getText).toList();
    }
}
