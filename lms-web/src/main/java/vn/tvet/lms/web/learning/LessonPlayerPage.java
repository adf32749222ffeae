package vn.tvet.lms.web.learning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LearnerRecords;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.learning.PracticalEvidence;
import vn.tvet.lms.learning.TaskEvidence;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.upload.UploadRules;
import vn.tvet.lms.quiz.QuizTaking;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.library.LibrarySettings;
import vn.tvet.lms.web.library.ResourcePage;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The lesson player: one step of the learner's class at a time, with the outline of lessons (what is done),
 * progress, previous and next, and "continue where I left off" when no step is named. Library items open in place
 * (the library's previews). Opening a step records that it was viewed; each step completes by its class's rule
 * (the learner's say, opening it, a video played to a share, a quiz passed, a task marked; attempts open in their
 * own page).
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
    QuizTaking quizzes;

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
    private transient QuizTaking.QuizOverview quiz;
    private transient LessonItemPreviews.ItemPreview item;

    @Inject
    LibraryReading reading;

    @Inject
    LessonItemPreviews previews;

    @Inject
    PracticalEvidence evidence;

    @Inject
    LibrarySettings librarySettings;

    private transient List<TaskEvidence> evidenceFiles;

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

    /**
     * The player's report of how much of the current video or audio has been played (request parameter
     * {@code percent}); says so when that completes the step.
     */
    public void progressed() {
        String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("percent");
        int percent;
        try {
            percent = Integer.parseInt(String.valueOf(given).strip());
        } catch (NumberFormatException e) {
            return;
        }
        boolean completedNow = pageActions.call(() -> learning.progressed(currentUser.viewer(), schoolId, classId, index,
                Math.max(0, Math.min(100, percent)))).orElse(false);
        if (completedNow) {
            studying = null;
            texts.info("player.stepDone");
        }
    }

    /** Reads the learner's progress again (a package reported through its runtime); says so when the step completed. */
    public void refresh() {
        boolean doneBefore = getCurrent() != null && getCurrent().completed();
        studying = null;
        if (!doneBefore && getCurrent() != null && getCurrent().completed()) {
            texts.info("player.stepDone");
        }
    }

    /** The current library item as the player shows it in place; null on other steps. */
    public LessonItemPreviews.ItemPreview getItem() {
        LessonStep current = getCurrent();
        if (item == null && current != null && current.content().kind() == ActivityKind.RESOURCE && !current.locked()) {
            item = previews.of(currentUser.viewer(), schoolId, classId, index, current.content().resourceId());
        }
        return item;
    }

    /** The start of the current item's text, for plain-text items. */
    public LibraryReading.TextStart getItemText() {
        return reading.textStart(currentUser.viewer(), getItem().id(), ResourcePage.TEXT_PREVIEW_BYTES);
    }

    /** Starts an attempt at the current quiz (or finds the open one) and opens it. */
    public String startQuiz() {
        return pageActions.call(() -> quizzes.start(currentUser.viewer(), schoolId, classId, index))
                .map(attempt -> "/learning/attempt?faces-redirect=true&class=" + classId + "&attempt=" + attempt).orElse(null);
    }

    /** A share (0 to 1) as a whole percentage. */
    public long percent(Double share) {
        return share == null ? 0 : Math.round(share * 100);
    }

    /** The current quiz with the learner's attempts; null on other steps. */
    public QuizTaking.QuizOverview getQuiz() {
        LessonStep current = getCurrent();
        if (quiz == null && current != null && current.content().kind() == vn.tvet.lms.courseware.ActivityKind.QUIZ
                && !current.locked()) {
            quiz = quizzes.overview(currentUser.viewer(), schoolId, classId, index);
        }
        return quiz;
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

    /** The learner's files handed in for the current practical task. */
    public List<TaskEvidence> getEvidence() {
        if (evidenceFiles == null) {
            evidenceFiles = evidence.mine(currentUser.viewer(), schoolId, classId, index);
        }
        return evidenceFiles;
    }

    /** Takes back one of the learner's files (confirmed in the page). */
    public void removeEvidence(String evidenceId) {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(evidenceId));
        } catch (IllegalArgumentException e) {
            return;
        }
        if (pageActions.run(() -> evidence.remove(currentUser.viewer(), schoolId, id))) {
            evidenceFiles = null;
            texts.info("evidence.removed");
        }
    }

    /** Files larger than this go up in several requests (all evidence goes through the resumable path). */
    public int getUploadChunkBytes() {
        return librarySettings.uploadChunkBytes();
    }

    /** What the file chooser offers: photos and videos (a phone's camera among them) and documents. */
    public String getEvidenceAccept() {
        return "image/*,video/*," + String.join(",", UploadRules.EVIDENCE_EXTENSIONS.stream().sorted().map(e -> "." + e)
                .toList());
    }

    /** The teacher's result for the current practical task, or null before there is one. */
    public LearnerRecords.Judgement getJudgement() {
        LessonStep current = getCurrent();
        if (current == null || current.content().kind() != vn.tvet.lms.courseware.ActivityKind.PRACTICAL_TASK) {
            return null;
        }
        return records.judgement(currentUser.viewer(), schoolId, classId, index).orElse(null);
    }

    public long getSchoolId() {
        return schoolId;
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
