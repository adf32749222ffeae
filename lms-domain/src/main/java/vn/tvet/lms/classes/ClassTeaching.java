package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tvet.lms.account.AccessRefusedException;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Rights;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.courseware.ActivityIds;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.CourseModules;
import vn.tvet.lms.courseware.ModuleVersion;
import vn.tvet.lms.institution.Institutions;

/**
 * Running classes. The school's teachers and admins open classes of its published modules; a class's teachers
 * and the school's admins enrol and withdraw its learners, set its key and its teachers; learners of the school
 * join with the key. A teacher who does not teach a class, and everyone of another school, is told it does not
 * exist (404). Every rule is checked here against the database, whatever the page showed.
 */
@ApplicationScoped
public class ClassTeaching {

    /** More learners than this in one request is a mistake or an attack, not a class. */
    static final int MAX_ENROLMENTS_AT_ONCE = 500;
    static final int MAX_PAGE = 200;

    private Classes classes;
    private CourseModules modules;
    private People people;
    private Institutions institutions;
    private Rights rights;
    private Clock clock;
    private EnrolmentKeys keys;
    private ClassPlacement placement;

    ClassTeaching() {
        // for the CDI proxy
    }

    @Inject
    public ClassTeaching(Classes classes, CourseModules modules, People people, Institutions institutions, Rights rights,
            Clock clock, EnrolmentKeys keys, ClassPlacement placement) {
        this.placement = placement;
        this.classes = classes;
        this.modules = modules;
        this.people = people;
        this.institutions = institutions;
        this.rights = rights;
        this.clock = clock;
        this.keys = keys;
    }

    /** Opens a class of the module's newest published version; the person opening it teaches it. */
    @Transactional
    public SchoolClass open(Viewer actor, long schoolId, long moduleId, ClassDetails details) {
        rights.requireAuthor(actor, schoolId, "open a class");
        CourseModule module = modules.getInSchool(schoolId, moduleId);
        ModuleVersion version = modules.newestVersion(module)
                .orElseThrow(() -> new ClassRuleException(ClassRuleException.Reason.MODULE_NOT_PUBLISHED, module.getCode()));
        requireFreeCode(schoolId, details.code(), null);
        SchoolClass opened = new SchoolClass(institutions.get(schoolId), version, details, people.get(actor.personId()),
                clock.instant());
        classes.add(opened);
        return opened;
    }

    @Transactional
    public SchoolClass describe(Viewer actor, long schoolId, long classId, ClassDetails details) {
        SchoolClass schoolClass = managed(actor, schoolId, classId);
        requireFreeCode(schoolId, details.code(), classId);
        schoolClass.describe(details);
        return schoolClass;
    }

    /** A class the person may see: they teach it, administer its school, or learn in it. 404 otherwise. */
    @Transactional
    public SchoolClass get(Viewer actor, long schoolId, long classId) {
        SchoolClass schoolClass = classes.findInSchool(schoolId, classId).orElseThrow(() -> new ClassNotFoundException(classId));
        if (mayManage(actor, schoolClass) || isLearnerOf(actor, classId)) {
            return schoolClass;
        }
        throw new ClassNotFoundException(classId);
    }

    /** Whether the person may enrol learners and change the class (pages ask, use cases check themselves). */
    @Transactional
    public boolean mayManage(Viewer actor, long schoolId, long classId) {
        return classes.findInSchool(schoolId, classId).map(schoolClass -> mayManage(actor, schoolClass)).orElse(false);
    }

    /** A page of the classes the person runs: all of the school's for its admins, their own for teachers. */
    @Transactional
    public ClassPage classes(Viewer actor, long schoolId, String filter, int first, int size, String sortKey,
            boolean ascending) {
        rights.requireAuthor(actor, schoolId, "list classes");
        Long teacher = isSchoolAdmin(actor, schoolId) ? null : actor.personId();
        List<SchoolClass> rows = classes.page(schoolId, teacher, filter, Math.max(0, first), Math.min(Math.max(1, size),
                MAX_PAGE), sortKey, ascending);
        Map<Long, Long> learners = classes.activeLearnerCounts(rows.stream().map(SchoolClass::getId).toList());
        return new ClassPage(rows, learners, classes.count(schoolId, teacher, filter));
    }

