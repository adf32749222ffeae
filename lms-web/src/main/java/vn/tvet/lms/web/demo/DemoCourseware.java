package vn.tvet.lms.web.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.CompetencyFramework;
import vn.tvet.lms.catalog.CompetencyItem;
import vn.tvet.lms.catalog.FrameworkCatalogue;
import vn.tvet.lms.catalog.FrameworkCsv;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.courseware.AikenQuiz;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleContent.Activity;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.programme.CourseDetails;
import vn.tvet.lms.programme.CourseKind;
import vn.tvet.lms.programme.ProgrammeAuthoring;
import vn.tvet.lms.questions.QuestionBank;
import vn.tvet.lms.questions.QuizDraw;

/**
 * Demo courseware written for the project: a sample skill standard for industrial electricity (marked as a
 * sample, not the national one), a Hải Phòng programme mapped to it, and a published module built from the
 * demo library that is shared with the network, so the tour has something to open, learn and adopt.
 */
@Dependent
class DemoCourseware {

    private static final System.Logger LOG = System.getLogger(DemoCourseware.class.getName());

    private static final String STANDARD = """
            loại,mã,mã cha,nội dung,bậc
            đơn vị,A1,,Thực hiện an toàn lao động và vệ sinh công nghiệp,1
            thành phần,A1.1,A1,Nhận diện mối nguy điện giật khi làm việc trên cao,
            tiêu chí,A1.1.1,A1.1,Kiểm tra dây an toàn và thang trước khi leo,
            thành phần,A1.2,A1,Cắt điện và treo biển báo đúng quy trình,
            đơn vị,B1,,Lắp đặt tủ điện phân phối hạ áp,3
            thành phần,B1.1,B1,Đọc bản vẽ sơ đồ nguyên lý tủ điện,
            thành phần,B1.2,B1,Lắp aptomat và đấu nối thanh cái,
            tiêu chí,B1.2.1,B1.2,Siết đầu cốt đúng mô men quy định,
            đơn vị,C1,,Đo điện trở cách điện và nối đất,3
            thành phần,C1.1,C1,Đo điện trở cách điện bằng megaohm kế,
            """;

    private static final String QUIZ = """
            Trước khi làm việc trên tủ điện, việc đầu tiên cần làm là gì?
            A. Cắt điện, khóa và treo biển báo
            B. Mở cửa tủ để kiểm tra
            C. Đo điện áp bằng tay
            ANSWER: A

            Khi leo cột, dây an toàn phải được kiểm tra lúc nào?
            A. Sau khi lên đến vị trí làm việc
            B. Trước mỗi lần sử dụng
            ANSWER: B
            """;

    @Inject
    FrameworkCatalogue frameworks;

    @Inject
    ProgrammeAuthoring programmes;

    @Inject
    ModuleAuthoring modules;

    @Inject
    ModuleSharing sharing;

    @Inject
    People people;

    @Inject
    QuestionBank bank;

