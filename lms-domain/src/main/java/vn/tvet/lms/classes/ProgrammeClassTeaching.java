package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Rights;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.CourseModules;
import vn.tvet.lms.courseware.ModuleVersion;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.programme.Programme;
import vn.tvet.lms.programme.ProgrammeCourse;
import vn.tvet.lms.programme.Programmes;

/**
 * Classes of a whole programme. Opening one opens a module class for every published module of the school that
 * teaches a module or subject of the programme; its learners are enrolled in each of those module classes, and
 * in the ones opened later when more modules are published. Withdrawing a learner withdraws them from every
 * module class and keeps their record. The school's admins and the teacher who opened the class run it; for
 * anyone else, and for another school's ids, it does not exist (404).
 */
@ApplicationScoped
public class ProgrammeClassTeaching {

    private ProgrammeClasses cohorts;
    private Classes classes;
    private Programmes programmes;
    private CourseModules modules;
    private People people;
    private Institutions institutions;
    private Rights rights;
    private ClassPlacement placement;
    private EnrolmentKeys keys;
    private Clock clock;

    ProgrammeClassTeaching() {
        // for the CDI proxy
    }

    @Inject
    ProgrammeClassTeaching(ProgrammeClasses cohorts, Classes classes, Programmes programmes, CourseModules modules,
            People people, Institutions institutions, Rights rights, ClassPlacement placement, EnrolmentKeys keys,
            Clock clock) {
        this.keys = keys;
        this.cohorts = cohorts;
        this.classes = classes;
        this.programmes = programmes;
        this.modules = modules;
        this.people = people;
        this.institutions = institutions;
        this.rights = rights;
        this.placement = placement;
        this.clock = clock;
    }

    /** Opens the programme class and a module class for each module of the programme that is published. */
    @Transactional
    public ProgrammeClass open(Viewer actor, long schoolId, long programmeId, ClassDetails details) {
        rights.requireAuthor(actor, schoolId, "open a programme class");
        Programme programme = programmes.getInSchool(schoolId, programmeId);
        if (cohorts.codeTaken(schoolId, details.code()) || classes.codeTaken(schoolId, details.code(), null)) {
            throw new ClassRuleException(ClassRuleException.Reason.CODE_TAKEN, details.code());
        }
        ProgrammeClass opened = new ProgrammeClass(institutions.get(schoolId), programme, details,
                people.get(actor.personId()), clock.instant());
        cohorts.add(opened);
        openMissing(opened, people.get(actor.personId()));
        return opened;
    }

    /**
     * Opens module classes for the programme's modules published since (or left out before), enrolling the
     * programme class's learners in them. Returns how many were opened.
     */
    @Transactional
    public int openPublished(Viewer actor, long schoolId, long programmeClassId) {
        return openMissing(managed(actor, schoolId, programmeClassId), people.get(actor.personId())).size();
    }

    /** The programme class with its module classes, the modules still to come, and its learners. */
    @Transactional
    public Overview overview(Viewer actor, long schoolId, long programmeClassId) {
        ProgrammeClass cohort = managed(actor, schoolId, programmeClassId);
        List<SchoolClass> moduleClasses = cohorts.moduleClasses(programmeClassId);
        Set<Long> covered = moduleClasses.stream().map(c -> c.getModule().getProgrammeCourse())
                .filter(java.util.Objects::nonNull).map(ProgrammeCourse::getId).collect(Collectors.toSet());
        Map<Long, List<CourseModule>> teaching = cohorts.modulesOf(schoolId, cohort.getProgramme().getId()).stream()
                .collect(Collectors.groupingBy(m -> m.getProgrammeCourse().getId()));
        List<Waiting> waiting = new ArrayList<>();
        for (ProgrammeCourse course : cohort.getProgramme().getCourses()) {
            if (!covered.contains(course.getId())) {
                boolean publishable = teaching.getOrDefault(course.getId(), List.of()).stream()
                        .anyMatch(m -> modules.newestVersion(m).isPresent());
                waiting.add(new Waiting(course.getCode(), course.getName(), publishable));
            }
        }
        return new Overview(cohort, moduleClasses,
                classes.activeLearnerCounts(moduleClasses.stream().map(SchoolClass::getId).toList()), waiting,
                cohorts.learners(programmeClassId));
    }

