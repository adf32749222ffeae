package vn.tvet.lms.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LearnerRecords;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The lesson player: one step of the learner's class at a time, with the outline of lessons (what is done),
 * progress, previous and next, and "continue where I left off" when no step is named. Opening a step records
 * that it was viewed; pages and items are marked done by the learner, quizzes by being passed.
 */
@Named
@ViewScoped
public class LessonPlayerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassLearning learning;

    @Inject
    LearnerRecords records;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    @Inject
    vn.tvet.lms.web.courseware.LibraryItemTitles titles;

    private String id;
    private String step;
    private long schoolId;
    private long classId;
    private int index;
    private transient ClassLearning.Studying studying;
    /** Chosen choice number by question number; strings, as the radio buttons submit them. */
    private final Map<String, String> answers = new HashMap<>();
    /** One attempt per showing of the quiz: sending the same answers again records nothing twice. */
    private UUID attemptId = UUID.randomUUID();
    private ClassLearning.QuizOutcome outcome;

    public void load() {
        schoolId = currentUser.requireSchoolRole(Role.STUDENT);
        try {
            classId = Long.parseLong(String.valueOf(id).strip());
        } catch (NumberFormatException e) {
            throw new ClassNotFoundException(-1);
        }
        studying = learning.studying(currentUser.viewer(), schoolId, classId);
        if (studying.steps().isEmpty()) {
            return;
        }
        index = parseStep();
        learning.viewed(currentUser.viewer(), schoolId, classId, index);
    }

    private int parseStep() {
        if (step == null || step.isBlank()) {
            return studying.continueAt();
        }
        try {
            return studying.step(Integer.parseInt(step.strip())).index();
        } catch (NumberFormatException e) {
            throw new ClassNotFoundException(classId);
        }
    }

    /** The learner says they are done with this page or item; the next step opens. */
    public String markDone() {
        if (!pageActions.run(() -> learning.markDone(currentUser.viewer(), schoolId, classId, index))) {
            return null;
        }
        texts.info("player.markedDone");
        texts.keepForRedirect();
        return stepOutcome(Math.min(index + 1, getStudying().steps().size() - 1));
    }

    public void submitQuiz() {
        Map<Integer, Integer> chosen = new HashMap<>();
        answers.forEach((question, choice) -> {
            try {
                chosen.put(Integer.parseInt(question), Integer.parseInt(choice));
            } catch (NumberFormatException | NullPointerException e) {
                // an answer the page did not offer is no answer
            }
        });
        pageActions.call(() -> learning.submitQuiz(currentUser.viewer(), schoolId, classId, index, chosen, attemptId))
                .ifPresent(result -> {
                    outcome = result;
                    attemptId = UUID.randomUUID();
                    studying = null;
                    texts.info(result.passed() ? "player.quizPassed" : "player.quizFailed", result.score(), result.questions());
                });
    }

    private String stepOutcome(int target) {
        return "/learning/class?faces-redirect=true&id=" + classId + "&step=" + target;
    }

    public ClassLearning.Studying getStudying() {
        if (studying == null) {
            studying = learning.studying(currentUser.viewer(), schoolId, classId);
        }
        return studying;
    }

    public LessonStep getCurrent() {
        return getStudying().steps().isEmpty() ? null : getStudying().step(index);
    }

    /** The steps grouped by lesson title, in order, for the outline. */
    public Map<String, List<LessonStep>> getOutline() {
        Map<String, List<LessonStep>> outline = new LinkedHashMap<>();
        for (LessonStep s : getStudying().steps()) {
            outline.computeIfAbsent((s.lesson() + 1) + ". " + s.lessonTitle(), k -> new java.util.ArrayList<>()).add(s);
        }
        return outline;
    }

    public List<String> getLessonTitles() {
        return List.copyOf(getOutline().keySet());
    }

    public int getPercent() {
        int total = getStudying().steps().size();
        return total == 0 ? 0 : (int) (getStudying().completed() * 100 / total);
    }

    public boolean isHasPrevious() {
        return index > 0;
    }

    public boolean isHasNext() {
        return index < getStudying().steps().size() - 1;
    }

    public int getPrevious() {
        return index - 1;
    }

    public int getNext() {
        return index + 1;
    }

    public int getIndex() {
        return index;
    }

    /** The title of step {@code index} as the outline shows it. */
    public String titleOf(Integer index) {
        if (index == null) {
            return "";
        }
        return titles.ofActivity(getStudying().step(index).content());
    }

    /** Whether the answer to question {@code q} of the last attempt was right (null before an attempt). */
    public Boolean right(int q) {
        return outcome == null || q >= outcome.right().size() ? null : outcome.right().get(q);
    }

    /** The teacher's result for the current practical task, or null before there is one. */
    public LearnerRecords.Judgement getJudgement() {
        LessonStep current = getCurrent();
        if (current == null || current.content().kind() != vn.tvet.lms.courseware.ActivityKind.PRACTICAL_TASK) {
            return null;
        }
        return records.judgement(currentUser.viewer(), schoolId, classId, index).orElse(null);
    }

    public ClassLearning.QuizOutcome getOutcome() {
        return outcome;
    }

    public Map<String, String> getAnswers() {
        return answers;
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

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    /** Today in Vietnam, against which due dates are overdue. */
    public java.time.LocalDate getToday() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