    /** Everyone ever enrolled in a class the person runs; withdrawn learners last, with when they left. */
    @Transactional
    public List<ClassEnrolment> enrolments(Viewer actor, long schoolId, long classId) {
        managed(actor, schoolId, classId);
        return classes.enrolments(classId);
    }

    /** The school's learners who could join the class now (not in it), filtered by name or username. */
    @Transactional
    public CandidatePage candidates(Viewer actor, long schoolId, long classId, String filter, int first, int size) {
        managed(actor, schoolId, classId);
        int pageSize = Math.min(Math.max(1, size), MAX_PAGE);
        return new CandidatePage(classes.candidates(schoolId, classId, filter, Math.max(0, first), pageSize),
                classes.countCandidates(schoolId, classId, filter));
    }

    /**
     * Enrols the school's learners; someone already in the class stays as they are, someone who had left comes
     * back with their record. Each learner studies the class's module version unless they had already started
     * the module. Returns how many joined now.
     */
    @Transactional
    public int enrol(Viewer actor, long schoolId, long classId, Collection<Long> personIds) {
        SchoolClass schoolClass = managed(actor, schoolId, classId);
        Set<Long> wanted = new LinkedHashSet<>(personIds);
        if (wanted.size() > MAX_ENROLMENTS_AT_ONCE) {
            throw new ClassRuleException(ClassRuleException.Reason.TOO_MANY, wanted.size() + " learners at once");
        }
        Person by = people.get(actor.personId());
        int joined = 0;
        for (long personId : wanted) {
            if (!people.rolesIn(schoolId, personId).contains(Role.STUDENT)) {
                throw new ClassRuleException(ClassRuleException.Reason.NOT_A_STUDENT, "person " + personId);
            }
            if (placement.place(schoolClass, people.get(personId), by)) {
                joined++;
            }
        }
        return joined;
    }

    /**
     * Reads an enrolment file ({@code ma_nguoi_hoc} per line, an optional header, other columns ignored) and says
     * for every line whom it names and whether that learner can be enrolled. Nothing is written: the teacher
     * enrols the good lines with {@link #enrol} after reading the preview.
     */
    @Transactional
    public List<EnrolmentRow> previewEnrolment(Viewer actor, long schoolId, long classId, Reader csv) {
        managed(actor, schoolId, classId);
        return EnrolmentFile.read(csv, schoolId, people, personId -> classes.activeEnrolment(classId, personId).isPresent());
    }