    /** The school's programmes a programme class can be opened for. */
    @Transactional
    public List<Programme> programmesToOpen(Viewer actor, long schoolId) {
        rights.requireAuthor(actor, schoolId, "open a programme class");
        return programmes.ofSchool(schoolId);
    }

    /** Whether the person runs the programme class (pages ask; use cases check themselves). */
    @Transactional
    public boolean mayManage(Viewer actor, long schoolId, long programmeClassId) {
        try {
            managed(actor, schoolId, programmeClassId);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The programme classes the person runs: all of the school's for its admins, the ones they opened otherwise. */
    @Transactional
    public List<ProgrammeClass> programmeClasses(Viewer actor, long schoolId) {
        rights.requireAuthor(actor, schoolId, "list programme classes");
        return cohorts.ofSchool(schoolId, isSchoolAdmin(actor, schoolId) ? null : actor.personId(), 500);
    }

    @Transactional
    public ClassTeaching.CandidatePage candidates(Viewer actor, long schoolId, long programmeClassId, String filter,
            int first, int size) {
        managed(actor, schoolId, programmeClassId);
        int pageSize = Math.min(Math.max(1, size), ClassTeaching.MAX_PAGE);
        return new ClassTeaching.CandidatePage(cohorts.candidates(schoolId, programmeClassId, filter, Math.max(0, first),
                pageSize), cohorts.countCandidates(schoolId, programmeClassId, filter));
    }

    /** Enrols the school's learners in the programme class and every one of its module classes; how many joined. */
    @Transactional
    public int enrol(Viewer actor, long schoolId, long programmeClassId, Collection<Long> personIds) {
        ProgrammeClass cohort = managed(actor, schoolId, programmeClassId);
        Set<Long> wanted = new LinkedHashSet<>(personIds);
        if (wanted.size() > ClassTeaching.MAX_ENROLMENTS_AT_ONCE) {
            throw new ClassRuleException(ClassRuleException.Reason.TOO_MANY, wanted.size() + " learners at once");
        }
        Person by = people.get(actor.personId());
        List<SchoolClass> moduleClasses = cohorts.moduleClasses(programmeClassId);
        int joined = 0;
        for (long personId : wanted) {
            if (!people.rolesIn(schoolId, personId).contains(Role.STUDENT)) {
                throw new ClassRuleException(ClassRuleException.Reason.NOT_A_STUDENT, "person " + personId);
            }
            joined += admit(cohort, people.get(personId), by, moduleClasses) ? 1 : 0;
        }
        return joined;
    }

    /** Reads an enrolment file for a preview, as for a module class; {@link #enrol} takes the good lines. */
    @Transactional
    public List<EnrolmentRow> previewEnrolment(Viewer actor, long schoolId, long programmeClassId, Reader csv) {
        managed(actor, schoolId, programmeClassId);
        return EnrolmentFile.read(csv, schoolId, people, personId -> cohorts.learner(programmeClassId, personId)
                .filter(ProgrammeClassLearner::isActive).isPresent());
    }

    /** Gives the programme class a new key (the old one stops working), or none. */
    @Transactional
    public String changeKey(Viewer actor, long schoolId, long programmeClassId, boolean withKey) {
        ProgrammeClass cohort = managed(actor, schoolId, programmeClassId);
        String key = withKey ? keys.unusedIn(schoolId) : null;
        cohort.setEnrolmentKey(key);
        return key;
    }

    /**
     * Puts the learner into the programme class and each of its module classes; false if they were in it already.
     * {@code by} is the learner themselves when they joined with the key.
     */
    boolean admit(ProgrammeClass cohort, Person learner, Person by, List<SchoolClass> moduleClasses) {
        Instant now = clock.instant();
        boolean joinedNow = cohorts.learner(cohort.getId(), learner.getId()).map(row -> row.rejoin(by, now)).orElseGet(() -> {
            cohorts.add(new ProgrammeClassLearner(cohort, learner, by, now));
            return true;
        });
        moduleClasses.forEach(moduleClass -> placement.place(moduleClass, learner, by == learner ? null : by));
        return joinedNow;
    }

    /** Withdraws the learner from the programme class and each of its module classes; their records stay. */
    @Transactional
    public boolean withdraw(Viewer actor, long schoolId, long programmeClassId, long personId) {
        managed(actor, schoolId, programmeClassId);
        Person by = people.get(actor.personId());
        boolean left = cohorts.learner(programmeClassId, personId).map(row -> row.withdraw(clock.instant())).orElse(false);
        if (left) {
            cohorts.moduleClasses(programmeClassId).forEach(moduleClass -> placement.withdraw(moduleClass, personId, by));
        }
        return left;
    }

    private List<SchoolClass> openMissing(ProgrammeClass cohort, Person by) {
        long schoolId = cohort.getSchool().getId();
        Set<Long> opened = cohorts.moduleClasses(cohort.getId()).stream().map(c -> c.getModule().getId())
                .collect(Collectors.toSet());
        List<Person> learners = cohorts.learners(cohort.getId()).stream().filter(ProgrammeClassLearner::isActive)
                .map(ProgrammeClassLearner::getLearner).toList();
        List<SchoolClass> added = new ArrayList<>();
        for (CourseModule module : cohorts.modulesOf(schoolId, cohort.getProgramme().getId())) {
            Optional<ModuleVersion> version = modules.newestVersion(module);
            if (opened.contains(module.getId()) || version.isEmpty()) {
                continue;
            }
            SchoolClass moduleClass = new SchoolClass(cohort.getSchool(), version.get(), freeDetails(cohort, module), by,
                    clock.instant());
            moduleClass.partOf(cohort);
            classes.add(moduleClass);
            learners.forEach(learner -> placement.place(moduleClass, learner, by));
            added.add(moduleClass);
        }
        return added;
    }

    /** The cohort's code with the module's, numbered if a class of the school already has it. */
    private ClassDetails freeDetails(ProgrammeClass cohort, CourseModule module) {
        ClassDetails details = cohort.detailsFor(module.getCode());
        long schoolId = cohort.getSchool().getId();
        for (int n = 2; classes.codeTaken(schoolId, details.code(), null); n++) {
            details = cohort.detailsFor(module.getCode() + "-" + n);
        }
        return details;
    }

    private ProgrammeClass managed(Viewer actor, long schoolId, long programmeClassId) {
        ProgrammeClass cohort = cohorts.findInSchool(schoolId, programmeClassId)
                .orElseThrow(() -> new ClassNotFoundException(programmeClassId));
        boolean opener = actor.signedIn() && cohort.getCreatedBy().getId() == actor.personId()
                && people.authorsIn(schoolId, actor.personId());
        if (opener || isSchoolAdmin(actor, schoolId)) {
            return cohort;
        }
        throw new ClassNotFoundException(programmeClassId);
    }

    private boolean isSchoolAdmin(Viewer actor, long schoolId) {
        return actor.signedIn() && people.rolesIn(schoolId, actor.personId()).contains(Role.SCHOOL_ADMIN);
    }

    /** A module or subject of the programme without a module class here yet; publishable: a module is published. */
    public record Waiting(String code, String name, boolean publishable) {
    }

    public record Overview(ProgrammeClass programmeClass, List<SchoolClass> moduleClasses, Map<Long, Long> learnerCounts,
            List<Waiting> waiting, List<ProgrammeClassLearner> learners) {

        public long learnersIn(SchoolClass moduleClass) {
            return learnerCounts.getOrDefault(moduleClass.getId(), 0L);
        }

        public long activeLearners() {
            return learners.stream().filter(ProgrammeClassLearner::isActive).count();
        }
    }
}
