package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.learning.LearnerRecords;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/** One learner's timeline in a class, for the people who run the class: what they did, when, with what result. */
@Named
@ViewScoped
public class ClassLearnerPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassTeaching teaching;

    @Inject
    LearnerRecords records;

    @Inject
    People people;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    /** The usual accommodations: a quarter, half, double the time; 200 % is three times. */
    private static final List<Integer> EXTRA_TIME_CHOICES = List.of(0, 25, 50, 100, 200);

    private String id;
    private String learner;
    private long schoolId;
    private long classId;
    private long learnerId;
    private boolean enrolled;
    private int extraTimePercent;
    private transient SchoolClass schoolClass;
    private transient Person person;
    private transient List<LearnerRecords.TimelineEntry> timeline;

    /** View action: 404 unless the person runs the class and the learner was ever enrolled in it. */
    public void load() {
        long schoolId = currentUser.requireTeachingSchool();
        long classId;
        long learnerId;
        try {
            classId = Long.parseLong(String.valueOf(id).strip());
            learnerId = Long.parseLong(String.valueOf(learner).strip());
        } catch (NumberFormatException e) {
            throw new ClassNotFoundException(-1);
        }
        timeline = records.timeline(currentUser.viewer(), schoolId, classId, learnerId, SHOWN);
        schoolClass = teaching.get(currentUser.viewer(), schoolId, classId);
        person = people.get(learnerId);
        this.schoolId = schoolId;
        this.classId = classId;
        this.learnerId = learnerId;
        teaching.enrolments(currentUser.viewer(), schoolId, classId).stream()
                .filter(e -> e.getLearner().getId() == learnerId && e.isActive()).findFirst()
                .ifPresent(e -> {
                    enrolled = true;
                    extraTimePercent = e.getExtraTimePercent();
                });
    }

    /** Grants the learner extra time on the class's timed quizzes. */
    public void saveExtraTime() {
        if (pageActions.run(() -> teaching.allowExtraTime(currentUser.viewer(), schoolId, classId, learnerId,
                extraTimePercent))) {
            texts.info(extraTimePercent == 0 ? "classes.extraTimeRemoved" : "classes.extraTimeSaved", person.getFullName(),
                    extraTimePercent);
        }
    }

    public List<Integer> getExtraTimeChoices() {
        return EXTRA_TIME_CHOICES;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public int getExtraTimePercent() {
        return extraTimePercent;
    }

    public void setExtraTimePercent(int extraTimePercent) {
        this.extraTimePercent = extraTimePercent;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getClassId() {
        return classId;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Person getPerson() {
        return person;
    }

    public List<LearnerRecords.TimelineEntry> getTimeline() {
        return timeline;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLearner() {
        return learner;
    }

    public void setLearner(String learner) {
        this.learner = learner;
    }
}
