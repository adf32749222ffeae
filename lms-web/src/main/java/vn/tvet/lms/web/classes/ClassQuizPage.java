package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.GradingMethod;
import vn.tvet.lms.classes.ReviewOption;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.learning.ClassPlanning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.quiz.ItemAnalysis;
import vn.tvet.lms.quiz.QuizMarking;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * One quiz of a class for its teachers: its settings in this class (time limit, attempts, grading method, when it
 * opens and closes, what learners see afterwards), every attempt with its status and score (essays to grade
 * first), and the item analysis of the graded attempts.
 */
@Named
@ViewScoped
public class ClassQuizPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassTeaching teaching;

    @Inject
    ClassPlanning planning;

    @Inject
    QuizMarking marking;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String id;
    private String step;
    private long schoolId;
    private long classId;
    private int index;
    private String title;
    private String className;
    private Integer timeLimitMinutes;
    private Integer maxAttempts;
    private GradingMethod gradingMethod;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private ReviewOption review;
    private transient List<QuizMarking.AttemptRow> attempts;
    private transient List<ItemAnalysis.Item> analysis;

    public void load() {
        schoolId = currentUser.requireTeachingSchool();
        try {
            classId = Long.parseLong(String.valueOf(id).strip());
            index = Integer.parseInt(String.valueOf(step).strip());
        } catch (NumberFormatException e) {
            throw new ClassNotFoundException(-1);
        }
        if (!teaching.mayManage(currentUser.viewer(), schoolId, classId)) {
            throw new ClassNotFoundException(classId);
        }
        List<LessonStep> steps = planning.plan(currentUser.viewer(), schoolId, classId);
        if (index < 0 || index >= steps.size() || steps.get(index).content().kind() != ActivityKind.QUIZ) {
            throw new ClassNotFoundException(classId);
        }
        LessonStep quiz = steps.get(index);
        title = (quiz.lesson() + 1) + "." + (quiz.activity() + 1) + " " + quiz.content().title();
        var schoolClass = teaching.get(currentUser.viewer(), schoolId, classId);
        className = schoolClass.getCode() + " – " + schoolClass.getName();
        ClassPlanning.QuizRules settings = planning.quizRules(currentUser.viewer(), schoolId, classId, index);
        timeLimitMinutes = settings.timeLimitMinutes();
        maxAttempts = settings.maxAttempts();
        gradingMethod = settings.gradingMethod();
        opensAt = local(settings.opensAt());
        closesAt = local(settings.closesAt());
        review = settings.review();
    }

    public void save() {
        boolean saved = pageActions.run(() -> planning.settleQuiz(currentUser.viewer(), schoolId, classId, index,
                new ClassPlanning.QuizRules(timeLimitMinutes, maxAttempts, gradingMethod, instant(opensAt), instant(closesAt),
                        review)));
        if (saved) {
            texts.info("quiz.settingsSaved");
        }
    }

    public List<QuizMarking.AttemptRow> getAttempts() {
        if (attempts == null) {
            attempts = marking.attempts(currentUser.viewer(), schoolId, classId, index);
        }
        return attempts;
    }

    public long getAwaitingGrade() {
        return getAttempts().stream().filter(a -> a.status() == vn.tvet.lms.quiz.AttemptStatus.AWAITING_GRADE).count();
    }

    public List<ItemAnalysis.Item> getAnalysis() {
        if (analysis == null) {
            analysis = marking.analysis(currentUser.viewer(), schoolId, classId, index);
        }
        return analysis;
    }

    /** A share (0 to 1) or a score out of a maximum as a whole percentage. */
    public long percent(Double score, double max) {
        return score == null || max == 0 ? 0 : Math.round(score * 100 / max);
    }

    public String twoDecimals(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, VIETNAM);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(VIETNAM).toInstant();
    }

    public GradingMethod[] getGradingMethods() {
        return GradingMethod.values();
    }

    public ReviewOption[] getReviewOptions() {
        return ReviewOption.values();
    }

    public String getTitle() {
        return title;
    }

    public String getClassName() {
        return className;
    }

    public long getClassId() {
        return classId;
    }

    public int getIndex() {
        return index;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public void setGradingMethod(GradingMethod gradingMethod) {
        this.gradingMethod = gradingMethod;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public ReviewOption getReview() {
        return review;
    }

    public void setReview(ReviewOption review) {
        this.review = review;
    }
}
