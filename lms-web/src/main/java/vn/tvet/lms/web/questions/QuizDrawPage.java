package vn.tvet.lms.web.questions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.courseware.ModuleActivity;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleLesson;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuestionBank;
import vn.tvet.lms.questions.QuizDraw;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The question bank page's section on quizzes: which bank questions each quiz of the module asks (fixed ones, and
 * random ones per category) and whether its choices are shuffled. The module and the rights come from
 * {@link QuestionBankPage}, which loads first.
 */
@Named
@ViewScoped
public class QuizDrawPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleAuthoring modules;

    @Inject
    QuestionBank bank;

    @Inject
    QuestionBankPage page;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String quizParam;
    private Long quizActivityId;
    private String randomCategory;
    private Integer randomCount = 1;

    /** View action after the bank page's: the quiz named in the address, or the module's first. */
    public void load() {
        if (quizParam != null && !quizParam.isBlank()) {
            try {
                long wanted = Long.parseLong(quizParam.strip());
                quizActivityId = getQuizzes().stream().anyMatch(q -> q.activityId() == wanted) ? wanted : null;
            } catch (NumberFormatException e) {
                quizActivityId = null;
            }
        }
        if (quizActivityId == null && !getQuizzes().isEmpty()) {
            quizActivityId = getQuizzes().get(0).activityId();
        }
    }

    /** The module's quizzes in the draft, numbered as the editor shows them. */
    public List<QuizChoice> getQuizzes() {
        List<QuizChoice> quizzes = new ArrayList<>();
        List<ModuleLesson> lessons = modules.get(page.schoolId(), page.getModuleId()).getLessons();
        for (int l = 0; l < lessons.size(); l++) {
            List<ModuleActivity> activities = lessons.get(l).getActivities();
            for (int a = 0; a < activities.size(); a++) {
                ModuleActivity activity = activities.get(a);
                if (activity.getKind() == ActivityKind.QUIZ) {
                    quizzes.add(new QuizChoice(lessons.get(l).getId(), activity.getId(), (l + 1) + "." + (a + 1) + " "
                            + activity.getTitle(), activity.getQuestions().size()));
                }
            }
        }
        return quizzes;
    }

    public QuizChoice getQuiz() {
        return getQuizzes().stream().filter(q -> quizActivityId != null && q.activityId() == quizActivityId).findFirst()
                .orElse(null);
    }

    /** The chosen quiz's draw as the draft has it. */
    public QuizDraw getDraw() {
        QuizChoice quiz = getQuiz();
        if (quiz == null) {
            return QuizDraw.NONE;
        }
        return modules.get(page.schoolId(), page.getModuleId()).getLessons().stream().flatMap(l -> l.getActivities().stream())
                .filter(a -> a.getId() == quiz.activityId()).findFirst().map(ModuleActivity::getDraw).orElse(QuizDraw.NONE);
    }

    public void addToQuiz(String key) {
        redraw(getDraw().with(QuizDraw.Rule.fixed(key)), "questions.addedToQuiz");
    }

    public void addRandom() {
        if (randomCount == null) {
            texts.error("questions.countRequired");
            return;
        }
        pageActions.call(() -> getDraw().with(QuizDraw.Rule.random(randomCategory == null ? Question.NO_CATEGORY : QuestionBankPage.category(randomCategory), randomCount)))
                .ifPresent(draw -> redraw(draw, "questions.addedToQuiz"));
    }

    public void removeRule(int index) {
        QuizDraw draw = getDraw();
        if (index >= 0 && index < draw.rules().size()) {
            redraw(draw.without(index), "questions.removedFromQuiz");
        }
    }

    public void toggleShuffle() {
        QuizDraw draw = getDraw();
        redraw(draw.shuffling(!draw.shuffleChoices()), "questions.quizSaved");
    }

    private void redraw(QuizDraw draw, String done) {
        QuizChoice quiz = getQuiz();
        if (quiz == null) {
            texts.error("questions.chooseQuiz");
            return;
        }
        if (pageActions.run(() -> modules.redrawQuiz(currentUser.viewer(), page.schoolId(), page.getModuleId(), quiz.lessonId(),
                quiz.activityId(), draw))) {
            texts.info(done);
        }
    }

    /** What a rule of the quiz asks, for its list. */
    public String describe(QuizDraw.Rule rule) {
        if (rule.isFixed()) {
            String label = pageActions.call(() -> bank.get(currentUser.viewer(), page.schoolId(), page.getModuleId(), rule.key()).label())
                    .orElse(rule.key());
            return texts.get("questions.fixedRule", label);
        }
        return texts.get("questions.randomRule", rule.count(), page.categoryName(rule.category()));
    }

    /** A quiz of the module's draft. */
    public record QuizChoice(long lessonId, long activityId, String label, int typedQuestions) implements Serializable {
    }

    public String getQuizParam() {
        return quizParam;
    }

    public void setQuizParam(String quizParam) {
        this.quizParam = quizParam;
    }

    public Long getQuizActivityId() {
        return quizActivityId;
    }

    public void setQuizActivityId(Long quizActivityId) {
        this.quizActivityId = quizActivityId;
    }

    public String getRandomCategory() {
        return randomCategory;
    }

    public void setRandomCategory(String randomCategory) {
        this.randomCategory = randomCategory;
    }

    public Integer getRandomCount() {
        return randomCount;
    }

    public void setRandomCount(Integer randomCount) {
        this.randomCount = randomCount;
    }
}
