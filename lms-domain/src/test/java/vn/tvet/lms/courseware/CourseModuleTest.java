package vn.tvet.lms.courseware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.fakes.Entities.withId;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.courseware.ModuleRuleException.Reason;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionType;

/** The draft, publishing, sharing and linked-copy rules of a module, and the frozen form of its versions. */
class CourseModuleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private final Institution haiPhong = withId(new Institution("HP-CDKT", "Trường Cao đẳng Kỹ thuật Hải Phòng",
            InstitutionType.COLLEGE, "Hải Phòng", NOW), 1L);
    private final Institution quangNinh = withId(new Institution("QN-CDCN", "Trường Cao đẳng Công nghiệp Quảng Ninh",
            InstitutionType.COLLEGE, "Quảng Ninh", NOW), 2L);
    private final Person teacher = withId(new Person("hp.gv1", "Nguyễn Văn Đức", null, "h", false, NOW), 10L);
    private final Person otherTeacher = withId(new Person("qn.gv1", "Trần Thị Mai", null, "h", false, NOW), 30L);
    private final Viewer asTeacher = new Viewer(10L, Set.of(1L), Set.of(), false);
    private final Viewer asSchoolAdmin = new Viewer(11L, Set.of(1L), Set.of(1L), false);
    private final Viewer colleague = new Viewer(20L, Set.of(1L), Set.of(), false);
    private final Viewer librarian = new Viewer(12L, Set.of(), Set.of(), true);

    private long nextId = 100;

    @Test
    void lessonsMoveWhereTheyAreDroppedAndByOneStepForTheKeyboard() {
        CourseModule module = module();
        long first = lesson(module, "Bài 1");
        long second = lesson(module, "Bài 2");
        long third = lesson(module, "Bài 3");

        module.moveLesson(third, 0, LATER);
        assertEquals(List.of("Bài 3", "Bài 1", "Bài 2"), titles(module));
        module.moveLesson(third, module.indexOfLesson(third) + 1, LATER);
        assertEquals(List.of("Bài 1", "Bài 3", "Bài 2"), titles(module));
        module.moveLesson(first, 99, LATER);
        assertEquals(List.of("Bài 3", "Bài 2", "Bài 1"), titles(module), "a place past the end is the end");
        module.moveLesson(second, -5, LATER);
        assertEquals(List.of("Bài 2", "Bài 3", "Bài 1"), titles(module));
        assertEquals(LATER, module.getDraftSavedAt());
        assertThrows(ModuleRuleException.class, () -> module.moveLesson(999, 0, LATER));
    }

    @Test
    void activitiesNeedWhatTheirKindIsMadeOf() {
        CourseModule module = module();
        long lesson = lesson(module, "Bài 1");
        assertRefused(Reason.BAD_ACTIVITY, () -> module.addActivity(lesson, activity(ActivityKind.RESOURCE, "Bản vẽ", null, null), NOW));
        assertRefused(Reason.BAD_ACTIVITY, () -> module.addActivity(lesson, activity(ActivityKind.PAGE, "Trang", null, "<p>  </p>"), NOW));
        assertRefused(Reason.BAD_ACTIVITY, () -> module.addActivity(lesson, activity(ActivityKind.PRACTICAL_TASK, "Bài thực hành", null, ""), NOW));
        assertRefused(Reason.BAD_ACTIVITY, () -> module.addActivity(lesson, activity(ActivityKind.PAGE, " ", null, "<p>x</p>"), NOW));
        assertTrue(module.getLessons().get(0).getActivities().isEmpty(), "nothing refused was kept");

        module.addActivity(lesson, activity(ActivityKind.RESOURCE, "Bản vẽ tủ điện", 7L, "ignored"), NOW);
        ModuleActivity kept = module.getLessons().get(0).getActivities().get(0);
        assertEquals(7L, kept.getResourceId());
        assertNull(kept.getBody(), "a resource activity keeps only its reference");
    }

    @Test
    void textIsKeptInNfcWhateverTheKeyboardSent() {
        String decomposed = java.text.Normalizer.normalize("Đo điện trở cách điện", java.text.Normalizer.Form.NFD);
        ModuleContent.Activity kept = CourseModule.checked(new ModuleContent.Activity(ActivityKind.PRACTICAL_TASK,
                " " + decomposed + " ", null, decomposed, decomposed, List.of()));
        assertEquals("Đo điện trở cách điện", kept.title());
        assertEquals("Đo điện trở cách điện", kept.body());
        assertEquals("Đo điện trở cách điện", kept.criteria());
        assertEquals("MĐ07 Ổn áp", ModuleAuthoring.typed(java.text.Normalizer.normalize(" MĐ07 Ổn áp ", java.text.Normalizer.Form.NFD)));
    }

    @Test
    void pagesKeepFormattingButNeverScript() {
        String pasted = "<h2>An toàn điện</h2><p onclick=\"steal()\">Ngắt <b>cầu dao</b> trước khi <a href=\"javascript:alert(1)\">đo</a>"
                + " <a href=\"https://tvet.example/quy-trinh\">quy trình</a></p><script>alert(1)</script><iframe src=\"x\"></iframe>"
                + "<img src=x onerror=alert(1)><ul><li>Kiểm tra</li></ul>";
        String safe = RichText.sanitize(pasted);
        assertTrue(safe.contains("<h2>An toàn điện</h2>") && safe.contains("<b>cầu dao</b>") && safe.contains("<li>Kiểm tra</li>"), safe);
        assertTrue(safe.contains("href=\"https://tvet.example/quy-trinh\""), safe);
        for (String dangerous : List.of("script", "onclick", "javascript:", "iframe", "onerror", "<img")) {
            assertFalse(safe.contains(dangerous), dangerous + " survived: " + safe);
        }
        assertRefused(Reason.TOO_MANY, () -> RichText.sanitize("a".repeat(RichText.MAX_LENGTH + 1)));
    }

    @Test
    void quizQuestionsNeedTwoToEightChoicesAndTheRightOneAmongThem() {
        QuizQuestion question = QuizQuestion.of("Điện áp an toàn?", "12 V\n\n 220 V \r\n380 V", 1);
        assertEquals(List.of("12 V", "220 V", "380 V"), question.choiceList());
        assertRefused(Reason.BAD_QUESTION, () -> QuizQuestion.of("Câu?", "Chỉ một", 1));
        assertRefused(Reason.BAD_QUESTION, () -> QuizQuestion.of("Câu?", "A\nB", 3));
        assertRefused(Reason.BAD_QUESTION, () -> QuizQuestion.of("Câu?", "A\nB", 0));
        assertRefused(Reason.BAD_QUESTION, () -> QuizQuestion.of(" ", "A\nB", 1));
        assertRefused(Reason.BAD_QUESTION, () -> QuizQuestion.of("Câu?", "1\n2\n3\n4\n5\n6\n7\n8\n9", 1));
    }

    @Test
    void quizzesAreTypedInTheAikenFormatAndWrittenBackTheSameWay() {
        String typed = "Điện áp an toàn khi làm việc ở nơi ẩm ướt?\nA. 12 V\nB) 220 V\nC. 380 V\nANSWER: A\n\n"
                + "Dụng cụ đo điện trở cách điện?\r\nA. Ampe kìm\r\nB. Megaohm kế\r\nđáp án: b\n";
        List<QuizQuestion> questions = AikenQuiz.parse(typed);
        assertEquals(2, questions.size());
        assertEquals(List.of("12 V", "220 V", "380 V"), questions.get(0).choiceList());
        assertEquals(2, questions.get(1).correctChoice());
        assertEquals(questions, AikenQuiz.parse(AikenQuiz.write(questions)));

        AikenQuiz.QuizFormatException broken = assertThrows(AikenQuiz.QuizFormatException.class,
                () -> AikenQuiz.parse("Câu 1?\nA. Có\nB. Không\nANSWER: C\n\nCâu 2?\nA. Có\nC. Không\nANSWER: A\nCâu 3?\nA. x"));
        assertEquals(List.of("line 1: a question needs 2-8 choices and an answer among them",
                "line 8: expected choice B. or ANSWER:", "line 10: the question has no ANSWER: line"),
                broken.problems().stream().map(Object::toString).toList());
        assertEquals(new AikenQuiz.QuizProblem(AikenQuiz.QuizProblem.Kind.EXPECTED_CHOICE, 8, "B"), broken.problems().get(1));
        assertThrows(AikenQuiz.QuizFormatException.class, () -> AikenQuiz.parse("  \n "));
    }

    @Test
    void aQuizDrawsFromTheBankAndPublishingFreezesWhatItCanDraw() {
        CourseModule module = module();
        long lesson = lesson(module, "Bài 1");
        module.addActivity(lesson, new ModuleContent.Activity(ActivityKind.QUIZ, "Kiểm tra", null, null, null, List.of()), NOW);
        assertRefused(Reason.EMPTY_QUIZ, () -> module.publish(null, null, NOW, List.of()));
        List<vn.tvet.lms.questions.Question> bank = vn.tvet.lms.questions.GiftFormat.parse("""
                $CATEGORY: An toàn
                ::a::Câu một {=Đúng ~Sai}

                ::b::Câu hai {T}

                $CATEGORY: Đo lường
                ::c::Câu ba {#5:1}
                """).questions();
        long quiz = withId(module.getLessons().get(0).getActivities().get(0), 99L).getId();
        module.redrawQuiz(lesson, quiz, vn.tvet.lms.questions.QuizDraw.NONE
                .with(vn.tvet.lms.questions.QuizDraw.Rule.fixed(bank.get(2).key()))
                .with(vn.tvet.lms.questions.QuizDraw.Rule.random("An toàn", 1)), NOW);
        assertRefused(Reason.BAD_QUESTION, () -> module.publish(null, null, NOW, bank.subList(0, 2)));
        ModuleContent content = module.publish(null, null, NOW, bank).content();
        vn.tvet.lms.questions.QuizDraw frozen = content.lessons().get(0).activities().get(0).quiz();
        assertEquals(3, frozen.pool().size(), "the fixed question and the whole category it draws from");
        assertEquals(2, frozen.size());
        List<vn.tvet.lms.questions.Question> asked = frozen.pick(new java.util.Random(1));
        assertEquals(bank.get(2), asked.get(0));
        assertEquals("An toàn", asked.get(1).category());
    }

    @Test
    void publishingFreezesTheDraftAndNumbersVersions() {
        CourseModule module = module();
        assertRefused(Reason.NOTHING_TO_PUBLISH, () -> module.publish(null, null, NOW, java.util.List.of()));
        filled(module);
        ModuleContent first = module.publish(null, null, NOW, java.util.List.of()).content();
        assertEquals(1, module.getPublishedVersion());

        long lesson = module.getLessons().get(0).getId();
        module.renameLesson(lesson, "Bài 1 (sửa)", LATER);
        assertEquals("Bài 1: Đo điện trở", first.lessons().get(0).title(), "the published content does not follow the draft");
        ModuleVersion second = module.publish("sửa tên bài", null, LATER, java.util.List.of());
        assertEquals(2, second.getNumber(), "the version returned is the one just frozen");
        assertEquals("Bài 1 (sửa)", second.content().lessons().get(0).title());
        assertEquals("sửa tên bài", second.getNote());
        assertEquals(2, module.getPublishedVersion());
    }

    @Test
    void publishedContentSurvivesItsJsonForm() {
        CourseModule module = module();
        filled(module);
        ModuleContent content = module.publish(null, null, NOW, java.util.List.of()).content();
        ModuleContent read = ModuleContentJson.read(ModuleContentJson.write(content));
        assertEquals(content, read);
        assertEquals(Set.of(7L), read.resourceIds());
        assertEquals(4, read.activityCount());
    }

    @Test
    void editingBelongsToTheAuthorAndTheSchoolAdmins() {
        CourseModule module = module();
        assertTrue(module.mayEdit(asTeacher));
        assertTrue(module.mayEdit(asSchoolAdmin));
        assertFalse(module.mayEdit(colleague));
        assertFalse(module.mayEdit(librarian));
        assertFalse(module.mayEdit(new Viewer(null, Set.of(), Set.of(), false)));
    }

    @Test
    void sharingIsReviewedByTheNetworkLibraryAdmins() {
        CourseModule module = module();
        assertRefused(Reason.NOT_PUBLISHED, () -> module.askToShare(asTeacher));
        filled(module);
        module.publish(null, null, NOW, java.util.List.of());
        assertRefused(Reason.NOT_ALLOWED, () -> module.askToShare(colleague));
        module.askToShare(asTeacher);
        assertEquals(ShareStatus.SUBMITTED, module.getShareStatus());
        assertRefused(Reason.NOT_ALLOWED, () -> module.approveSharing(asSchoolAdmin, null));
        assertRefused(Reason.REASON_REQUIRED, () -> module.sendSharingBack(librarian, " "));
        module.sendSharingBack(librarian, "Thiếu tiêu chí đánh giá");
        assertEquals(ShareStatus.NOT_SHARED, module.getShareStatus());
        assertEquals("Thiếu tiêu chí đánh giá", module.getShareNote());
        module.askToShare(asTeacher);
        assertRefused(Reason.WRONG_SHARE_STATUS, () -> module.askToShare(asTeacher));
        module.approveSharing(librarian, "Tốt");
        assertEquals(ShareStatus.SHARED, module.getShareStatus());
        module.stopSharing(asTeacher);
        assertEquals(ShareStatus.NOT_SHARED, module.getShareStatus());
    }

    @Test
    void aLinkedCopyTakesNewerUpstreamVersionsOnlyWhenAsked() {
        CourseModule upstream = module();
        filled(upstream);
        ModuleContent v1 = upstream.publish(null, null, NOW, java.util.List.of()).content();

        CourseModule copy = withId(CourseModule.linkedCopy(upstream, 1, v1, quangNinh, otherTeacher, "QN-MĐ07", NOW), 2L);
        assertTrue(copy.isLinkedCopy());
        assertEquals("QN-MĐ07", copy.getCode(), "the copy keeps its own school's code");
        assertEquals(v1.lessons(), copy.content().lessons());
        assertEquals(v1.outcomes(), copy.content().outcomes());
        assertEquals(1, copy.getUpstreamVersion());
        assertEquals(0, copy.getPublishedVersion(), "the copy's learners see nothing until it is published");

        assertRefused(Reason.UP_TO_DATE, () -> copy.takeUpstream(v1, 1, LATER));
        upstream.addLesson("Bài 3: Thay thế thiết bị", LATER);
        ModuleContent v2 = upstream.publish(null, null, NOW, java.util.List.of()).content();
        copy.takeUpstream(v2, 2, LATER);
        assertEquals(3, copy.getLessons().size());
        assertEquals(2, copy.getUpstreamVersion());
        assertRefused(Reason.NOT_A_LINKED_COPY, () -> upstream.takeUpstream(v2, 3, LATER));
    }

    @Test
    void outcomeCodesAreUniqueAndMappingsReplaceEachOther() {
        CourseModule module = module();
        module.addOutcome("KN1", "Đo được điện trở cách điện", NOW);
        assertRefused(Reason.OUTCOME_CODE_TAKEN, () -> module.addOutcome("kn1", "Trùng mã", NOW));
        module.mapOutcome("KN1", Set.of(1L, 2L), NOW);
        module.mapOutcome("KN1", Set.of(3L), NOW);
        assertEquals(Set.of(3L), module.getOutcomes().get(0).getCompetencyIds());
        assertRefused(Reason.NOT_FOUND_IN_MODULE, () -> module.mapOutcome("KN9", Set.of(1L), NOW));
    }

    private CourseModule module() {
        return withId(new CourseModule(haiPhong, teacher, "MĐ07", "Đo lường điện", NOW), 1L);
    }

    /** Two lessons with one activity of each kind, and an outcome mapped to a competency. */
    private void filled(CourseModule module) {
        module.addOutcome("KN1", "Đo được điện trở cách điện", NOW);
        module.mapOutcome("KN1", Set.of(41L), NOW);
        long first = lesson(module, "Bài 1: Đo điện trở");
        long second = lesson(module, "Bài 2: Thực hành");
        module.addActivity(first, activity(ActivityKind.RESOURCE, "Tài liệu đo lường", 7L, null), NOW);
        module.addActivity(first, activity(ActivityKind.PAGE, "Lưu ý an toàn", null, "<p>Ngắt <b>nguồn</b></p>"), NOW);
        module.addActivity(second, new ModuleContent.Activity(ActivityKind.QUIZ, "Kiểm tra nhanh", null, null, null,
                List.of(QuizQuestion.of("Dụng cụ đo điện trở cách điện?", "Megaohm kế\nAmpe kìm", 1))), NOW);
        module.addActivity(second, new ModuleContent.Activity(ActivityKind.PRACTICAL_TASK, "Đo cách điện động cơ", null,
                "Đo giữa các pha và vỏ", "Kết quả ≥ 1 MΩ", List.of()), NOW);
    }

    private long lesson(CourseModule module, String title) {
        ModuleLesson lesson = withId(module.addLesson(title, NOW), nextId++);
        return lesson.getId();
    }

    private static ModuleContent.Activity activity(ActivityKind kind, String title, Long resourceId, String body) {
        return new ModuleContent.Activity(kind, title, resourceId, body, null, List.of());
    }

    private static List<String> titles(CourseModule module) {
        return module.getLessons().stream().map(ModuleLesson::getTitle).toList();
    }

    private static void assertRefused(Reason reason, Runnable change) {
        assertEquals(reason, assertThrows(ModuleRuleException.class, change::run).reason());
    }
}