    /**
     * Loads it; {@code resourceIds} are the demo library items by title (empty when the store was down). Returns the
     * id of the published, shared module MĐ07.
     */
    long load(Map<String, Institution> schoolsByCode, Map<String, Long> resourceIds) {
        // Loaded through the use cases, acting as the demo people who would do it by hand.
        Viewer networkAdmin = new Viewer(people.findByUsername("quantri.mang").orElseThrow().getId(), Set.of(), Set.of(),
                false);
        CompetencyFramework standard = frameworks.importVersion(networkAdmin, FrameworkCsv.read(new StringReader(STANDARD),
                "urn:tvet-lms:demo:dien-cong-nghiep", "MAU-DCN", "Tiêu chuẩn kỹ năng nghề Điện công nghiệp (mẫu)", "2026",
                "Dữ liệu mẫu của TVET LMS", false, true));
        Institution haiPhong = schoolsByCode.get("HP-CDKT");
        Viewer teacher = teacherOf("hpcd.gv1", haiPhong);
        Map<String, Long> competency = frameworks.tree(standard.getId()).items().stream()
                .collect(Collectors.toMap(CompetencyItem::getCode, CompetencyItem::getId));

        long programmeId = programmes.create(teacher, haiPhong.getId(), "DCN-CD-MAU", "Điện công nghiệp trình độ cao đẳng (mẫu)",
                "6520227", 90).getId();
        programmes.addOutcome(teacher, haiPhong.getId(), programmeId, "CĐR1", "Làm việc an toàn với thiết bị điện hạ áp");
        programmes.addOutcome(teacher, haiPhong.getId(), programmeId, "CĐR2", "Lắp đặt và kiểm tra tủ điện phân phối");
        programmes.addCourse(teacher, haiPhong.getId(), programmeId, new CourseDetails("MĐ07", "Lắp đặt tủ điện phân phối",
                CourseKind.MODULE, 4, 30, 90));
        programmes.coverOutcomes(teacher, haiPhong.getId(), programmeId, "MĐ07", Set.of("CĐR1", "CĐR2"));
        programmes.mapCompetencies(teacher, haiPhong.getId(), programmeId, "MĐ07", standard.getId(),
                Set.of(competency.get("A1"), competency.get("B1")));

        long moduleId = modules.create(teacher, haiPhong.getId(), "MĐ07", "Lắp đặt tủ điện phân phối").getId();
        modules.teachFor(teacher, haiPhong.getId(), moduleId,
                programmes.get(haiPhong.getId(), programmeId).getCourses().get(0).getId());
        modules.describe(teacher, haiPhong.getId(), moduleId, "Lắp đặt tủ điện phân phối",
                "Người học lắp đặt, đấu nối và kiểm tra một tủ điện phân phối hạ áp an toàn, theo bản vẽ.");
        modules.addOutcome(teacher, haiPhong.getId(), moduleId, "KN1", "Cắt điện và làm việc an toàn trên tủ điện");
        modules.mapOutcome(teacher, haiPhong.getId(), moduleId, "KN1", Set.of(competency.get("A1.2"), competency.get("A1.1")));
        modules.addOutcome(teacher, haiPhong.getId(), moduleId, "KN2", "Lắp aptomat và đấu nối thanh cái đúng bản vẽ");
        modules.mapOutcome(teacher, haiPhong.getId(), moduleId, "KN2", Set.of(competency.get("B1.2"), competency.get("B1.2.1")));

        long safety = modules.addLesson(teacher, haiPhong.getId(), moduleId, "Bài 1: An toàn khi làm việc với tủ điện");
        resource(teacher, haiPhong, moduleId, safety, resourceIds, "An toàn điện khi làm việc trên cao");
        modules.addActivity(teacher, haiPhong.getId(), moduleId, safety, new Activity(ActivityKind.PAGE, "Năm bước cắt điện",
                null, "<ol><li>Cắt điện</li><li>Khóa và treo biển báo</li><li>Kiểm tra không còn điện</li>"
                        + "<li>Nối đất tạm thời</li><li>Rào chắn khu vực làm việc</li></ol>", null, List.of()));
        modules.addActivity(teacher, haiPhong.getId(), moduleId, safety, new Activity(ActivityKind.QUIZ, "Kiểm tra nhanh: an toàn",
                null, null, null, AikenQuiz.parse(QUIZ)));
        long wiring = modules.addLesson(teacher, haiPhong.getId(), moduleId, "Bài 2: Lắp đặt và đấu nối");
        resource(teacher, haiPhong, moduleId, wiring, resourceIds, "Xưởng thực hành ảo: lắp đặt tủ điện phân phối");
        modules.addActivity(teacher, haiPhong.getId(), moduleId, wiring, new Activity(ActivityKind.PRACTICAL_TASK,
                "Lắp aptomat tổng và đấu nối thanh cái", null,
                "Lắp aptomat tổng 3 pha vào tủ mẫu theo bản vẽ, đấu nối thanh cái và dán nhãn các lộ ra.",
                "Đúng sơ đồ; đầu cốt siết đúng mô men; điện trở cách điện ≥ 1 MΩ", List.of()));
        // the final quiz draws from the module's question bank: a new set of questions for every attempt
        bank.add(teacher, haiPhong.getId(), moduleId, QuestionBank.read("mau.gift",
                DemoQuestions.GIFT.getBytes(java.nio.charset.StandardCharsets.UTF_8)).questions());
        String essay = bank.all(teacher, haiPhong.getId(), moduleId).stream()
                .filter(q -> q.type() == vn.tvet.lms.questions.QuestionType.ESSAY).findFirst().orElseThrow().key();
        modules.addActivity(teacher, haiPhong.getId(), moduleId, wiring, new Activity(ActivityKind.QUIZ, "Kiểm tra cuối mô-đun",
                null, null, null, List.of()));
        CourseModule draft = modules.get(haiPhong.getId(), moduleId);
        long finalQuiz = draft.getLessons().get(1).getActivities().get(draft.getLessons().get(1).getActivities().size() - 1)
                .getId();
        modules.redrawQuiz(teacher, haiPhong.getId(), moduleId, wiring, finalQuiz, QuizDraw.NONE
                .with(QuizDraw.Rule.random("An toàn điện", 3)).with(QuizDraw.Rule.random("Đo lường", 2))
                .with(QuizDraw.Rule.fixed(essay)));
        long review = modules.addLesson(teacher, haiPhong.getId(), moduleId, "Bài 3: Ôn tập – tín hiệu trong xưởng");
        resource(teacher, haiPhong, moduleId, review, resourceIds, DemoSounds.TITLE);
        // twenty review questions drawn all at once: the quiz the quiz benchmark's learners take
        bank.add(teacher, haiPhong.getId(), moduleId, QuestionBank.read("on-tap.gift",
                DemoQuestions.REVIEW.getBytes(java.nio.charset.StandardCharsets.UTF_8)).questions());
        modules.addActivity(teacher, haiPhong.getId(), moduleId, review, new Activity(ActivityKind.QUIZ, "Ôn tập cuối khóa",
                null, null, null, List.of()));
        CourseModule withReview = modules.get(haiPhong.getId(), moduleId);
        List<vn.tvet.lms.courseware.ModuleActivity> reviewActivities = withReview.getLessons().get(2).getActivities();
        modules.redrawQuiz(teacher, haiPhong.getId(), moduleId, review, reviewActivities.get(reviewActivities.size() - 1)
                .getId(), QuizDraw.NONE.with(QuizDraw.Rule.random(DemoQuestions.REVIEW_CATEGORY, 20)));
        modules.publish(teacher, haiPhong.getId(), moduleId, "Phiên bản đầu tiên (dữ liệu mẫu)");

        sharing.askToShare(teacher, haiPhong.getId(), moduleId);
        long librarian = people.findByUsername("thuvien").orElseThrow().getId();
        sharing.approve(new Viewer(librarian, Set.of(), Set.of(), true), moduleId, "Đạt yêu cầu (dữ liệu mẫu)");
        LOG.log(Level.INFO, "Demo courseware loaded: framework {0}, programme and module MĐ07", standard.getCode());
        return moduleId;
    }

    private void resource(Viewer teacher, Institution school, long moduleId, long lessonId, Map<String, Long> resourceIds,
            String title) {
        Long id = resourceIds.get(title);
        if (id != null) {
            modules.addActivity(teacher, school.getId(), moduleId, lessonId, new Activity(ActivityKind.RESOURCE, title, id, null,
                    null, List.of()));
        }
    }

    private Viewer teacherOf(String username, Institution school) {
        return new Viewer(people.findByUsername(username).orElseThrow().getId(), Set.of(school.getId()), Set.of(), false);
    }
}
