package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.questions.QuestionType;
import vn.tvet.lms.questions.Response;
import vn.tvet.lms.quiz.AttemptNotFoundException;
import vn.tvet.lms.quiz.QuizMarking;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * One learner's attempt for the class's teachers: each answer with the right answers and its mark, a grade for
 * essays, a changed mark with its reason, and the history of every grade given.
 */
@Named
@ViewScoped
public class AttemptMarkingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassTeaching teaching;

    @Inject
    QuizMarking marking;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String id;
    private String attempt;
    private long schoolId;
    private long classId;
    private UUID attemptId;
    private transient QuizMarking.AttemptDetail detail;
    /** Points and reason typed per slot. */
    private final Map<Integer, Object> points = new HashMap<>();
    private final Map<Integer, String> reasons = new HashMap<>();

    public void load() {
        schoolId = currentUser.requireTeachingSchool();
        try {
            classId = Long.parseLong(String.valueOf(id).strip());
            attemptId = UUID.fromString(String.valueOf(attempt).strip());
        } catch (IllegalArgumentException e) {
            throw new AttemptNotFoundException(attempt);
        }
        if (!teaching.mayManage(currentUser.viewer(), schoolId, classId)) {
            throw new ClassNotFoundException(classId);
        }
        getDetail();
    }

    public QuizMarking.AttemptDetail getDetail() {
        if (detail == null) {
            detail = marking.attempt(currentUser.viewer(), schoolId, classId, attemptId);
        }
        return detail;
    }

    public void grade(int slot) {
        Double given = number(points.get(slot));
        if (given == null) {
            texts.error("quiz.enterPoints");
            return;
        }
        if (pageActions.run(() -> marking.grade(currentUser.viewer(), schoolId, classId, attemptId, slot, given,
                reasons.get(slot)))) {
            texts.info("quiz.graded");
            points.remove(slot);
            reasons.remove(slot);
            detail = null;
        }
    }

    /** The learner's answer as text for the teacher: the choices picked, the pairs made, or what was typed. */
    public String answerText(QuizMarking.MarkedAnswer answer) {
        Response response = answer.response();
        if (response == null || response.empty()) {
            return texts.get("quiz.noAnswer");
        }
        var question = answer.question();
        if (question.type().typed()) {
            return response.text();
        }
        if (question.type() == QuestionType.MATCHING) {
            StringBuilder pairs = new StringBuilder();
            for (int i = 0; i < response.chosen().size() && i < question.answers().size(); i++) {
                int pick = response.chosen().get(i);
                pairs.append(question.answers().get(i).text()).append(" → ")
                        .append(pick >= 0 && pick < question.matches().size() ? question.matches().get(pick) : "–").append("; ");
            }
            return pairs.toString();
        }
        StringBuilder picked = new StringBuilder();
        for (int choice : response.chosen()) {
            if (choice >= 0 && choice < question.answers().size()) {
                String text = question.answers().get(choice).text();
                picked.append(question.type() == QuestionType.TRUE_FALSE ? texts.get("quiz." + text) : text).append("; ");
            }
        }
        return picked.toString();
    }

    public String points(Double fraction, double max) {
        return fraction == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f / %.2f", fraction * max, max);
    }

    /** The points typed, whatever type the input gave them (a map's values have no declared type). */
    private static Double number(Object typed) {
        if (typed instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return typed == null || typed.toString().isBlank() ? null : Double.valueOf(typed.toString().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A share (0 to 1) as a percentage. */
    public String share(Double fraction) {
        return fraction == null ? "–" : Math.round(fraction * 100) + " %";
    }

    public Map<Integer, Object> getPoints() {
        return points;
    }

    public Map<Integer, String> getReasons() {
        return reasons;
    }

    public long getClassId() {
        return classId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAttempt() {
        return attempt;
    }

    public void setAttempt(String attempt) {
        this.attempt = attempt;
    }
}