    /**
     * Replaces what the class's teachers set for one activity: due date, prerequisite, pass percentage (any may be
     * empty). Activities are named by their IRIs in the class's version ({@link ActivityIds}); any other id is not
     * found. A prerequisite must come earlier in the module, so no chain of them can loop.
     */
    @Transactional
    public void settle(Viewer actor, long schoolId, long classId, String activityId, ActivitySettings settings) {
        SchoolClass schoolClass = managed(actor, schoolId, classId);
        List<String> ids = List.copyOf(ActivityIds.allOf(schoolClass.getVersion()));
        int position = activityId == null ? -1 : ids.indexOf(activityId);
        if (position < 0) {
            throw new ClassNotFoundException(classId);
        }
        String required = settings.requiresActivityId();
        if (required != null && !(ids.contains(required) && ids.indexOf(required) < position)) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_PREREQUISITE, required);
        }
        schoolClass.settle(activityId, settings);
    }

    /**
     * Sets when a learner has completed the class's module: every required activity, or a mean quiz grade of at
     * least {@code scorePercent}.
     */
    @Transactional
    public void settleModuleCompletion(Viewer actor, long schoolId, long classId, ModuleCompletion rule,
            Integer scorePercent) {
        managed(actor, schoolId, classId).completeModuleBy(rule, scorePercent);
    }

    /** Withdraws a learner; their enrolment and record stay, marked with when and by whom. */
    @Transactional
    public boolean withdraw(Viewer actor, long schoolId, long classId, long personId) {
        return placement.withdraw(managed(actor, schoolId, classId), personId, people.get(actor.personId()));
    }

    /**
     * Grants a learner of the class extra time on its timed quizzes (percent of each limit, 0 to 200), for
     * attempts started from now on; the server's clock keeps the deadline as before.
     */
    @Transactional
    public void allowExtraTime(Viewer actor, long schoolId, long classId, long personId, int percent) {
        managed(actor, schoolId, classId);
        classes.enrolment(classId, personId).orElseThrow(() -> new ClassNotFoundException(classId))
                .allowExtraTime(percent);
    }

    /** Gives the class a new key (the old one stops working), or none ({@code false}): only teachers enrol then. */
    @Transactional
    public String changeKey(Viewer actor, long schoolId, long classId, boolean withKey) {
        SchoolClass schoolClass = managed(actor, schoolId, classId);
        String key = null;
        if (withKey) {
            key = keys.unusedIn(schoolId);
        }
        schoolClass.setEnrolmentKey(key);
        return key;
    }

    /** Adds one of the school's teachers (or admins) to the class's teachers. */
    @Transactional
    public boolean addTeacher(Viewer actor, long schoolId, long classId, long personId) {
        SchoolClass schoolClass = managed(actor, schoolId, classId);
        if (!people.authorsIn(schoolId, personId)) {
            throw new ClassRuleException(ClassRuleException.Reason.NOT_A_TEACHER, "person " + personId);
        }
        return schoolClass.addTeacher(people.get(personId));
    }

    @Transactional
    public boolean removeTeacher(Viewer actor, long schoolId, long classId, long personId) {
        return managed(actor, schoolId, classId).removeTeacher(personId);
    }

    /** The classes the person learns in now, across schools, newest term first. */
    @Transactional
    public List<ClassEnrolment> myClasses(Viewer actor) {
        if (!actor.signedIn()) {
            return List.of();
        }
        return classes.activeEnrolmentsOf(actor.personId());
    }

    SchoolClass managed(Viewer actor, long schoolId, long classId) {
        SchoolClass schoolClass = classes.findInSchool(schoolId, classId).orElseThrow(() -> new ClassNotFoundException(classId));
        if (mayManage(actor, schoolClass)) {
            return schoolClass;
        }
        if (isLearnerOf(actor, classId)) {
            throw new AccessRefusedException(actor.personId(), "change class " + classId);
        }
        throw new ClassNotFoundException(classId);
    }

    /** The school's admins, and the class's teachers while they still teach in the school. */
    private boolean mayManage(Viewer actor, SchoolClass schoolClass) {
        if (!actor.signedIn()) {
            return false;
        }
        long schoolId = schoolClass.getSchool().getId();
        return isSchoolAdmin(actor, schoolId)
                || schoolClass.isTaughtBy(actor.personId()) && people.authorsIn(schoolId, actor.personId());
    }

    private boolean isSchoolAdmin(Viewer actor, long schoolId) {
        return actor.signedIn() && people.rolesIn(schoolId, actor.personId()).contains(Role.SCHOOL_ADMIN);
    }

    private boolean isLearnerOf(Viewer actor, long classId) {
        return actor.signedIn() && classes.enrolment(classId, actor.personId()).filter(ClassEnrolment::isActive).isPresent();
    }

    private void requireFreeCode(long schoolId, String code, Long exceptClassId) {
        if (classes.codeTaken(schoolId, code, exceptClassId)) {
            throw new ClassRuleException(ClassRuleException.Reason.CODE_TAKEN, code);
        }
    }

    /** One page of classes, with the number of learners in each now. */
    public record ClassPage(List<SchoolClass> rows, Map<Long, Long> learners, long total) {
    }

    /** One page of learners who could join, and how many there are in all. */
    public record CandidatePage(List<Person> rows, long total) {
    }
}
