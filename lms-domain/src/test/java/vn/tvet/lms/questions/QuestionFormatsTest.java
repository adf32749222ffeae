package vn.tvet.lms.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionFormatsTest {

    static final String GIFT = """
            // Ngân hàng câu hỏi MĐ07
            $CATEGORY: $course$/top/An toàn điện

            ::Cắt điện::Trước khi sửa chữa tủ điện phải làm gì? {
              =Cắt điện, khóa và treo biển#Đúng: LOTO
              ~Chỉ đeo găng tay#Không đủ
              ~%50%Báo cho tổ trưởng
            ####Quy trình khóa và treo thẻ bảo vệ người sửa chữa.}

            Dây PE có màu vàng sọc xanh lá. {T}

            Chọn các dụng cụ cách điện: {
              ~%50%Kìm cách điện
              ~%50%Tua vít cách điện
              ~%-100%Tua vít thường
            }

            Đơn vị đo điện trở là gì? {=Ôm =ohm =%50%Ω}

            Ghép thiết bị với công dụng: {
              =Aptomat -> Bảo vệ quá tải
              =Công tơ -> Đo điện năng
              =Rơ le nhiệt -> Bảo vệ động cơ
            }

            Điện áp pha lưới hạ áp Việt Nam (V)? {#220:5}

            Tần số lưới điện (Hz) nằm trong khoảng {#49..51}

            Mô tả quy trình đo cách điện động cơ. {}

            Câu hỏi thiếu ngoặc {=a ~b

            Không có đáp án nào ở đây

            Tỉ lệ dạng lạ {=a ~b ~%abc%c}
            """;

    @Test
    void giftReadsEveryKindAndNamesTheFaultyLines() {
        QuestionFile file = GiftFormat.parse(GIFT);
        List<Question> questions = file.questions();
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_CHOICE,
                QuestionType.SHORT_ANSWER, QuestionType.MATCHING, QuestionType.NUMERIC, QuestionType.NUMERIC,
                QuestionType.ESSAY), questions.stream().map(Question::type).toList());
        Question first = questions.get(0);
        assertEquals("Cắt điện", first.name());
        assertEquals("An toàn điện", first.category());
        assertEquals("Cắt điện, khóa và treo biển", first.answers().get(0).text());
        assertEquals("Đúng: LOTO", first.answers().get(0).feedback());
        assertEquals(0.5, first.answers().get(2).fraction(), 1e-9);
        assertTrue(first.feedback().contains("Quy trình khóa"));
        assertEquals("50", questions.get(6).answers().get(0).text(), "49..51 is 50 ± 1");
        assertEquals(1, questions.get(6).answers().get(0).tolerance(), 1e-9);
        assertEquals(List.of("Bảo vệ quá tải", "Đo điện năng", "Bảo vệ động cơ"), questions.get(4).matches());
        List<QuestionFileProblem> problems = file.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(QuestionFileProblem.Kind.UNCLOSED_BRACE, problems.get(0).kind());
        assertEquals(32, problems.get(0).position());
        assertEquals(QuestionFileProblem.Kind.NO_ANSWERS, problems.get(1).kind());
        assertEquals(34, problems.get(1).position());
        assertEquals(36, problems.get(2).position());
    }

    @Test
    void giftWrittenOutReadsBackTheSameQuestions() {
        List<Question> questions = GiftFormat.parse(GIFT).questions();
        QuestionFile again = GiftFormat.parse(GiftWriter.write(questions));
        assertEquals(List.of(), again.problems());
        assertEquals(withoutKeys(questions), withoutKeys(again.questions()));
    }

    @Test
    void moodleXmlRoundTripsAndRefusesEntities() {
        List<Question> questions = GiftFormat.parse(GIFT).questions();
        String xml = MoodleXmlFormat.write(questions);
        QuestionFile again = MoodleXmlFormat.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), again.problems());
        assertEquals(withoutKeys(questions).stream().map(q -> new Question("", q.type(), q.category(), q.label(), q.prompt(),
                q.feedback(), q.answers(), q.caseSensitive(), q.diacriticsSensitive(), q.points(), null)).toList(),
                withoutKeys(again.questions()));
        QuestionFile hostile = MoodleXmlFormat.parse("""
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <quiz><question type="essay"><questiontext><text>&e;</text></questiontext></question></quiz>
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(QuestionFileProblem.Kind.MALFORMED, hostile.problems().get(0).kind());
        assertTrue(hostile.questions().isEmpty());
    }

    @Test
    void moodleXmlNamesUnsupportedAndBrokenQuestions() {
        QuestionFile file = MoodleXmlFormat.parse("""
                <quiz>
                  <question type="category"><category><text>$course$/top/Đo lường</text></category></question>
                  <question type="cloze"><name><text>Điền khuyết</text></name><questiontext><text>x</text></questiontext></question>
                  <question type="multichoice"><name><text>Không đáp án đúng</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Chọn <script>alert(1)</script>một</p>]]></text></questiontext>
                    <single>true</single>
                    <answer fraction="0"><text>A</text></answer><answer fraction="0"><text>B</text></answer>
                  </question>
                  <question type="multichoice"><name><text>Đúng</text></name>
                    <questiontext format="html"><text><![CDATA[<p onclick="x()">Chọn <script>alert(1)</script>một</p>]]></text></questiontext>
                    <single>true</single>
                    <answer fraction="100"><text><![CDATA[<p>A</p>]]></text><feedback><text>Giỏi</text></feedback></answer>
                    <answer fraction="0"><text>B</text></answer>
                  </question>
                </quiz>
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, file.questions().size());
        Question question = file.questions().get(0);
        assertEquals("Đo lường", question.category());
        assertFalse(question.prompt().contains("script") || question.prompt().contains("onclick"), question.prompt());
        assertEquals("A", question.answers().get(0).text());
        assertEquals(2, file.problems().size());
        assertEquals(QuestionFileProblem.Kind.UNSUPPORTED_TYPE, file.problems().get(0).kind());
        assertEquals("Điền khuyết", file.problems().get(0).name());
        assertEquals(QuestionFileProblem.Kind.RULE, file.problems().get(1).kind());
        assertEquals(2, file.problems().get(1).position());
    }

    @Test
    void responsesAreMarkedAsTheAuthorChose() {
        List<Question> questions = GiftFormat.parse(GIFT).questions();
        assertEquals(1.0, QuestionMarker.mark(questions.get(0), Response.picked(List.of(0))).fraction());
        assertEquals(0.5, QuestionMarker.mark(questions.get(0), Response.picked(List.of(2))).fraction());
        assertEquals(List.of("Không đủ"), QuestionMarker.mark(questions.get(0), Response.picked(List.of(1))).feedback());
        assertEquals(1.0, QuestionMarker.mark(questions.get(1), Response.picked(List.of(0))).fraction());
        assertEquals(0.0, QuestionMarker.mark(questions.get(1), Response.picked(List.of(1))).fraction());
        assertEquals(1.0, QuestionMarker.mark(questions.get(2), Response.picked(List.of(0, 1))).fraction());
        assertEquals(0.0, QuestionMarker.mark(questions.get(2), Response.picked(List.of(0, 2))).fraction());
        assertEquals(1.0, QuestionMarker.mark(questions.get(3), Response.typed("  OHM ")).fraction());
        assertEquals(1.0, QuestionMarker.mark(questions.get(3), Response.typed("om")).fraction(), "diacritics ignored");
        assertEquals(0.5, QuestionMarker.mark(questions.get(3), Response.typed("Ω")).fraction());
        assertEquals(2.0 / 3, QuestionMarker.mark(questions.get(4), Response.picked(List.of(0, 1, 1))).fraction(), 1e-9);
        assertEquals(1.0, QuestionMarker.mark(questions.get(5), Response.typed("223,5")).fraction());
        assertEquals(0.0, QuestionMarker.mark(questions.get(5), Response.typed("226")).fraction());
        assertEquals(0.0, QuestionMarker.mark(questions.get(5), Response.typed("hai trăm")).fraction());
        assertNull(QuestionMarker.mark(questions.get(7), Response.typed("Bài viết")).fraction());
    }

    @Test
    void storedJsonKeepsEverything() {
        for (Question question : GiftFormat.parse(GIFT).questions()) {
            assertEquals(question, QuestionJson.read(QuestionJson.write(question)));
        }
    }

    private static List<Question> withoutKeys(List<Question> questions) {
        return questions.stream().map(q -> new Question("", q.type(), q.category(), q.name(), q.prompt(), q.feedback(),
                q.answers(), q.caseSensitive(), q.diacriticsSensitive(), q.points(), q.imageId())).toList();
    }
}
