package vn.tvet.lms.web.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassDetails;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.CompletionRule;
import vn.tvet.lms.classes.GradingMethod;
import vn.tvet.lms.classes.ReviewOption;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.ClassPlanning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.questions.Response;
import vn.tvet.lms.quiz.AttemptView;
import vn.tvet.lms.quiz.QuizTaking;

/**
 * A class of MĐ07 at each Hải Phòng school with the school's demo learners enrolled: the college teaches its own
 * module; the intermediate school adopts the shared copy, publishes it and opens its class on that.
 */
@Dependent
class DemoClasses {

    private static final System.Logger LOG = System.getLogger(DemoClasses.class.getName());

    @Inject
    ClassTeaching teaching;

    @Inject
    ModuleSharing sharing;

    @Inject
    ModuleAuthoring modules;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    ClassLearning learning;

    @Inject
    ClassPlanning planning;

    @Inject
    QuizTaking quizzes;

    void load(Map<String, Institution> schoolsByCode, long sharedModuleId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        Institution college = schoolsByCode.get("HP-CDKT");
        Viewer collegeTeacher = teacherOf("hpcd.gv1", college);
        long k24a = classOf(collegeTeacher, college, sharedModuleId, new ClassDetails("DCN-K24A-MĐ07",
                "Điện công nghiệp K24A – Lắp đặt tủ điện phân phối", today.minusWeeks(2), today.plusMonths(4)));
        someProgress(collegeTeacher, college, k24a);

        Institution haiAn = schoolsByCode.get("HP-TCHA");
        Viewer haiAnTeacher = teacherOf("hptc.gv1", haiAn);
        long adopted = sharing.adopt(haiAnTeacher, haiAn.getId(), sharedModuleId, "MĐ07").getId();
        modules.publish(haiAnTeacher, haiAn.getId(), adopted, "Dùng bản chia sẻ của Trường Cao đẳng Kỹ thuật Hải Phòng");
        classOf(haiAnTeacher, haiAn, adopted, new ClassDetails("DCN-T24A-MĐ07",
                "Điện công nghiệp T24A – Lắp đặt tủ điện phân phối", today.minusWeeks(1), today.plusMonths(5)));
        LOG.log(Level.INFO, "Demo classes loaded at {0} and {1}", college.getCode(), haiAn.getCode());
    }

    /**
     * A living grid for the tour: the final quiz has a time limit and two attempts; the first learners have worked
     * through the first lesson (one passed the quick quiz, one failed it), and one has handed in the final quiz,
     * whose essay waits for the teacher.
     */
    private void someProgress(Viewer teacher, Institution school, long classId) {
        List<LessonStep> plan = planning.plan(teacher, school.getId(), classId);
        // the final quiz closes lesson 2; lesson 3 holds the listening item and the optional review quiz
        int finalQuiz = plan.stream().filter(step -> step.lesson() == 1 && step.content().kind() == ActivityKind.QUIZ)
                .mapToInt(LessonStep::index).max().orElseThrow();
        plan.stream().filter(step -> step.lesson() == 2).forEach(step -> planning.settleCompletion(teacher, school.getId(),
                classId, step.index(), step.content().kind() == ActivityKind.QUIZ ? null : CompletionRule.WATCHED,
                step.content().kind() == ActivityKind.QUIZ ? null : 80, step.content().kind() == ActivityKind.QUIZ));
        planning.settleQuiz(teacher, school.getId(), classId, finalQuiz, new ClassPlanning.QuizRules(20, 2,
                GradingMethod.HIGHEST, null, null, ReviewOption.FEEDBACK));
        List<Integer> reading = plan.stream().filter(step -> step.lesson() == 0 && step.content().kind() != ActivityKind.QUIZ)
                .map(LessonStep::index).toList();
        int quickQuiz = plan.stream().filter(step -> step.content().kind() == ActivityKind.QUIZ).findFirst().orElseThrow()
                .index();
        List<Viewer> learners = teaching.enrolments(teacher, school.getId(), classId).stream().limit(3)
                .map(e -> new Viewer(e.getLearner().getId(), Set.of(school.getId()), Set.of(), false)).toList();
        for (int i = 0; i < learners.size(); i++) {
            Viewer learner = learners.get(i);
            // the third learner has only opened the first step
            for (int step : i == 2 ? reading.subList(0, 1) : reading) {
                learning.viewed(learner, school.getId(), classId, step);
                if (i < 2) {
                    learning.markDone(learner, school.getId(), classId, step);
                }
            }
            if (i == 2) {
                continue;
            }
            UUID attempt = quizzes.start(learner, school.getId(), classId, quickQuiz);
            AttemptView sheet = quizzes.view(learner, school.getId(), classId, attempt);
            String[] answers = i == 0 ? new String[] {"Cắt điện, khóa và treo biển báo", "Trước mỗi lần sử dụng"}
                    : new String[] {"Mở cửa tủ để kiểm tra", "Sau khi lên đến vị trí làm việc"};
            for (int slot = 0; slot < answers.length; slot++) {
                quizzes.save(learner, school.getId(), classId, attempt, slot,
                        Response.picked(List.of(sheet.questions().get(slot).choices().indexOf(answers[slot]))));
            }
            quizzes.submit(learner, school.getId(), classId, attempt);
        }
        Viewer first = learners.get(0);
        UUID attempt = quizzes.start(first, school.getId(), classId, finalQuiz);
        for (AttemptView.Shown question : quizzes.view(first, school.getId(), classId, attempt).questions()) {
            Response answer = switch (question.type()) {
                case ESSAY -> Response.typed("Cắt điện, tháo tải, đo giữa pha và vỏ bằng megaohm kế 500 V trong 1 phút;"
                        + " đạt khi từ 1 MΩ trở lên.");
                case NUMERIC -> Response.typed("220");
                case SHORT_ANSWER -> Response.typed("ôm");
                case MATCHING -> Response.picked(List.of(0, 1, 2));
                default -> Response.picked(List.of(0));
            };
            quizzes.save(first, school.getId(), classId, attempt, question.slot(), answer);
        }
        quizzes.submit(first, school.getId(), classId, attempt);
    }

    private long classOf(Viewer teacher, Institution school, long moduleId, ClassDetails details) {
        long classId = teaching.open(teacher, school.getId(), moduleId, details).getId();
        List<Long> learners = people.members(school.getId(), Role.STUDENT, null, 0, 200, "fullName", true).stream()
                .map(Person::getId).toList();
        teaching.enrol(teacher, school.getId(), classId, learners);
        teaching.changeKey(teacher, school.getId(), classId, true);
        return classId;
    }

    private Viewer teacherOf(String username, Institution school) {
        return new Viewer(people.findByUsername(username).orElseThrow().getId(), Set.of(school.getId()), Set.of(), false);
    }
}
