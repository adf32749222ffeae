package vn.tvet.lms.web.courseware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleContent;
import vn.tvet.lms.courseware.ModuleLearning;
import vn.tvet.lms.courseware.ModuleNotFoundException;
import vn.tvet.lms.courseware.QuizQuestion;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/**
 * A learner's modules, and one module as the learner studies it: always the version they started, however
 * many the teacher has published since. Quiz answers are checked against that version and not stored
 * (recording results belongs to learning progress).
 */
@Named
@ViewScoped
public class LearnPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleLearning learning;

    @Inject
    Texts texts;

    private String id;
    private long moduleId;
    private long schoolId;
    private transient List<CourseModule> available;
    private ModuleLearning.Studied studied;
    /** Chosen choice numbers by question; strings, as the radio buttons submit them. */
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> scores = new HashMap<>();

    public void loadList() {
        schoolId = currentUser.requireSchoolRole(Role.STUDENT);
    }

    public void load() {
        schoolId = currentUser.requireSchoolRole(Role.STUDENT);
        try {
            moduleId = Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            throw new ModuleNotFoundException(-1);
        }
        studied = learning.studying(schoolId, currentUser.getPersonId(), moduleId).orElse(null);
    }

    /** Starts the module, then shows it at its own address (so reloading the page does not post again). */
    public String start() {
        studied = learning.start(schoolId, currentUser.getPersonId(), moduleId);
        texts.info("learn.started", studied.version());
        texts.keepForRedirect();
        return "/modules/learn?faces-redirect=true&id=" + moduleId;
    }

    /** Checks one quiz's answers against the learner's version. */
    public void check(int lesson, int activity) {
        List<QuizQuestion> questions = studied.content().lessons().get(lesson).activities().get(activity).questions();
        int right = 0;
        for (int q = 0; q < questions.size(); q++) {
            String answer = answers.get(key(lesson, activity, q));
            if (String.valueOf(questions.get(q).correctChoice()).equals(answer)) {
                right++;
            }
        }
        scores.put(lesson + "-" + activity, texts.get("learn.score", right, questions.size()));
    }

    public String key(int lesson, int activity, int question) {
        return lesson + "-" + activity + "-" + question;
    }

    public String score(int lesson, int activity) {
        return scores.get(lesson + "-" + activity);
    }

    public List<CourseModule> getAvailable() {
        if (available == null) {
            available = learning.available(schoolId);
        }
        return available;
    }

    public ModuleLearning.Studied getStudied() {
        return studied;
    }

    public ModuleContent getContent() {
        return studied == null ? null : studied.content();
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
