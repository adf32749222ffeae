package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * A teacher imports questions into the demo module's bank from pasted GIFT text (the faulty question named by its
 * line, the rest previewed and imported), filters the bank, and has the final quiz draw from the new category.
 */
@ExtendWith(RunningApplication.class)
class QuestionBankIT {

    private static final String GIFT = """
            $CATEGORY: Kiểm tra thử

            ::Tần số::Tần số lưới điện Việt Nam là bao nhiêu Hz? {#50}

            ::Thiếu ngoặc::Câu này thiếu dấu đóng {=a ~b

            ::Nối đất::Điện trở nối đất an toàn phải nhỏ. {T}
            """;

    @Test
    void questionsImportedFromGiftFeedTheFinalQuiz(App app) {
        try (Browser teacher = new Browser()) {
            Pages.login(teacher, app).signInAs("hpcd.gv1", Pages.DEMO_PASSWORD);
            teacher.click(By.id("nav:navModules"));
            teacher.awaitUrlContains("/modules/index.xhtml");
            teacher.clickAndAwaitReload(By.linkText("Lắp đặt tủ điện phân phối"));
            teacher.clickAndAwaitReload(By.id("bankLink"));
            teacher.awaitUrlContains("/modules/questions.xhtml");
            teacher.awaitText(By.id("bank:list"), "Cắt điện");

            teacher.type(By.id("paste:text"), GIFT);
            teacher.click(By.id("paste:read"));
            teacher.awaitText(By.id("previewSummary"), "Đọc được 2 câu hỏi, 1 lỗi.");
            teacher.auditAccessibility();
            assertTrue(teacher.text(By.id("preview:problems")).contains("Dòng 5: Phần đáp án thiếu dấu đóng ngoặc nhọn."),
                    teacher.text(By.id("preview:problems")));
            String preview = teacher.text(By.id("preview:questions"));
            assertTrue(preview.contains("Dạng số") && preview.contains("Đúng/Sai") && preview.contains("Kiểm tra thử"), preview);
            teacher.click(By.id("preview:import"));
            teacher.awaitText(By.id("messages"), "Đã nhập 2 câu hỏi; 1 chỗ lỗi bị bỏ qua.");

            teacher.choose("bank:category", "Kiểm tra thử (2)");
            teacher.click(By.id("bank:filter"));
            teacher.await(d -> !teacher.text(By.id("bank:list")).contains("Cắt điện"));
            assertTrue(teacher.text(By.id("bank:list")).contains("Tần số"));

            teacher.choose("quiz:which", "2.3 Kiểm tra cuối mô-đun");
            teacher.awaitText(By.id("rules"), "3 câu ngẫu nhiên từ nhóm “An toàn điện”");
            teacher.choose("quiz:randomCategory", "Kiểm tra thử (2)");
            teacher.type(By.id("quiz:randomCount"), "3");
            teacher.click(By.id("quiz:addRandom"));
            teacher.awaitText(By.id("messages"), "Nhóm câu hỏi không đủ số câu để lấy ngẫu nhiên.");
            // the form is redrawn by the same answer: type into the new field, not the old one
            teacher.awaitAjax();
            teacher.type(By.id("quiz:randomCount"), "2");
            assertEquals("Kiểm tra thử (2)", new org.openqa.selenium.support.ui.Select(teacher.find(By.id("quiz:randomCategory")))
                    .getFirstSelectedOption().getText());
            assertEquals("2", teacher.find(By.id("quiz:randomCount")).getDomProperty("value"));
            teacher.click(By.id("quiz:addRandom"));
            teacher.awaitText(By.id("rules"), "2 câu ngẫu nhiên từ nhóm “Kiểm tra thử”");
            teacher.awaitText(By.id("quizSize"), "0 câu gõ trực tiếp và 8 câu từ ngân hàng");
            assertEquals(0, teacher.overflowsSideways(), "the bank page fits its window");
            teacher.click(By.xpath("//ol[@id='rules']/li[last()]//button"));
            teacher.await(d -> !teacher.text(By.id("rules")).contains("Kiểm tra thử"));

            // a question written in the form, with a picture from the library in its text
            teacher.click(By.id("newQuestion:write"));
            teacher.await(d -> d.findElement(By.id("editor")).isDisplayed());
            teacher.choose("editor:questionType", "Trả lời ngắn");
            teacher.awaitAjax();
            teacher.type(By.id("editor:questionCategory"), "Soạn trong trang");
            teacher.find(By.cssSelector("#editor\\:prompt .ql-editor")).sendKeys("Thiết bị màu đỏ trên cùng của tủ là gì?");
            teacher.type(By.id("editor:imageQuery"), "so do tu dien");
            teacher.click(By.id("editor:searchImages"));
            teacher.awaitText(By.id("editor:imageResults"), "Sơ đồ mặt trước tủ điện phân phối");
            teacher.click(By.xpath("//ul[contains(@class, 'image-picker')]//button"));
            teacher.awaitText(By.id("messages"), "Đã chèn hình «Sơ đồ mặt trước tủ điện phân phối»");
            teacher.await(d -> !d.findElements(By.cssSelector("#editor\\:prompt .ql-editor img")).isEmpty());
            assertTrue(teacher.text(By.cssSelector("#editor\\:prompt .ql-editor")).contains("Thiết bị màu đỏ"), "typed text kept");
            teacher.type(By.id("editor:rows:0:answerText"), "aptomat tổng");
            teacher.auditAccessibility();
            teacher.click(By.id("editor:saveQuestion"));
            teacher.awaitText(By.id("messages"), "Đã thêm câu hỏi «Thiết bị màu đỏ trên cùng của tủ là gì?»");
            teacher.choose("bank:category", "Soạn trong trang (1)");
            teacher.click(By.id("bank:filter"));
            teacher.await(d -> teacher.text(By.id("bank:list")).contains("Thiết bị màu đỏ"));
            teacher.click(By.cssSelector("#bank\\:list .ui-row-toggler"));
            teacher.await(d -> !d.findElements(By.cssSelector("#bank\\:list .rich-page")).isEmpty());
            String shown = teacher.find(By.cssSelector("#bank\\:list .rich-page")).getDomProperty("innerHTML");
            assertTrue(shown.matches("(?s).*<img src=\"/library/files/\\d+/1\" alt=\"Sơ đồ mặt trước tủ điện phân phối\">.*"), shown);
            // the picture itself loads for the teacher
            teacher.await(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.querySelector('.rich-page img').naturalWidth")).intValue() == 360);
            // and changed in the same form
            teacher.click(By.id("bank:list:0:edit"));
            teacher.awaitText(By.id("editorState"), "Sửa câu hỏi");
            assertEquals("aptomat tổng", teacher.find(By.id("editor:rows:0:answerText")).getDomProperty("value"));
            teacher.type(By.id("editor:questionName"), "Thiết bị đỏ trên tủ");
            teacher.click(By.id("editor:saveQuestion"));
            teacher.awaitText(By.id("messages"), "Đã lưu câu hỏi «Thiết bị đỏ trên tủ»");
            teacher.awaitText(By.id("bank:list"), "Thiết bị đỏ trên tủ");
            assertFalse(teacher.pageText().contains("???"), "every text is in the bundles");
        }
    }
}
