package vn.tvet.lms.web.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.questions.QuestionBank;

/** The demo banks read without a fault: a faulty demo question would stop the demo data from loading. */
class DemoQuestionsTest {

    @Test
    void theDemoBanksReadWhole() {
        var bank = QuestionBank.read("mau.gift", DemoQuestions.GIFT.getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.List.of(), bank.problems());
        var review = QuestionBank.read("on-tap.gift", DemoQuestions.REVIEW.getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.List.of(), review.problems());
        assertEquals(20, review.questions().size());
        assertEquals(20, review.questions().stream().filter(q -> q.category().equals(DemoQuestions.REVIEW_CATEGORY)).count());
    }
}
