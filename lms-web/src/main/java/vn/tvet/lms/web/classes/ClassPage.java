package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.classes.ClassEnrolment;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.ProgrammeClassTeaching;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.ClassPlanning;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * One class for the people who run it: its learners (enrol from the school's learners by search and
 * selection, withdraw with confirmation), its key for joining, and its teachers.
 */
@Named
@ViewScoped
public class ClassPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CANDIDATES_SHOWN = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassTeaching teaching;

    @Inject
    People people;

    @Inject
    ClassLearning learning;

    @Inject
    ClassPlanning planning;

    @Inject
    ProgrammeClassTeaching programmeTeaching;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String id;
    private long schoolId;
    private long classId;
    private transient SchoolClass schoolClass;
    private transient List<ClassEnrolment> enrolments;
    private transient ClassTeaching.CandidatePage candidates;
    private transient List<Person> otherTeachers;
    private transient ClassLearning.ClassGrid grid;
    private Integer gridLesson;
    private String gridStatus = GridView.ALL;
    private String gridSort = GridView.BY_NAME;
    private String candidateFilter;
    private List<Long> chosen = new ArrayList<>();
    private Long teacherToAdd;

    /** View action: the class, if the person runs it (404 otherwise, also for another school's id). */
    public void load() {
        schoolId = currentUser.requireTeachingSchool();
        try {
            classId = Long.parseLong(String.valueOf(id).strip());
        } catch (NumberFormatException e) {
            throw new ClassNotFoundException(-1);
        }
        if (!teaching.mayManage(currentUser.viewer(), schoolId, classId)) {
            throw new ClassNotFoundException(classId);
        }
        reload();
    }

    /** After another section of the page changed the class (the file import). */
    void reload() {
        schoolClass = teaching.get(currentUser.viewer(), schoolId, classId);
        enrolments = null;
        candidates = null;
        otherTeachers = null;
        grid = null;
    }

    /**
     * Learners × steps: who has completed what, read from the learning record, narrowed to the lesson and the
     * learners the teacher chose (behind, finished, not started) and sorted by name or by progress.
     */
    public ClassLearning.ClassGrid getGrid() {
        if (grid == null) {
            grid = GridView.of(learning.grid(currentUser.viewer(), schoolId, classId), gridLesson, gridStatus, gridSort);
        }
        return grid;
    }

    /** The lessons of the class for the grid's filter: their number as the value, "number. title" as the label. */
    public List<jakarta.faces.model.SelectItem> getGridLessons() {
        java.util.Map<Integer, String> lessons = new java.util.LinkedHashMap<>();
        planning.plan(currentUser.viewer(), schoolId, classId)
                .forEach(step -> lessons.putIfAbsent(step.lesson(), (step.lesson() + 1) + ". " + step.lessonTitle()));
        return lessons.entrySet().stream().map(e -> new jakarta.faces.model.SelectItem(e.getKey(), e.getValue())).toList();
    }

    public void filterGrid() {
        grid = null;
    }

    public Integer getGridLesson() {
        return gridLesson;
    }

    public void setGridLesson(Integer gridLesson) {
        this.gridLesson = gridLesson;
    }

    public String getGridStatus() {
        return gridStatus;
    }

    public void setGridStatus(String gridStatus) {
        this.gridStatus = gridStatus;
    }

    public String getGridSort() {
        return gridSort;
    }

    public void setGridSort(String gridSort) {
        this.gridSort = gridSort;
    }

    public void findCandidates() {
        candidates = null;
        chosen = new ArrayList<>();
    }

    public void enrolChosen() {
        if (chosen.isEmpty()) {
            texts.error("classes.chooseLearners");
            return;
        }
        pageActions.call(() -> teaching.enrol(currentUser.viewer(), schoolId, classId, chosen)).ifPresent(joined -> {
            texts.info("classes.enrolled", joined);
            chosen = new ArrayList<>();
            reload();
        });
    }

    public void withdraw(long personId, String fullName) {
        if (pageActions.run(() -> teaching.withdraw(currentUser.viewer(), schoolId, classId, personId))) {
            texts.info("classes.withdrawn", fullName);
            reload();
        }
    }

    public void enrolAgain(long personId, String fullName) {
        pageActions.call(() -> teaching.enrol(currentUser.viewer(), schoolId, classId, List.of(personId))).ifPresent(n -> {
            texts.info("classes.enrolledAgain", fullName);
            reload();
        });
    }

    public void newKey() {
        pageActions.call(() -> teaching.changeKey(currentUser.viewer(), schoolId, classId, true)).ifPresent(key -> {
            texts.info("classes.keyChanged", key);
            reload();
        });
    }

    public void removeKey() {
        if (pageActions.run(() -> teaching.changeKey(currentUser.viewer(), schoolId, classId, false))) {
            texts.info("classes.keyRemoved");
            reload();
        }
    }

    public void addTeacher() {
        if (teacherToAdd == null) {
            texts.error("classes.chooseTeacher");
            return;
        }
        if (pageActions.run(() -> teaching.addTeacher(currentUser.viewer(), schoolId, classId, teacherToAdd))) {
            teacherToAdd = null;
            texts.info("classes.teacherAdded");
            reload();
        }
    }

    public List<ClassEnrolment> getActiveEnrolments() {
        return getEnrolments().stream().filter(ClassEnrolment::isActive).toList();
    }

    public void removeTeacher(long personId) {
        if (pageActions.run(() -> teaching.removeTeacher(currentUser.viewer(), schoolId, classId, personId))) {
            texts.info("classes.teacherRemoved");
            reload();
        }
    }

    public SchoolClass getSchoolClass() {
        if (schoolClass == null) {
            schoolClass = teaching.get(currentUser.viewer(), schoolId, classId);
        }
        return schoolClass;
    }

    public List<Person> getTeachers() {
        return getSchoolClass().getTeachers().stream()
                .sorted(Comparator.comparing(Person::getFullName)).toList();
    }

    public List<ClassEnrolment> getEnrolments() {
        if (enrolments == null) {
            enrolments = teaching.enrolments(currentUser.viewer(), schoolId, classId);
        }
        return enrolments;
    }

    public long getActiveCount() {
        return getEnrolments().stream().filter(ClassEnrolment::isActive).count();
    }

    public ClassTeaching.CandidatePage getCandidates() {
        if (candidates == null) {
            candidates = teaching.candidates(currentUser.viewer(), schoolId, classId, candidateFilter, 0, CANDIDATES_SHOWN);
        }
        return candidates;
    }

    /** The school's teachers and admins who do not teach the class yet. */
    public List<Person> getOtherTeachers() {
        if (otherTeachers == null) {
            List<Person> authors = new ArrayList<>(people.members(schoolId, Role.TEACHER, null, 0, 200, "fullName", true));
            people.members(schoolId, Role.SCHOOL_ADMIN, null, 0, 50, "fullName", true).stream()
                    .filter(admin -> authors.stream().noneMatch(p -> p.getId().equals(admin.getId())))
                    .forEach(authors::add);
            otherTeachers = authors.stream().filter(p -> !getSchoolClass().isTaughtBy(p.getId())).toList();
        }
        return otherTeachers;
    }

    /** Whether the class came from a programme class this person runs, so its page can be linked. */
    public boolean isManagesProgrammeClass() {
        SchoolClass shown = getSchoolClass();
        return shown.getProgrammeClass() != null
                && programmeTeaching.mayManage(currentUser.viewer(), schoolId, shown.getProgrammeClass().getId());
    }

    long schoolId() {
        return schoolId;
    }

    long classId() {
        return classId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCandidateFilter() {
        return candidateFilter;
    }

    public void setCandidateFilter(String candidateFilter) {
        this.candidateFilter = candidateFilter;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public Long getTeacherToAdd() {
        return teacherToAdd;
    }

    public void setTeacherToAdd(Long teacherToAdd) {
        this.teacherToAdd = teacherToAdd;
    }
}
