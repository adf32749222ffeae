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
            assertFalse(teacher.pageText().contains("???"), "every text is in the bundles");
        }
    }
}
