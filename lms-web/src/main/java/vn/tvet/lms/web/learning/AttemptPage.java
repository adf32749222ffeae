package vn.tvet.lms.web.learning;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.questions.QuestionType;
import vn.tvet.lms.questions.Response;
import vn.tvet.lms.quiz.AttemptNotFoundException;
import vn.tvet.lms.quiz.AttemptView;
import vn.tvet.lms.quiz.QuizTaking;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * A learner's quiz attempt: the questions with the answers saved so far, each answer saved the moment it is given
 * (so a reload, a lost connection or a closed tab loses nothing), the time left on the server's clock, and after
 * submission the review the class allows. The page never holds which answer is right before submission: the
 * view it gets has none.
 */
@Named
@ViewScoped
public class AttemptPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    QuizTaking quizzes;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String classParam;
    private String attemptParam;
    private long schoolId;
    private long classId;
    private UUID attemptId;
    private AttemptView view;
    /** Typed text, chosen choice or, for matching "slot:left", the chosen item; by slot, as the form submits them. */
    private final Map<String, String> answers = new HashMap<>();
    /** Ticked choices of multiple-choice questions, by "slot:position". */
    private final Map<String, Boolean> ticked = new HashMap<>();
    private final Map<Integer, Instant> savedAt = new HashMap<>();

    public void load() {
        schoolId = currentUser.requireSchoolRole(Role.STUDENT);
        try {
            classId = Long.parseLong(String.valueOf(classParam).strip());
            attemptId = UUID.fromString(String.valueOf(attemptParam).strip());
        } catch (IllegalArgumentException e) {
            throw new AttemptNotFoundException(attemptParam);
        }
        refresh();
    }

    private void refresh() {
        view = quizzes.view(currentUser.viewer(), schoolId, classId, attemptId);
        answers.clear();
        ticked.clear();
        for (AttemptView.Shown question : view.questions()) {
            String slot = String.valueOf(question.slot());
            Response saved = question.saved();
            switch (question.type()) {
                case SHORT_ANSWER, NUMERIC, ESSAY -> answers.put(slot, saved.text());
                case MULTIPLE_CHOICE -> saved.chosen().forEach(c -> ticked.put(slot + ":" + c, Boolean.TRUE));
                case MATCHING -> {
                    for (int i = 0; i < saved.chosen().size(); i++) {
                        if (saved.chosen().get(i) >= 0) {
                            answers.put(slot + ":" + i, String.valueOf(saved.chosen().get(i)));
                        }
                    }
                }
                default -> answers.put(slot, saved.chosen().isEmpty() ? null : String.valueOf(saved.chosen().get(0)));
            }
        }
    }

    /** Saves the answer to one question as the form holds it now. */
    public void save(int slot) {
        AttemptView.Shown question = view.questions().stream().filter(q -> q.slot() == slot).findFirst()
                .orElseThrow(() -> new AttemptNotFoundException(attemptId + " slot " + slot));
        Response response = responseOf(question);
        boolean saved = pageActions.run(() -> quizzes.save(currentUser.viewer(), schoolId, classId, attemptId, slot, response));
        if (saved) {
            savedAt.put(slot, Instant.now());
        } else {
            refresh();
        }
    }

    public void submit() {
        pageActions.call(() -> quizzes.submit(currentUser.viewer(), schoolId, classId, attemptId)).ifPresent(submitted -> {
            view = submitted;
            texts.info("quiz.submitted");
        });
    }

    private Response responseOf(AttemptView.Shown question) {
        String slot = String.valueOf(question.slot());
        return switch (question.type()) {
            case SHORT_ANSWER, NUMERIC, ESSAY -> Response.typed(answers.get(slot));
            case MULTIPLE_CHOICE -> {
                List<Integer> chosen = new ArrayList<>();
                for (int c = 0; c < question.choices().size(); c++) {
                    if (Boolean.TRUE.equals(ticked.get(slot + ":" + c))) {
                        chosen.add(c);
                    }
                }
                yield Response.picked(chosen);
            }
            case MATCHING -> {
                List<Integer> chosen = new ArrayList<>();
                for (int i = 0; i < question.lefts().size(); i++) {
                    chosen.add(number(answers.get(slot + ":" + i)));
                }
                yield Response.picked(chosen);
            }
            default -> {
                int chosen = number(answers.get(slot));
                yield Response.picked(chosen < 0 ? List.of() : List.of(chosen));
            }
        };
    }

    private static int number(String submitted) {
        try {
            return submitted == null || submitted.isBlank() ? -1 : Integer.parseInt(submitted.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The choices of a question as the page lists them: their shown position as the value (true/false worded). */
    public List<SelectItem> options(AttemptView.Shown question) {
        List<SelectItem> items = new ArrayList<>();
        List<String> texts = question.type() == QuestionType.MATCHING ? question.matches() : question.choices();
        for (int i = 0; i < texts.size(); i++) {
            String label = question.type() == QuestionType.TRUE_FALSE ? this.texts.get("quiz." + texts.get(i)) : texts.get(i);
            items.add(new SelectItem(String.valueOf(i), label));
        }
        return items;
    }

    public boolean typed(QuestionType type) {
        return type.typed();
    }

    public Instant savedAt(int slot) {
        return savedAt.get(slot);
    }

    /** The share of the mark as a percentage for the review. */
    public long percent(Double score) {
        return score == null || view.maxScore() == 0 ? 0 : Math.round(score * 100 / view.maxScore());
    }

    public AttemptView getView() {
        return view;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, Boolean> getTicked() {
        return ticked;
    }

    public long getClassId() {
        return classId;
    }

    public String getClassParam() {
        return classParam;
    }

    public void setClassParam(String classParam) {
        this.classParam = classParam;
    }

    public String getAttemptParam() {
        return attemptParam;
    }

    public void setAttemptParam(String attemptParam) {
        this.attemptParam = attemptParam;
    }
}
